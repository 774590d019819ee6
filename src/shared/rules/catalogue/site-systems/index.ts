// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as MP_001 } from './CMG-MP-001'
import { rule as MP_002 } from './CMG-MP-002'
import { rule as MP_003 } from './CMG-MP-003'
import { rule as MP_004 } from './CMG-MP-004'
import { rule as MP_005 } from './CMG-MP-005'
import { rule as SUP_001 } from './CMG-SUP-001'
import { rule as SUP_002 } from './CMG-SUP-002'
import { rule as SUP_003 } from './CMG-SUP-003'
import { rule as SUP_004 } from './CMG-SUP-004'

export const SITE_SYSTEMS_RULES: readonly Rule[] = [
  MP_001,
  MP_002,
  MP_003,
  MP_004,
  MP_005,
  SUP_001,
  SUP_002,
  SUP_003,
  SUP_004,
]
