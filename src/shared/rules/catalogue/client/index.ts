// The rules whose id starts with CMG-CLIENT-, one line each (see ../README.md). Pure.
export { rule as CLIENT_001 } from './CMG-CLIENT-001'
