// The rules whose id starts with CMG-VER-, one line each (see ../README.md). Pure.
export { rule as VER_001 } from './CMG-VER-001'
export { rule as VER_002 } from './CMG-VER-002'
export { rule as VER_003 } from './CMG-VER-003'
export { rule as VER_004 } from './CMG-VER-004'
