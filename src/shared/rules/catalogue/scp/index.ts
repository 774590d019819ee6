// The rules whose id starts with CMG-SCP-, one line each (see ../README.md). Pure.
export { rule as SCP_001 } from './CMG-SCP-001'
export { rule as SCP_002 } from './CMG-SCP-002'
