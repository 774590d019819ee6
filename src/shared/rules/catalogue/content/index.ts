// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as CONTENT_001 } from './CMG-CONTENT-001'
import { rule as CONTENT_002 } from './CMG-CONTENT-002'
import { rule as CONTENT_003 } from './CMG-CONTENT-003'
import { rule as CONTENT_004 } from './CMG-CONTENT-004'
import { rule as CONTENT_005 } from './CMG-CONTENT-005'
import { rule as BG_001 } from './CMG-BG-001'
import { rule as BG_002 } from './CMG-BG-002'
import { rule as CS_001 } from './CMG-CS-001'

export const CONTENT_RULES: readonly Rule[] = [
  CONTENT_001,
  CONTENT_002,
  CONTENT_003,
  CONTENT_004,
  CONTENT_005,
  BG_001,
  BG_002,
  CS_001,
]
