// CMG-AUTH-009: client install over the internet through the CMG without a bulk token, Entra/hybrid
// join or a pre-issued unique PKI client certificate. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'
import { isEntraOrHybridJoined, joinLabel } from './helpers'

export const rule: Rule = {
  id: 'CMG-AUTH-009',
  category: 'Client authentication',
  title: 'Client install over the internet not possible',
  severity: () => 'error',
  versions: {},
  fix: 'Use a bulk registration token or Entra/hybrid join; pass SMSSITECODE and CCMHOSTNAME to the client installation and keep the CMG content-enabled.',
  sources: ['CLIENTS', 'SUPP', 'ENTRAINST'],
  evaluate: (ctx) =>
    ctx.pops
      .filter((pop) => {
        const p = pop.props
        if (!p.needsClientInstallOverInternet) return false
        const pkiReady = p.authMethod === 'pki' && p.hasUniqueClientCertBeforeInstall
        return !(p.bulkTokenPlanned || isEntraOrHybridJoined(pop) || pkiReady)
      })
      .map((pop) => ({
        nodeIds: [pop.id],
        message: `${named(pop)} needs the client installed over the internet through the CMG, but its devices are ${joinLabel(pop)}, no bulk registration token is planned and ${pop.props.authMethod === 'pki' ? 'no unique PKI client certificate is issued before install' : 'they have no PKI client certificate'}; client push and automatic site assignment don't work through a CMG.`,
      })),
}
