// The rules whose id starts with CMG-CERT-, one line each (see ../README.md). Pure.
export { rule as CERT_001 } from './CMG-CERT-001'
export { rule as CERT_002 } from './CMG-CERT-002'
export { rule as CERT_003 } from './CMG-CERT-003'
export { rule as CERT_004 } from './CMG-CERT-004'
export { rule as CERT_005 } from './CMG-CERT-005'
export { rule as CERT_006 } from './CMG-CERT-006'
export { rule as CERT_007 } from './CMG-CERT-007'
export { rule as CERT_008 } from './CMG-CERT-008'
