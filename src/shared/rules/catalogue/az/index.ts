// The rules whose id starts with CMG-AZ-, one line each (see ../README.md). Pure.
export { rule as AZ_001 } from './CMG-AZ-001'
export { rule as AZ_002 } from './CMG-AZ-002'
export { rule as AZ_003 } from './CMG-AZ-003'
export { rule as AZ_004 } from './CMG-AZ-004'
export { rule as AZ_005 } from './CMG-AZ-005'
export { rule as AZ_006 } from './CMG-AZ-006'
export { rule as AZ_007 } from './CMG-AZ-007'
export { rule as AZ_008 } from './CMG-AZ-008'
