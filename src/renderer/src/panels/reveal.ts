// Shared by the findings panels: select an element and bring it into view on the canvas, show one
// of its fields (or one of the design's) in the Inspector, and name elements the way the panels
// list them ("CMG GraniteFalls"). Runs in the renderer (inside the app's ReactFlowProvider).
import { useCallback, useMemo } from 'react'
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react'
import type { NodeKind } from '../../../shared/model/schema'
import { KINDS } from '../../../shared/kinds'
import { accessibleNodeName } from '../design/kind-info'
import { absoluteRect, indexNodes } from '../design/geometry'
import { MIN_ZOOM, measureInsets, paddingFor } from '../editor/zoom-level'
import { useDocument } from '../store/document'
import { clearSelection, selectOnly } from '../store/selection'
import { showInspectorField } from '../store/side-tab'

const REVEAL_DURATION = 300
const REVEAL_MAX_ZOOM = 1.2
/** Room around a revealed element besides the overlays', in screen pixels. */
const REVEAL_ROOM = 60

/** Selects the element and pans/zooms the canvas so that it is in view, clear of the overlays. */
export function useRevealNode(): (nodeId: string) => void {
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  return useCallback(
    (nodeId: string) => {
      const doc = useDocument.getState().doc
      // Framed from the document: at far zoom React Flow does not hold every element.
      const bounds = absoluteRect(indexNodes(doc), nodeId)
      if (!bounds) return
      selectOnly([nodeId])
      const { domNode, width, height } = flowStore.getState()
      const padding = domNode ? paddingFor(measureInsets(domNode), REVEAL_ROOM) : 0.45
      const viewport = getViewportForBounds(bounds, width, height, MIN_ZOOM, REVEAL_MAX_ZOOM, padding)
      void flow.setViewport(viewport, { duration: REVEAL_DURATION })
    },
    [flow, flowStore],
  )
}

/**
 * Reveals the element as above, opens the Inspector on it and focuses its field at dotted `path`
 * ("clientSettings.enableCmg").
 */
export function useShowNodeField(): (nodeId: string, path: string) => void {
  const reveal = useRevealNode()
  return useCallback(
    (nodeId: string, path: string) => {
      reveal(nodeId)
      showInspectorField({ nodeId, path })
    },
    [reveal],
  )
}

/** Clears the selection and opens the Inspector on the design settings, focusing the field at `path`. */
export function showDesignField(path: string): void {
  clearSelection()
  showInspectorField({ nodeId: null, path })
}

export interface NodeName {
  /** The element's name, or its kind's label when it has none. */
  readonly name: string
  readonly kind: NodeKind | null
  /** Short kind tag and name, e.g. "CMG GraniteFalls", "MP MP01". */
  readonly short: string
  /** Kind and name, e.g. "Cloud management gateway GraniteFalls" (the canvas' accessible name). */
  readonly full: string
}

/** How the panels name elements, by id (the id itself for an element that no longer exists). */
export function useNodeNames(): (nodeId: string) => NodeName {
  const nodes = useDocument((s) => s.doc.nodes)
  const names = useMemo(() => {
    const map = new Map<string, NodeName>()
    for (const n of nodes)
      map.set(n.id, {
        name: n.name.trim() === '' ? KINDS[n.kind].label : n.name,
        kind: n.kind,
        short: n.name.trim() === '' ? KINDS[n.kind].label : `${KINDS[n.kind].tag} ${n.name}`,
        full: accessibleNodeName(n.kind, n.name),
      })
    return map
  }, [nodes])
  return useCallback(
    (nodeId: string) => names.get(nodeId) ?? { name: nodeId, kind: null, short: nodeId, full: nodeId },
    [names],
  )
}
