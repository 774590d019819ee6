// The pointer at far zoom, where the far layer (FarLayer.tsx) draws the design and React Flow holds
// only a few elements: which element is under the pointer (it becomes a React Flow node before the
// pointer can press it), which elements a selection box takes, and which element a connection was
// dropped on. All answered from the document's scene (far-scene.ts), as the far layer draws it.
// Runs in the renderer, used by Canvas.tsx.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { ReactFlowState, useStoreApi } from '@xyflow/react'
import type { Point, Rect } from '../design/geometry'
import { useDocument } from '../store/document'
import { selectOnly } from '../store/selection'
import type { DesignFlowEdge, DesignFlowNode } from './flow-elements'
import { connectionsOf, elementAt, elementsInside, sceneOf, type Scene } from './far-scene'
import { isFar } from './zoom-level'

type FlowStore = ReturnType<typeof useStoreApi<DesignFlowNode, DesignFlowEdge>>
type Where = Pick<ReactFlowState, 'domNode' | 'transform'>

/** The canvas point under the screen point (clientX, clientY). */
function canvasPoint(state: Where, clientX: number, clientY: number): Point {
  const frame = state.domNode?.getBoundingClientRect()
  const [tx, ty, zoom] = state.transform
  return { x: (clientX - (frame?.left ?? 0) - tx) / zoom, y: (clientY - (frame?.top ?? 0) - ty) / zoom }
}

/** The scene of the document as it is now, live drag geometry included. */
export function currentScene(): Scene {
  const { doc, live } = useDocument.getState()
  return sceneOf(doc.nodes, doc.edges, live)
}

/**
 * The element under the pointer at far zoom (null elsewhere, over the accessible tree, or when the
 * pointer leaves `wrapper`). It changes synchronously, so that the element is a React Flow node
 * when a press comes right after the move. While a button is down it keeps its element (a drag or
 * a selection box is under way), except while a connection is drawn: then the element under the
 * pointer is its possible target and becomes a node too.
 */
export function useFarHover(wrapper: RefObject<HTMLElement | null>, flowStore: FlowStore): string | null {
  const [hovered, setHovered] = useState<string | null>(null)
  useEffect(() => {
    const element = wrapper.current
    if (!element) return
    let current: string | null = null
    const hover = (id: string | null) => {
      if (id === current) return
      current = id
      flushSync(() => setHovered(id))
    }
    const onMove = (event: PointerEvent) => {
      const state = flowStore.getState()
      const overTree = event.target instanceof Element && event.target.closest('.element-tree') !== null
      if (!isFar(state) || overTree) return hover(null)
      if (event.buttons !== 0 && !state.connection.inProgress) return
      hover(elementAt(currentScene(), canvasPoint(state, event.clientX, event.clientY))?.id ?? null)
    }
    const onLeave = () => {
      if (!flowStore.getState().connection.inProgress) hover(null)
    }
    element.addEventListener('pointermove', onMove)
    element.addEventListener('pointerleave', onLeave)
    return () => {
      element.removeEventListener('pointermove', onMove)
      element.removeEventListener('pointerleave', onLeave)
    }
  }, [wrapper, flowStore])
  return hovered
}

/**
 * React Flow's selection box handlers for far zoom: the box takes the elements the far layer draws
 * wholly inside it, and the connections of those (as React Flow's own box selection does with its
 * nodes). The box's extent is kept while it is drawn: React Flow forgets it before telling that
 * the box was let go.
 */
export function useFarSelectionBox(flowStore: FlowStore): {
  onSelectionStart: () => void
  onSelectionEnd: () => void
} {
  const box = useRef<Rect | null>(null)
  useEffect(
    () =>
      flowStore.subscribe((s) => {
        const rect = s.userSelectionActive ? s.userSelectionRect : null
        if (!rect) return
        const [tx, ty, zoom] = s.transform
        box.current = {
          x: (rect.x - tx) / zoom,
          y: (rect.y - ty) / zoom,
          width: rect.width / zoom,
          height: rect.height / zoom,
        }
      }),
    [flowStore],
  )
  const onSelectionStart = useCallback(() => {
    box.current = null
  }, [])
  const onSelectionEnd = useCallback(() => {
    const drawn = box.current
    box.current = null
    if (!drawn || !isFar(flowStore.getState())) return
    const scene = currentScene()
    const ids = new Set(elementsInside(scene, drawn).map((e) => e.id))
    selectOnly(ids, connectionsOf(scene, ids))
  }, [flowStore])
  return { onSelectionStart, onSelectionEnd }
}

/** At far zoom, the element a connection was dropped on (undefined elsewhere or on empty canvas). */
export function farDropTarget(state: Where, event: MouseEvent | TouchEvent): string | undefined {
  const point = 'clientX' in event ? event : event.changedTouches[0]
  if (!isFar(state) || !point) return undefined
  return elementAt(currentScene(), canvasPoint(state, point.clientX, point.clientY))?.id
}
