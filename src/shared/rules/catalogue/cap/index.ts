// The rules whose id starts with CMG-CAP-, one line each (see ../README.md). Pure.
export { rule as CAP_001 } from './CMG-CAP-001'
export { rule as CAP_002 } from './CMG-CAP-002'
export { rule as CAP_003 } from './CMG-CAP-003'
export { rule as CAP_004 } from './CMG-CAP-004'
export { rule as CAP_005 } from './CMG-CAP-005'
export { rule as CAP_006 } from './CMG-CAP-006'
export { rule as CAP_007 } from './CMG-CAP-007'
