// The rules whose id starts with CMG-SUP-, one line each (see ../README.md). Pure.
export { rule as SUP_001 } from './CMG-SUP-001'
export { rule as SUP_002 } from './CMG-SUP-002'
export { rule as SUP_003 } from './CMG-SUP-003'
export { rule as SUP_004 } from './CMG-SUP-004'
