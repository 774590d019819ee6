// What the bare React Flow bench pages (B0, B1) share with each other and with the app: the query
// (`?n=<nodes>&seed=<seed>&w=<px>&h=<px>`), the generated design, the canvas size (the app's canvas
// box, so every page shows the same part of the design at the same zoom), the app's fit-view and
// zoom settings, the controlled React Flow state (applyNodeChanges, as React Flow's docs do it), and
// mounting: at once, or with `&defer=1` when the harness calls `window.__benchRender()` (so it can
// time drawing the design like the app's open). Runs in the bench pages (browser).
import { StrictMode, useCallback, useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react'
import '../../src/renderer/src/platform/zod-config'
import type { DesignDocument } from '../../src/shared/model/document'
import { generateDesign } from '../../src/shared/testing/generate-design'

import { FIT_MAX_ZOOM, MIN_ZOOM, VIEW_MARGIN, paddingFor } from '../../src/renderer/src/editor/zoom-level'

/** The app canvas's zoom range. */
export { MAX_ZOOM, MIN_ZOOM } from '../../src/renderer/src/editor/zoom-level'

/**
 * The app's fit of a large design (editor/zoom-level.ts `openingViewport`): the whole design, at
 * most FIT_MAX_ZOOM, VIEW_MARGIN pixels from every edge. The app also keeps clear of the boxes it
 * draws over the canvas (overview map, legend, controls); the bench pages draw none, so their view
 * can differ slightly from the app's (the harness places the app's dragged elements by geometry).
 */
export const FIT_VIEW_OPTIONS = {
  padding: paddingFor({ top: VIEW_MARGIN, right: VIEW_MARGIN, bottom: VIEW_MARGIN, left: VIEW_MARGIN }),
  minZoom: MIN_ZOOM,
  maxZoom: FIT_MAX_ZOOM,
}

export interface BenchQuery {
  readonly doc: DesignDocument
  readonly width: number
  readonly height: number
  readonly defer: boolean
}

declare global {
  interface Window {
    __benchRender?: () => void
  }
}

function positiveInteger(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name) ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`?${name}= must be a positive whole number`)
  return value
}

/** Reads the page's query and generates its design. */
export function readBenchQuery(): BenchQuery {
  const params = new URLSearchParams(window.location.search)
  return {
    doc: generateDesign(positiveInteger(params, 'n', 1000), positiveInteger(params, 'seed', 1)),
    width: positiveInteger(params, 'w', 1000),
    height: positiveInteger(params, 'h', 700),
    defer: params.get('defer') === '1',
  }
}

/** Sizes the page's root element like the app's canvas. */
export function sizeRoot(query: BenchQuery): HTMLElement {
  const root = document.getElementById('root')
  if (!root) throw new Error('the bench page has no #root element')
  Object.assign(root.style, { position: 'relative', width: `${query.width}px`, height: `${query.height}px` })
  return root
}

/** Renders the page's flow into its sized root: now, or when the harness asks (`&defer=1`). */
export function mountBenchPage(query: BenchQuery, flow: ReactNode): void {
  const render = () => createRoot(sizeRoot(query)).render(<StrictMode>{flow}</StrictMode>)
  if (query.defer) window.__benchRender = render
  else render()
}

/** Controlled nodes and edges, the way React Flow's documentation wires them. */
export function useControlledFlow<N extends Node, E extends Edge>(initialNodes: N[], initialEdges: E[]) {
  const [nodes, setNodes] = useState(initialNodes)
  const [edges, setEdges] = useState(initialEdges)
  const onNodesChange = useCallback(
    (changes: NodeChange<N>[]) => setNodes((n) => applyNodeChanges(changes, n)),
    [],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<E>[]) => setEdges((e) => applyEdgeChanges(changes, e)),
    [],
  )
  return { nodes, edges, onNodesChange, onEdgesChange }
}
