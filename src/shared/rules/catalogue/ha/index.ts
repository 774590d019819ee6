// The rules whose id starts with CMG-HA-, one line each (see ../README.md). Pure.
export { rule as HA_001 } from './CMG-HA-001'
export { rule as HA_002 } from './CMG-HA-002'
