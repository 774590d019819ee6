// The elements one element may be connected to now, for the "Connect to…" dialog: the same check as
// a connection drawn with the mouse (connection-rules.ts), with the connection kind each would make,
// by name; and, when there is none, why. Pure; runs in the renderer.
import { KINDS } from '../../../shared/kinds'
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignNode, EdgeKind } from '../../../shared/model/schema'
import { checkConnection, connectionPartners, joinOr, refusalReason } from './connection-rules'

export interface ConnectTarget {
  readonly node: DesignNode
  /** The kind of connection joining the two. */
  readonly edge: EdgeKind
}

/** An element's name, or its kind's label while it has none. */
export const elementName = (node: Pick<DesignNode, 'kind' | 'name'>): string =>
  node.name.trim() === '' ? KINDS[node.kind].label : node.name

/** Every element `from` may be connected to now, sorted by name. */
export function legalTargets(doc: DesignDocument, from: DesignNode): ConnectTarget[] {
  return doc.nodes
    .flatMap((node) => {
      const check = checkConnection(doc, from.id, node.id)
      return check.ok ? [{ node, edge: check.plan.kind }] : []
    })
    .sort((a, b) => elementName(a.node).localeCompare(elementName(b.node)))
}

/** Why `from` has nothing to connect to: its kind connects to nothing, or every partner is taken. */
export function noTargetReason(from: Pick<DesignNode, 'kind' | 'name'>): string {
  const partners = connectionPartners(from.kind)
  if (partners.length === 0) return refusalReason(from.kind, from.kind)
  const kinds = joinOr([...new Set(partners.map((p) => KINDS[p.kind].phrase))])
  return `${elementName(from)} can connect to ${kinds}, but no element of the design can take a new connection from it: there is none, or it is connected already.`
}

/** True when the typed filter is part of the target's name or of its kind's label. */
export function targetMatches(target: ConnectTarget, query: string): boolean {
  const q = query.trim().toLowerCase()
  return (
    q === '' ||
    elementName(target.node).toLowerCase().includes(q) ||
    KINDS[target.node.kind].label.toLowerCase().includes(q)
  )
}
