// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as AZ_001 } from './CMG-AZ-001'
import { rule as AZ_002 } from './CMG-AZ-002'
import { rule as AZ_003 } from './CMG-AZ-003'
import { rule as AZ_004 } from './CMG-AZ-004'
import { rule as AZ_005 } from './CMG-AZ-005'
import { rule as AZ_006 } from './CMG-AZ-006'
import { rule as AZ_007 } from './CMG-AZ-007'
import { rule as AZ_008 } from './CMG-AZ-008'

export const AZURE_RULES: readonly Rule[] = [AZ_001, AZ_002, AZ_003, AZ_004, AZ_005, AZ_006, AZ_007, AZ_008]
