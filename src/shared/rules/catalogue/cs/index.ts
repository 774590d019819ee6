// The rules whose id starts with CMG-CS-, one line each (see ../README.md). Pure.
export { rule as CS_001 } from './CMG-CS-001'
