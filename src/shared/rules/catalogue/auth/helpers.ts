// Wording and facts shared by the client authentication rules (catalogue section 2.5). Pure.
import type { PopNode } from '../../context'

const JOIN_LABEL = {
  adDomain: 'AD domain-joined',
  hybridJoined: 'hybrid Entra-joined',
  entraJoined: 'Entra-joined',
  workgroup: 'workgroup',
} as const

/** "AD domain-joined", "workgroup", … */
export const joinLabel = (pop: PopNode): string => JOIN_LABEL[pop.props.joinType]

/** Entra-joined or hybrid Entra-joined devices. */
export const isEntraOrHybridJoined = (pop: PopNode): boolean =>
  pop.props.joinType === 'entraJoined' || pop.props.joinType === 'hybridJoined'

const AUTH_LABEL = { entra: 'Entra ID', pki: 'PKI client certificates', token: 'site-issued tokens' } as const

/** "Entra ID", "PKI client certificates", "site-issued tokens". */
export const authLabel = (pop: PopNode): string => AUTH_LABEL[pop.props.authMethod]
