// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as TOPTIER_001 } from './CMG-TOPTIER-001'
import { rule as TOPTIER_002 } from './CMG-TOPTIER-002'
import { rule as TOPTIER_003 } from './CMG-TOPTIER-003'
import { rule as TOPTIER_004 } from './CMG-TOPTIER-004'
import { rule as TOPTIER_005 } from './CMG-TOPTIER-005'
import { rule as SCP_001 } from './CMG-SCP-001'
import { rule as SCP_002 } from './CMG-SCP-002'

export const PLACEMENT_RULES: readonly Rule[] = [
  TOPTIER_001,
  TOPTIER_002,
  TOPTIER_003,
  TOPTIER_004,
  TOPTIER_005,
  SCP_001,
  SCP_002,
]
