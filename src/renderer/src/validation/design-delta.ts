// Sends the design to the rules worker as the difference from the design it already holds. The
// document store never changes an element in place (an edit replaces that element's object and the
// list holding it), so comparing object identity finds what changed in one pass: a property edit on
// a 1,000-element design sends one element instead of structured-cloning all of them on the UI
// thread (docs/performance.md). The worker rebuilds the whole design from its copy and the delta.
// Both halves are plain TypeScript, used by the client (renderer) and by the worker.
import type { DesignDocument } from '../../../shared/model/document'
import { replacedInPlace } from '../../../shared/model/replaced-in-place'

type Node = DesignDocument['nodes'][number]
type Edge = DesignDocument['edges'][number]
type Envelope = Omit<DesignDocument, 'nodes' | 'edges'>

/** The changes to one list of elements: changed or added elements, and the new order of ids when it changed. */
export interface ListDelta<T> {
  readonly changed: readonly T[]
  /** Every id in order, when elements were added, removed or reordered. */
  readonly order?: readonly string[]
}

export type DesignDelta =
  | { readonly kind: 'full'; readonly doc: DesignDocument }
  | {
      readonly kind: 'delta'
      /** Everything but the elements, when any part of it changed. */
      readonly envelope?: Envelope
      readonly nodes: ListDelta<Node>
      readonly edges: ListDelta<Edge>
    }

function envelopeOf(doc: DesignDocument): Envelope {
  const { nodes: _nodes, edges: _edges, ...envelope } = doc
  return envelope
}

function sameEnvelope(a: DesignDocument, b: DesignDocument): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('nodes')
  keys.delete('edges')
  for (const key of keys) if (a[key as keyof DesignDocument] !== b[key as keyof DesignDocument]) return false
  return true
}

function listDelta<T extends { readonly id: string }>(
  previous: readonly T[],
  next: readonly T[],
): ListDelta<T> {
  if (previous === next) return { changed: [] }
  const inPlace = replacedInPlace(previous, next)
  if (inPlace) return { changed: inPlace.map((i) => next[i]!) }
  const before = new Map(previous.map((item) => [item.id, item]))
  const changed = next.filter((item) => before.get(item.id) !== item)
  const sameOrder = previous.length === next.length && next.every((item, i) => previous[i]?.id === item.id)
  return sameOrder ? { changed } : { changed, order: next.map((item) => item.id) }
}

/** The client's half: remembers the design the worker holds. */
export class DesignSender {
  private held: DesignDocument | null = null

  /** The message that brings the worker from the design it holds to `doc`. */
  encode(doc: DesignDocument): DesignDelta {
    const previous = this.held
    this.held = doc
    if (!previous) return { kind: 'full', doc }
    return {
      kind: 'delta',
      ...(sameEnvelope(previous, doc) ? {} : { envelope: envelopeOf(doc) }),
      nodes: listDelta(previous.nodes, doc.nodes),
      edges: listDelta(previous.edges, doc.edges),
    }
  }

  /** A new worker holds nothing: the next message carries the whole design. */
  reset(): void {
    this.held = null
  }
}

function applyList<T extends { readonly id: string }>(previous: readonly T[], delta: ListDelta<T>): T[] {
  const changed = new Map(delta.changed.map((item) => [item.id, item]))
  if (!delta.order) return previous.map((item) => changed.get(item.id) ?? item)
  const before = new Map(previous.map((item) => [item.id, item]))
  return delta.order.map((id) => {
    const item = changed.get(id) ?? before.get(id)
    if (!item) throw new Error(`the design update names an element the checker does not hold: ${id}`)
    return item
  })
}

/** The worker's half: holds the design and applies each message to it. */
export class DesignReceiver {
  private held: DesignDocument | null = null

  apply(message: DesignDelta): DesignDocument {
    if (message.kind === 'full') {
      this.held = message.doc
      return message.doc
    }
    const previous = this.held
    if (!previous) throw new Error('the checker received a design update before the design')
    const next: DesignDocument = {
      ...(message.envelope ?? envelopeOf(previous)),
      nodes: applyList(previous.nodes, message.nodes),
      edges: applyList(previous.edges, message.edges),
    }
    this.held = next
    return next
  }
}
