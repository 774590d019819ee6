// Which connections the editor lets a user draw, and why it refuses the others. The edge kind is
// inferred from the two endpoint kinds (either drag direction works); a connection is refused when
// no kind fits, when it loops back to the same element, when the same connection exists already,
// when the source may have only one edge of that kind, or when it would make the site hierarchy a
// loop (a file with one does not load). Pure; runs in the renderer.
import { type DesignDocument, hierarchyReaches } from '../../../shared/model/document'
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../../shared/model/schema'
import { CONNECTION_KINDS } from '../../../shared/kinds/connections'
import { SINGLE_PER_SOURCE, inferEdgeKind } from '../../../shared/model/structure'
import { KINDS } from '../../../shared/kinds'
import { sentenceCase } from './kind-info'

export interface ConnectionPlan {
  readonly kind: EdgeKind
  readonly source: string
  readonly target: string
}

export type ConnectionCheck =
  { readonly ok: true; readonly plan: ConnectionPlan } | { readonly ok: false; readonly reason: string }

/** The edge kind joining two kinds and whether the drag ran against the edge's direction. */
export function edgeKindBetween(
  from: NodeKind,
  to: NodeKind,
): { kind: EdgeKind; reversed: boolean } | undefined {
  const forward = inferEdgeKind(from, to)
  if (forward) return { kind: forward, reversed: false }
  const backward = inferEdgeKind(to, from)
  return backward ? { kind: backward, reversed: true } : undefined
}

interface Partner {
  readonly kind: NodeKind
  readonly edge: EdgeKind
}

/** Every kind a node of `kind` can be connected with (in either direction), in palette order. */
export function connectionPartners(kind: NodeKind): Partner[] {
  const partners: Partner[] = []
  for (const other of NODE_KINDS) {
    const edge = EDGE_KINDS.find((k) => {
      const ends = CONNECTION_KINDS[k]
      return (
        (ends.source.includes(kind) && ends.target.includes(other)) ||
        (ends.source.includes(other) && ends.target.includes(kind))
      )
    })
    if (edge) partners.push({ kind: other, edge })
  }
  return partners
}

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

const noun = (kind: NodeKind) => KINDS[kind].phrase.replace(/^an? /, '')

/** Why no connection can join a `from` element to a `to` element. */
export function refusalReason(from: NodeKind, to: NodeKind): string {
  const partners = connectionPartners(from)
  const fromPhrase = sentenceCase(KINDS[from].phrase)
  if (partners.length === 0) {
    if (from === 'note') return 'Notes do not connect to other elements.'
    return `${fromPhrase} has no connections of its own; connect the elements inside it instead.`
  }
  const list = joinOr(partners.map((p) => `${KINDS[p.kind].phrase} (${CONNECTION_KINDS[p.edge].verb})`))
  return `${fromPhrase} can connect to ${list} — not to ${KINDS[to].phrase}.`
}

const display = (name: string, kind: NodeKind) => (name.trim() === '' ? KINDS[kind].label : name)

/** Checks a connection the user drew from `fromId` to `toId` against the document. */
export function checkConnection(doc: DesignDocument, fromId: string, toId: string): ConnectionCheck {
  const from = doc.nodes.find((n) => n.id === fromId)
  const to = doc.nodes.find((n) => n.id === toId)
  if (!from || !to) return { ok: false, reason: 'That element no longer exists.' }
  if (from.id === to.id) return { ok: false, reason: 'An element cannot connect to itself.' }
  const fit = edgeKindBetween(from.kind, to.kind)
  if (!fit) return { ok: false, reason: refusalReason(from.kind, to.kind) }
  const source = fit.reversed ? to : from
  const target = fit.reversed ? from : to
  const verb = CONNECTION_KINDS[fit.kind].verb
  const duplicate = doc.edges.some(
    (e) =>
      e.kind === fit.kind &&
      ((e.source === source.id && e.target === target.id) ||
        (e.source === target.id && e.target === source.id)),
  )
  if (duplicate)
    return {
      ok: false,
      reason: `${display(source.name, source.kind)} and ${display(target.name, target.kind)} are already connected (${verb}).`,
    }
  if (fit.kind === 'hierarchy' && hierarchyReaches(doc.edges, target.id, source.id))
    return {
      ok: false,
      reason: `${display(source.name, source.kind)} is already below ${display(target.name, target.kind)} in the site hierarchy; a site cannot be above itself.`,
    }
  if (SINGLE_PER_SOURCE.has(fit.kind)) {
    const existing = doc.edges.find((e) => e.kind === fit.kind && e.source === source.id)
    if (existing) {
      const current = doc.nodes.find((n) => n.id === existing.target)
      const currentName = current ? display(current.name, current.kind) : existing.target
      return {
        ok: false,
        reason: `${display(source.name, source.kind)} is already ${verb} ${currentName}; ${KINDS[source.kind].phrase} can be ${verb} only one ${noun(target.kind)}. Delete that connection first.`,
      }
    }
  }
  return { ok: true, plan: { kind: fit.kind, source: source.id, target: target.id } }
}
