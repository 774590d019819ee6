// The phase pill on a node: the phase the element in effect appears in when the design is presented
// step by step (its own, or its container's when that is later: src/shared/picture/design-at-phase.ts
// effectivePhases). A phase the element takes from its container is drawn outlined, and its tooltip
// names the container. Nothing is drawn for elements that are always present. Runs in the renderer.
import type { DesignDocument } from '../../../../shared/model/document'
import { effectivePhases } from '../../../../shared/picture/design-at-phase'
import { useDocument, type DocumentState } from '../../store/document'

interface Marker {
  readonly name: string
  /** The container the phase comes from, when it is not the element's own. */
  readonly from?: string
}

const markers = new WeakMap<DesignDocument, ReadonlyMap<string, Marker>>()

/** Every element's marker, worked out once per document object (drag frames reuse it). */
function markersOf(doc: DesignDocument): ReadonlyMap<string, Marker> {
  let known = markers.get(doc)
  if (!known) {
    const phaseName = new Map(doc.design.phases.map((p) => [p.id, p.name.trim() === '' ? p.id : p.name]))
    const nodeName = new Map(doc.nodes.map((n) => [n.id, n.name]))
    const built = new Map<string, Marker>()
    for (const [id, phase] of effectivePhases(doc)) {
      const name = phaseName.get(phase.phaseId) ?? phase.phaseId
      built.set(
        id,
        phase.fromId === id ? { name } : { name, from: nodeName.get(phase.fromId) ?? phase.fromId },
      )
    }
    known = built
    markers.set(doc, known)
  }
  return known
}

const markerOf = (s: DocumentState, id: string): Marker | undefined => markersOf(s.doc).get(id)

export function PhaseMarker({ id }: { id: string }) {
  const marker = useDocument((s) => markerOf(s, id))
  if (!marker) return null
  return marker.from === undefined ? (
    <span className="node-phase" title={`Appears at the ${marker.name} phase`}>
      {marker.name}
    </span>
  ) : (
    <span
      className="node-phase is-inherited"
      title={`Appears at the ${marker.name} phase, with ${marker.from}`}
    >
      {marker.name}
    </span>
  )
}
