// Bench page B1: bare React Flow drawing the generated design with OUR node and edge components
// and node types (the same objects the app's canvas derives), in the app's canvas styles and with
// its far-zoom drawing (the canvas's `is-far` class below 25 % zoom), but with
// React Flow's plain controlled state instead of the editor: no document/selection plumbing on
// changes, no worker, no panels. APP − B1 is the cost of our state and validation plumbing; B1 − B0
// the cost of our node and edge drawing. The document store is loaded with the design only because
// a few node details (a container's "empty" hint) read it. Runs in the browser
// (out/bench-pages/b1.html).
import { ReactFlow, ReactFlowProvider, useStore, type EdgeTypes, type NodeTypes } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import '../../src/renderer/src/styles/theme.css'
import '../../src/renderer/src/styles/canvas.css'
import { NODE_KINDS } from '../../src/shared/model/schema'
import { isFar } from '../../src/renderer/src/editor/zoom-level'
import DesignEdgeView from '../../src/renderer/src/editor/edges/DesignEdgeView'
import {
  FlowEdgeCache,
  FlowNodeCache,
  type DesignFlowEdge,
  type DesignFlowNode,
} from '../../src/renderer/src/editor/flow-elements'
import DesignNodeView from '../../src/renderer/src/editor/nodes/DesignNodeView'
import { loadOpened } from '../../src/renderer/src/store/document'
import {
  FIT_VIEW_OPTIONS,
  MAX_ZOOM,
  MIN_ZOOM,
  readBenchQuery,
  mountBenchPage,
  useControlledFlow,
  type BenchQuery,
} from './bench-page'

function initialElements({ doc }: BenchQuery) {
  return {
    nodes: new FlowNodeCache().derive(doc.nodes, new Set(), { positions: new Map(), sizes: new Map() }),
    edges: new FlowEdgeCache().derive(doc.edges, doc.nodes, new Set()),
  }
}

const nodeTypes: NodeTypes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, DesignNodeView]))
const edgeTypes: EdgeTypes = { design: DesignEdgeView }

function OurNodesFlow({ initial }: { initial: { nodes: DesignFlowNode[]; edges: DesignFlowEdge[] } }) {
  const flow = useControlledFlow(initial.nodes, initial.edges)
  const far = useStore(isFar)
  return (
    <div className={far ? 'canvas is-far' : 'canvas'}>
      <ReactFlow
        {...flow}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        aria-label="B1 canvas"
      />
    </div>
  )
}

const query = readBenchQuery()
loadOpened({ ok: true, handle: 'bench', fileName: 'bench', hasFile: false, dirty: false, doc: query.doc })
mountBenchPage(
  query,
  <ReactFlowProvider>
    <OurNodesFlow initial={initialElements(query)} />
  </ReactFlowProvider>,
)
