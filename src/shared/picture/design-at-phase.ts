// The phase each element in effect appears in (its own or a container's, whichever is later), and
// the design as it stands at one phase: the elements without a phase or in a phase up to and
// including that one, inside containers that are themselves present, with the connections whose
// both ends remain and the suppressions of the remaining elements. The result is itself a valid
// design, so the rules engine evaluates it and the picture draws it like any other. Used by the
// presentation (renderer), the image exports and the command line. Pure.
import type { DesignDocument } from '../model/document'

/** The phase an element appears in, and the element that sets it (itself or a container). */
export interface EffectivePhase {
  readonly phaseId: string
  /** The element whose own phase this is: the element itself, or the container it sits in. */
  readonly fromId: string
}

type NodeLookup = (id: string) => DesignDocument['nodes'][number] | undefined

/**
 * A function giving the phase an element in effect appears in (null: always present), remembering
 * what it worked out for each container on the way.
 */
function phaseResolver(doc: DesignDocument, nodeOf: NodeLookup) {
  const order = new Map(doc.design.phases.map((p, i) => [p.id, i]))
  const known = new Map<string, EffectivePhase | null>()
  const phaseOf = (id: string, depth: number): EffectivePhase | null => {
    const cached = known.get(id)
    if (cached !== undefined) return cached
    const node = nodeOf(id)
    // Depth guard: a parent cycle (never in a loaded design) must not recurse forever.
    if (!node || depth > 64) return null
    const own: EffectivePhase | null =
      node.phase !== undefined && order.has(node.phase) ? { phaseId: node.phase, fromId: node.id } : null
    const inherited = node.parentId === undefined ? null : phaseOf(node.parentId, depth + 1)
    const later =
      own && inherited
        ? (order.get(inherited.phaseId) ?? -1) > (order.get(own.phaseId) ?? -1)
          ? inherited
          : own
        : (own ?? inherited)
    known.set(id, later)
    return later
  }
  return (id: string) => phaseOf(id, 0)
}

/**
 * The phase each element in effect appears in: the latest of its own phase and its containers'
 * (an element inside a Pilot subscription appears at Pilot, whatever it says itself). Elements that
 * are always present are not in the map. A phase the design does not list counts as none.
 */
export function effectivePhases(doc: DesignDocument): ReadonlyMap<string, EffectivePhase> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const phaseOf = phaseResolver(doc, (id) => byId.get(id))
  const result = new Map<string, EffectivePhase>()
  for (const n of doc.nodes) {
    const phase = phaseOf(n.id)
    if (phase) result.set(n.id, phase)
  }
  return result
}

/**
 * effectivePhases for one element, walking up only its own containers (`nodeOf` finds an element
 * by id), so the inspector's note on a selected element costs nothing on a large design.
 */
export function effectivePhaseOf(
  doc: DesignDocument,
  id: string,
  nodeOf: NodeLookup,
): EffectivePhase | undefined {
  return phaseResolver(doc, nodeOf)(id) ?? undefined
}

/**
 * The sub-design at `phaseId`. An element in a later phase is left out, and so is everything inside
 * it (effectivePhases); an element whose phase the design does not list counts as always present
 * (the load pipeline refuses such files, so this only guards against a design edited in memory).
 * `phaseId` null, or an id the design does not list, gives the whole design. Unchanged nodes and
 * edges keep their identity.
 */
export function designAtPhase(doc: DesignDocument, phaseId: string | null): DesignDocument {
  const order = new Map(doc.design.phases.map((p, i) => [p.id, i]))
  const limit = phaseId === null ? undefined : order.get(phaseId)
  if (limit === undefined) return doc
  const phases = effectivePhases(doc)
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  // An element whose container is missing from the design is left out too.
  const rooted = (id: string, depth: number): boolean => {
    const node = byId.get(id)
    if (!node || depth > 64) return false
    return node.parentId === undefined || rooted(node.parentId, depth + 1)
  }
  const isKept = (id: string): boolean => {
    const phase = phases.get(id)
    return (phase === undefined || (order.get(phase.phaseId) ?? 0) <= limit) && rooted(id, 0)
  }
  const nodes = doc.nodes.filter((n) => isKept(n.id))
  if (nodes.length === doc.nodes.length) return doc
  const present = new Set(nodes.map((n) => n.id))
  return {
    ...doc,
    nodes,
    edges: doc.edges.filter((e) => present.has(e.source) && present.has(e.target)),
    suppressions: doc.suppressions.filter((s) => present.has(s.nodeId)),
  }
}
