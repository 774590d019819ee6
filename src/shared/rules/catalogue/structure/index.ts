// The rules of one catalogue section, in catalogue order: structural completeness (addendum A2,
// plus CMG-STRUCT-006 from docs/rules-catalogue-decisions.md). Pure.
import type { Rule } from '../../types'
import { rule as STRUCT_001 } from './CMG-STRUCT-001'
import { rule as STRUCT_002 } from './CMG-STRUCT-002'
import { rule as STRUCT_003 } from './CMG-STRUCT-003'
import { rule as STRUCT_004 } from './CMG-STRUCT-004'
import { rule as STRUCT_005 } from './CMG-STRUCT-005'
import { rule as STRUCT_006 } from './CMG-STRUCT-006'

export const STRUCTURE_RULES: readonly Rule[] = [
  STRUCT_001,
  STRUCT_002,
  STRUCT_003,
  STRUCT_004,
  STRUCT_005,
  STRUCT_006,
]
