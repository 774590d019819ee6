// The rules whose id starts with CMG-TOPTIER-, one line each (see ../README.md). Pure.
export { rule as TOPTIER_001 } from './CMG-TOPTIER-001'
export { rule as TOPTIER_002 } from './CMG-TOPTIER-002'
export { rule as TOPTIER_003 } from './CMG-TOPTIER-003'
export { rule as TOPTIER_004 } from './CMG-TOPTIER-004'
export { rule as TOPTIER_005 } from './CMG-TOPTIER-005'
