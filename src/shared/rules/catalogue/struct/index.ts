// The rules whose id starts with CMG-STRUCT-, one line each (see ../README.md). Pure.
export { rule as STRUCT_001 } from './CMG-STRUCT-001'
export { rule as STRUCT_002 } from './CMG-STRUCT-002'
export { rule as STRUCT_003 } from './CMG-STRUCT-003'
export { rule as STRUCT_004 } from './CMG-STRUCT-004'
export { rule as STRUCT_005 } from './CMG-STRUCT-005'
export { rule as STRUCT_006 } from './CMG-STRUCT-006'
