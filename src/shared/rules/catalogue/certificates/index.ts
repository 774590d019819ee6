// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as CERT_001 } from './CMG-CERT-001'
import { rule as CERT_002 } from './CMG-CERT-002'
import { rule as CERT_003 } from './CMG-CERT-003'
import { rule as CERT_004 } from './CMG-CERT-004'
import { rule as CERT_005 } from './CMG-CERT-005'
import { rule as CERT_006 } from './CMG-CERT-006'
import { rule as CERT_007 } from './CMG-CERT-007'
import { rule as CERT_008 } from './CMG-CERT-008'
import { rule as NAME_001 } from './CMG-NAME-001'
import { rule as NAME_002 } from './CMG-NAME-002'
import { rule as NAME_003 } from './CMG-NAME-003'

export const CERTIFICATES_RULES: readonly Rule[] = [
  CERT_001,
  CERT_002,
  CERT_003,
  CERT_004,
  CERT_005,
  CERT_006,
  CERT_007,
  CERT_008,
  NAME_001,
  NAME_002,
  NAME_003,
]
