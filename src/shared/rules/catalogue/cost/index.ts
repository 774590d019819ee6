// The rules whose id starts with CMG-COST-, one line each (see ../README.md). Pure.
export { rule as COST_001 } from './CMG-COST-001'
