// CMG-AZ-006: a subscription hosting CMGs lacks resource-provider registrations they need (VMSS:
// KeyVault, Storage, Network, Compute; classic: ClassicCompute, Storage). Pure rule module (runs in
// the worker and the CLI).
import { named, type CmgNode } from '../../context'
import type { Rule, RuleHit } from '../../types'

const VMSS_PROVIDERS = ['Microsoft.KeyVault', 'Microsoft.Storage', 'Microsoft.Network', 'Microsoft.Compute']
const CLASSIC_PROVIDERS = ['Microsoft.ClassicCompute', 'Microsoft.Storage']

/** Providers a CMG's deployment needs; an ASM CMG predates Resource Manager and needs none. */
function requiredProviders(cmg: CmgNode): readonly string[] {
  if (cmg.props.method === 'vmss') return VMSS_PROVIDERS
  if (cmg.props.method === 'classic') return CLASSIC_PROVIDERS
  return []
}

export const rule: Rule = {
  id: 'CMG-AZ-006',
  category: 'Azure and Entra',
  title: 'Resource providers not registered',
  severity: () => 'warning',
  versions: {},
  fix: 'Register the missing resource providers in the subscription (this needs the /register/action permission, included in the Contributor and Owner roles).',
  sources: ['AAD'],
  evaluate: (ctx) =>
    ctx.ofKind('azureSubscription').flatMap((sub): RuleHit[] => {
      const cmgs = ctx.cmgs.filter((c) => ctx.subscriptionOf(c)?.id === sub.id)
      const registered = new Set(sub.props.registeredProviders.map((p) => p.trim().toLowerCase()))
      const missing: string[] = []
      const needing: CmgNode[] = []
      for (const cmg of cmgs) {
        const lacks = requiredProviders(cmg).filter((p) => !registered.has(p.toLowerCase()))
        if (lacks.length === 0) continue
        needing.push(cmg)
        for (const p of lacks) if (!missing.includes(p)) missing.push(p)
      }
      if (missing.length === 0) return []
      return [
        {
          nodeIds: [sub.id, ...needing.map((c) => c.id)],
          message: `${named(sub)} is missing resource provider registration${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, needed by ${needing.map(named).join(', ')}.`,
        },
      ]
    }),
}
