// Bench page B0, the "physical limit": bare React Flow with its default nodes and edges, showing the
// generated design's elements (same ids, positions, sizes and nesting as the app) with their names
// as labels. No app stores, no worker, no minimap or controls: the fastest our stack can draw and
// drag these nodes. Runs in the browser (out/bench-pages/b0.html).
import { ReactFlow, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { FlowNodeCache } from '../../src/renderer/src/editor/flow-elements'
import {
  FIT_VIEW_OPTIONS,
  MAX_ZOOM,
  MIN_ZOOM,
  readBenchQuery,
  mountBenchPage,
  useControlledFlow,
  type BenchQuery,
} from './bench-page'

type LabelNode = Node<{ label: string }>

function initialElements({ doc }: BenchQuery): { nodes: LabelNode[]; edges: Edge[] } {
  // The app's own node derivation gives the parent-first order, sizes and nesting; B0 keeps only
  // what a default node needs.
  const designNodes = new FlowNodeCache().derive(doc.nodes, new Set(), {
    positions: new Map(),
    sizes: new Map(),
  })
  const nodes = designNodes.map((n): LabelNode => {
    const node: LabelNode = {
      id: n.id,
      position: n.position,
      data: { label: n.data.node.name },
      width: n.width,
      height: n.height,
    }
    if (n.parentId !== undefined) {
      node.parentId = n.parentId
      node.extent = 'parent'
    }
    if (n.zIndex !== undefined) node.zIndex = n.zIndex
    return node
  })
  const edges = doc.edges.map((e): Edge => ({ id: e.id, source: e.source, target: e.target }))
  return { nodes, edges }
}

function BareFlow({ initial }: { initial: { nodes: LabelNode[]; edges: Edge[] } }) {
  const flow = useControlledFlow(initial.nodes, initial.edges)
  return (
    <ReactFlow
      {...flow}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      aria-label="B0 canvas"
    />
  )
}

const query = readBenchQuery()
mountBenchPage(query, <BareFlow initial={initialElements(query)} />)
