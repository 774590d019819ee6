// Arrowheads for each connection kind, defined once per React Flow canvas inside its viewport (so
// image exports include them), with ids of the caller's choosing: the editing canvas and the
// presentation each have their own. Runs in the renderer.
import { createPortal } from 'react-dom'
import { useStore, type ReactFlowState } from '@xyflow/react'
import { EDGE_KINDS, type EdgeKind } from '../../../shared/model/schema'

const viewportPortals = new WeakMap<HTMLDivElement, Element>()

/**
 * React Flow's viewport portal element, looked up once per canvas. (React Flow's ViewportPortal
 * runs a querySelector on every store update, i.e. on every drag frame; docs/performance.md.)
 */
function viewportPortal(s: ReactFlowState): Element | null {
  if (!s.domNode) return null
  let portal = viewportPortals.get(s.domNode)
  if (!portal) {
    portal = s.domNode.querySelector('.react-flow__viewport-portal') ?? undefined
    if (portal) viewportPortals.set(s.domNode, portal)
  }
  return portal ?? null
}

export function EdgeMarkers({ idFor }: { idFor: (kind: EdgeKind) => string }) {
  const portal = useStore(viewportPortal)
  if (!portal) return null
  return createPortal(
    <svg className="edge-marker-defs" aria-hidden="true">
      <defs>
        {EDGE_KINDS.map((kind) => (
          <marker
            key={kind}
            id={idFor(kind)}
            viewBox="0 0 12 12"
            refX="10.5"
            refY="6"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M1.5 1.5 10.5 6 1.5 10.5z" className={`edge-marker edge-marker-${kind}`} />
          </marker>
        ))}
      </defs>
    </svg>,
    portal,
  )
}
