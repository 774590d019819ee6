// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as AUTH_001 } from './CMG-AUTH-001'
import { rule as AUTH_002 } from './CMG-AUTH-002'
import { rule as AUTH_003 } from './CMG-AUTH-003'
import { rule as AUTH_004 } from './CMG-AUTH-004'
import { rule as AUTH_005 } from './CMG-AUTH-005'
import { rule as AUTH_006 } from './CMG-AUTH-006'
import { rule as AUTH_007 } from './CMG-AUTH-007'
import { rule as AUTH_008 } from './CMG-AUTH-008'
import { rule as AUTH_009 } from './CMG-AUTH-009'
import { rule as AUTH_010 } from './CMG-AUTH-010'
import { rule as CLIENT_001 } from './CMG-CLIENT-001'

export const AUTHENTICATION_RULES: readonly Rule[] = [
  AUTH_001,
  AUTH_002,
  AUTH_003,
  AUTH_004,
  AUTH_005,
  AUTH_006,
  AUTH_007,
  AUTH_008,
  AUTH_009,
  AUTH_010,
  CLIENT_001,
]
