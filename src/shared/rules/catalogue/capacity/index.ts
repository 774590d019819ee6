// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as HA_001 } from './CMG-HA-001'
import { rule as HA_002 } from './CMG-HA-002'
import { rule as CAP_001 } from './CMG-CAP-001'
import { rule as CAP_002 } from './CMG-CAP-002'
import { rule as CAP_003 } from './CMG-CAP-003'
import { rule as CAP_004 } from './CMG-CAP-004'
import { rule as CAP_005 } from './CMG-CAP-005'
import { rule as CAP_006 } from './CMG-CAP-006'
import { rule as CAP_007 } from './CMG-CAP-007'

export const CAPACITY_RULES: readonly Rule[] = [
  HA_001,
  HA_002,
  CAP_001,
  CAP_002,
  CAP_003,
  CAP_004,
  CAP_005,
  CAP_006,
  CAP_007,
]
