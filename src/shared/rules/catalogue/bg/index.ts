// The rules whose id starts with CMG-BG-, one line each (see ../README.md). Pure.
export { rule as BG_001 } from './CMG-BG-001'
export { rule as BG_002 } from './CMG-BG-002'
