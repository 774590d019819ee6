// The rules whose id starts with CMG-NET-, one line each (see ../README.md). Pure.
export { rule as NET_001 } from './CMG-NET-001'
export { rule as NET_002 } from './CMG-NET-002'
export { rule as NET_003 } from './CMG-NET-003'
