// CMG-SCP-001: the hierarchy needs exactly one service connection point, on the top-tier site (any
// second SCP is flagged even without a CMG). Pure rule module (runs in the worker and the CLI).
import { fmt, named, type ScpNode, type SiteNode } from '../../context'
import type { Rule, RuleHit } from '../../types'

const where = (site: SiteNode | undefined): string => (site ? named(site) : 'no site')

export const rule: Rule = {
  id: 'CMG-SCP-001',
  category: 'Placement and hierarchy',
  title: 'Service connection point missing, duplicated or not at the top-tier site',
  severity: () => 'error',
  versions: {},
  fix: 'Install a single service connection point at the top-tier site (the CAS, or the standalone primary); after expanding a standalone primary into a hierarchy, move it to the CAS.',
  sources: ['SCP', 'ROLES', 'PLAN'],
  evaluate: (ctx): RuleHit[] => {
    const scps = ctx.scps
    const top = ctx.top
    const cmgs = ctx.cmgs
    const describe = (scp: ScpNode): string => `${named(scp)} at ${where(ctx.siteOf(scp))}`
    if (scps.length > 1)
      return [
        {
          nodeIds: scps.map((s) => s.id),
          message: `The design has ${fmt(scps.length)} service connection points (${scps.map(describe).join(', ')}); a hierarchy has exactly one, on the top-tier site.`,
        },
      ]
    if (cmgs.length === 0) return []
    const cmgNames = cmgs.map(named).join(', ')
    const scp = scps[0]
    if (scp === undefined)
      return [
        {
          nodeIds: [...(top ? [top.id] : []), ...cmgs.map((c) => c.id)],
          message: `The design has no service connection point, but ${cmgNames} needs one on the top-tier site${top ? ` (${named(top)})` : ''} to be deployed and monitored.`,
        },
      ]
    const site = ctx.siteOf(scp)
    if (top === undefined || site?.id === top.id) return []
    return [
      {
        nodeIds: [scp.id, ...(site ? [site.id] : []), top.id],
        message: `${describe(scp)} is not on the top-tier ${named(top)}; the service connection point that deploys ${cmgNames} must be installed there.`,
      },
    ]
  },
}
