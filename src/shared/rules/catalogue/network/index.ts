// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as NET_001 } from './CMG-NET-001'
import { rule as NET_002 } from './CMG-NET-002'
import { rule as NET_003 } from './CMG-NET-003'
import { rule as VER_001 } from './CMG-VER-001'
import { rule as VER_002 } from './CMG-VER-002'
import { rule as VER_003 } from './CMG-VER-003'
import { rule as VER_004 } from './CMG-VER-004'
import { rule as COST_001 } from './CMG-COST-001'

export const NETWORK_RULES: readonly Rule[] = [
  NET_001,
  NET_002,
  NET_003,
  VER_001,
  VER_002,
  VER_003,
  VER_004,
  COST_001,
]
