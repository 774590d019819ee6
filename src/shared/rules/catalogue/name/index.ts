// The rules whose id starts with CMG-NAME-, one line each (see ../README.md). Pure.
export { rule as NAME_001 } from './CMG-NAME-001'
export { rule as NAME_002 } from './CMG-NAME-002'
export { rule as NAME_003 } from './CMG-NAME-003'
