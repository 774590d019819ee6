// The rules whose id starts with CMG-CONTENT-, one line each (see ../README.md). Pure.
export { rule as CONTENT_001 } from './CMG-CONTENT-001'
export { rule as CONTENT_002 } from './CMG-CONTENT-002'
export { rule as CONTENT_003 } from './CMG-CONTENT-003'
export { rule as CONTENT_004 } from './CMG-CONTENT-004'
export { rule as CONTENT_005 } from './CMG-CONTENT-005'
