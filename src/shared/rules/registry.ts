// Every rule of cmg-rules.md section 2, in catalogue order, grouped by section, then the structural
// completeness rules of its addendum (A2) and docs/rules-catalogue-decisions.md. Pure.
import type { Rule } from './types'
import { PLACEMENT_RULES } from './catalogue/placement'
import { DEPLOYMENT_RULES } from './catalogue/deployment'
import { AZURE_RULES } from './catalogue/azure'
import { AUTHENTICATION_RULES } from './catalogue/authentication'
import { SITE_SYSTEMS_RULES } from './catalogue/site-systems'
import { CERTIFICATES_RULES } from './catalogue/certificates'
import { CAPACITY_RULES } from './catalogue/capacity'
import { CONTENT_RULES } from './catalogue/content'
import { NETWORK_RULES } from './catalogue/network'
import { STRUCTURE_RULES } from './catalogue/structure'

export const RULES: readonly Rule[] = [
  ...PLACEMENT_RULES,
  ...DEPLOYMENT_RULES,
  ...AZURE_RULES,
  ...AUTHENTICATION_RULES,
  ...SITE_SYSTEMS_RULES,
  ...CERTIFICATES_RULES,
  ...CAPACITY_RULES,
  ...CONTENT_RULES,
  ...NETWORK_RULES,
  ...STRUCTURE_RULES,
]

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]))
