// What the bare React Flow bench pages (B0, B1) share with each other and with the app: the query
// (`?n=<nodes>&seed=<seed>&w=<px>&h=<px>`), the generated design, the canvas size (the app's canvas
// box, so every page shows the same part of the design at the same zoom), the app's fit-view and
// zoom settings, and the controlled React Flow state (applyNodeChanges, as React Flow's docs do it).
// Runs in the bench pages (browser).
import { useCallback, useState } from 'react'
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

/** The app canvas's fit-view options and zoom range (src/renderer/src/editor/Canvas.tsx). */
export const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.25 }
export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2.5

export interface BenchQuery {
  readonly doc: DesignDocument
  readonly width: number
  readonly height: number
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
  }
}

/** Sizes the page's root element like the app's canvas. */
export function sizeRoot(query: BenchQuery): HTMLElement {
  const root = document.getElementById('root')
  if (!root) throw new Error('the bench page has no #root element')
  Object.assign(root.style, { position: 'relative', width: `${query.width}px`, height: `${query.height}px` })
  return root
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
