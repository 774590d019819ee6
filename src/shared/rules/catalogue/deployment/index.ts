// The rules of one catalogue section, in catalogue order. Pure.
import type { Rule } from '../../types'
import { rule as DEPLOY_001 } from './CMG-DEPLOY-001'
import { rule as DEPLOY_002 } from './CMG-DEPLOY-002'
import { rule as DEPLOY_003 } from './CMG-DEPLOY-003'
import { rule as DEPLOY_004 } from './CMG-DEPLOY-004'
import { rule as DEPLOY_005 } from './CMG-DEPLOY-005'
import { rule as DEPLOY_006 } from './CMG-DEPLOY-006'
import { rule as DEPLOY_007 } from './CMG-DEPLOY-007'
import { rule as DEPLOY_008 } from './CMG-DEPLOY-008'
import { rule as DEPLOY_009 } from './CMG-DEPLOY-009'
import { rule as DEPLOY_010 } from './CMG-DEPLOY-010'

export const DEPLOYMENT_RULES: readonly Rule[] = [
  DEPLOY_001,
  DEPLOY_002,
  DEPLOY_003,
  DEPLOY_004,
  DEPLOY_005,
  DEPLOY_006,
  DEPLOY_007,
  DEPLOY_008,
  DEPLOY_009,
  DEPLOY_010,
]
