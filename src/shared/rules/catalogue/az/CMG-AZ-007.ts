// CMG-AZ-007: the Entra tenant that owns a CMG's subscription is not onboarded (Cloud Management Azure
// service). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule, RuleHit } from '../../types'
import { tenantName } from './helpers'

export const rule: Rule = {
  id: 'CMG-AZ-007',
  category: 'Azure and Entra',
  title: "Subscription's tenant not onboarded",
  severity: () => 'error',
  versions: {},
  fix: "Run the Azure Services wizard (Cloud Management) for the Entra tenant that owns the CMG's subscription, with its web (server) and native (client) app registrations.",
  sources: ['PLAN', 'AAD', 'FAQ'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg): RuleHit[] => {
      const sub = ctx.subscriptionOf(cmg)
      if (!sub || ctx.onboarded(sub.props.tenantId)) return []
      const tenant = ctx.tenant(sub.props.tenantId)
      const message = tenant
        ? `${named(cmg)}: ${tenantName(tenant)}, which owns ${named(sub)}, is not onboarded with the Cloud Management Azure service, so the site can't deploy the CMG through Azure Resource Manager.`
        : `${named(cmg)}: ${named(sub)} has no Entra tenant set, so no onboarded tenant owns it and the site can't deploy the CMG through Azure Resource Manager.`
      return [{ nodeIds: [cmg.id, sub.id], message }]
    }),
}
