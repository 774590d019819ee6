// The design as it stands at one phase: the elements without a phase or in a phase up to and
// including that one, inside containers that are themselves present, with the connections whose
// both ends remain and the suppressions of the remaining elements. The result is itself a valid
// design, so the rules engine evaluates it and the picture draws it like any other. Used by the
// presentation (renderer), the image exports and the command line. Pure.
import type { DesignDocument } from '../model/document'

/**
 * The sub-design at `phaseId`. An element in a later phase is left out, and so is everything inside
 * it; an element whose phase the design does not list counts as always present (the load pipeline
 * refuses such files, so this only guards against a design edited in memory). `phaseId` null, or an
 * id the design does not list, gives the whole design. Unchanged nodes and edges keep their identity.
 */
export function designAtPhase(doc: DesignDocument, phaseId: string | null): DesignDocument {
  const order = new Map(doc.design.phases.map((p, i) => [p.id, i]))
  const limit = phaseId === null ? undefined : order.get(phaseId)
  if (limit === undefined) return doc
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const kept = new Map<string, boolean>()
  const isKept = (id: string, depth: number): boolean => {
    const known = kept.get(id)
    if (known !== undefined) return known
    const node = byId.get(id)
    // Depth guard: a parent cycle (never in a loaded design) must not recurse forever.
    if (!node || depth > 64) return false
    const phaseIndex = node.phase === undefined ? undefined : order.get(node.phase)
    const own = phaseIndex === undefined || phaseIndex <= limit
    const result = own && (node.parentId === undefined || isKept(node.parentId, depth + 1))
    kept.set(id, result)
    return result
  }
  const nodes = doc.nodes.filter((n) => isKept(n.id, 0))
  if (nodes.length === doc.nodes.length) return doc
  const present = new Set(nodes.map((n) => n.id))
  return {
    ...doc,
    nodes,
    edges: doc.edges.filter((e) => present.has(e.source) && present.has(e.target)),
    suppressions: doc.suppressions.filter((s) => present.has(s.nodeId)),
  }
}
