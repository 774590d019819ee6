// The rules whose id starts with CMG-MP-, one line each (see ../README.md). Pure.
export { rule as MP_001 } from './CMG-MP-001'
export { rule as MP_002 } from './CMG-MP-002'
export { rule as MP_003 } from './CMG-MP-003'
export { rule as MP_004 } from './CMG-MP-004'
export { rule as MP_005 } from './CMG-MP-005'
