// CMG-NAME-003: two CMGs of the design with the same prefix (case-insensitive). Pure rule module.
import { named, type CmgNode } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-NAME-003',
  category: 'Certificates and naming',
  title: 'Duplicate CMG prefix',
  severity: () => 'error',
  versions: {},
  fix: 'Give each CMG a distinct prefix, and check in the Azure portal that it is available before requesting certificates.',
  sources: ['CERT'],
  evaluate: (ctx) => {
    const byPrefix = new Map<string, CmgNode[]>()
    for (const cmg of ctx.cmgs) {
      const key = cmg.props.prefix.trim().toLowerCase()
      // An empty prefix is CMG-NAME-001's finding.
      if (key === '') continue
      const group = byPrefix.get(key)
      if (group) group.push(cmg)
      else byPrefix.set(key, [cmg])
    }
    return ctx.cmgs.flatMap((cmg) => {
      const group = byPrefix.get(cmg.props.prefix.trim().toLowerCase()) ?? []
      const others = group.filter((c) => c.id !== cmg.id)
      if (others.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...others.map((c) => c.id)],
          message: `${named(cmg)} shares the prefix "${cmg.props.prefix}" with ${others.map(named).join(', ')}; the deployment name, storage account and Key Vault built from it must be unique in Azure, so they can't both deploy.`,
        },
      ]
    })
  },
}
