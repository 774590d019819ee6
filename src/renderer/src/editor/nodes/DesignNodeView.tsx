// The node drawn for every element kind: an icon drawn for the kind, the element's name, the phase
// it appears in (PhaseMarker), a short kind tag and the essentials (site code and type, server FQDN/OS, MP protocol and CMG traffic, CMG
// size × count and region…). Containers (site, server, subscription) draw a header band with room
// below for their children and a resize grip when selected; notes look like sticky notes (text edited
// in place, resizable from the same grip when selected). Each node has a small "connect" handle (a
// button: drag it to draw a connection, or activate it to choose the other end from a list) and a
// whole-node drop target used while a connection is drawn. Below 25 % zoom (zoom-level.ts) it
// draws a FarNodeView box instead, unless the element is being renamed.
// Memoised: React Flow hands it the same node until the element's place, size, kind, parent or name
// changes; anything else it reads from the document with useElement. Runs in the renderer.
import { memo, type SyntheticEvent } from 'react'
import {
  Handle,
  NodeResizeControl,
  Position,
  useStore,
  type NodeProps,
  type ReactFlowState,
} from '@xyflow/react'
import { KINDS, summaryOf, tagOf, type SummaryLine } from '../../../../shared/kinds'
import { openConnectDialog } from '../../store/connect-dialog'
import { connectionPartners } from '../../design/connection-rules'
import { indexNodes, isContainer, minimumContainerSize, parentIds } from '../../design/geometry'
import { NODE_KINDS, type NodeKind } from '../../../../shared/model/schema'
import type { DesignDocument } from '../../../../shared/model/document'
import { useDocument, type DocumentState } from '../../store/document'
import { useElement } from '../../store/element-content'
import { useUi } from '../../store/ui'
import { InlineNameEditor, InlineNoteEditor } from './InlineEdit'
import type { DesignFlowNode } from '../flow-elements'
import { isFar } from '../zoom-level'
import { KindIcon } from './KindIcon'
import { FarNodeView } from './FarNodeView'
import { NodeStatus } from './NodeStatus'
import { PhaseMarker } from './PhaseMarker'
import { noteNodeRender } from './render-probe'

const minimumSizes = new WeakMap<DesignDocument, Map<string, string>>()

/**
 * The smallest size a selected container may be resized to, as "width×height" (a stable
 * primitive), computed once per document object so drag frames do not recompute it.
 */
function minimumSizeKey(state: DocumentState, id: string): string {
  let cache = minimumSizes.get(state.doc)
  if (!cache) {
    cache = new Map()
    minimumSizes.set(state.doc, cache)
  }
  let key = cache.get(id)
  if (key === undefined) {
    const index = indexNodes(state.doc)
    const node = index.get(id)
    const min = node ? minimumContainerSize(index, node) : { width: 160, height: 80 }
    key = `${min.width}×${min.height}`
    cache.set(id, key)
  }
  return key
}

function ResizeGrip({ id }: { id: string }) {
  const key = useDocument((s) => minimumSizeKey(s, id))
  const [minWidth, minHeight] = key.split('×').map(Number)
  return (
    <NodeResizeControl
      className="resize-grip"
      position="bottom-right"
      minWidth={minWidth ?? 160}
      minHeight={minHeight ?? 80}
      aria-label="Resize"
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M11 3 3 11M11 7 7 11" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </NodeResizeControl>
  )
}

/** Kinds that can start a connection (the others get no "connect" dot). */
const CONNECTABLE: ReadonlySet<NodeKind> = new Set(NODE_KINDS.filter((k) => connectionPartners(k).length > 0))

const toneClass = (line: SummaryLine) => (line.tone ? ` tone-${line.tone}` : '')

export function SummaryLines({ lines, oneLine }: { lines: readonly SummaryLine[]; oneLine: boolean }) {
  if (oneLine)
    return (
      <div className="node-line is-parts" title={lines.map((l) => l.title ?? l.text).join(' · ')}>
        {lines.map((line, i) => (
          <span key={i} className={`node-part${toneClass(line)}`}>
            {line.text}
          </span>
        ))}
      </div>
    )
  return lines.map((line, i) => (
    <div key={i} className={`node-line${toneClass(line)}`} title={line.title ?? line.text}>
      {line.text}
    </div>
  ))
}

const EMPTY_HINT: Readonly<Partial<Record<NodeKind, string>>> = {
  site: 'Drop servers here',
  server: 'Drop roles here',
  azureSubscription: 'Drop a CMG here',
}

/** A faint hint inside a container that holds nothing yet. */
function EmptyContainerHint({ id, kind }: { id: string; kind: NodeKind }) {
  const empty = useDocument((s) => !parentIds(s.doc).has(id))
  return empty ? <div className="container-hint">{EMPTY_HINT[kind]}</div> : null
}

const FAR = 1
const CONNECT_SOURCE = 2

/**
 * What the node needs from React Flow's store, as one number so each node has one subscription:
 * far zoom (draw a box) and "a connection is being drawn from this node". Read straight from the
 * store: useConnection's selector copies the connection state on every store update, for every node
 * (docs/performance.md).
 */
const flowFlags = (s: ReactFlowState, id: string): number =>
  (isFar(s) ? FAR : 0) | (s.connection.inProgress && s.connection.fromNode.id === id ? CONNECT_SOURCE : 0)

/** Enter or Space on a focused connect handle, like a button. */
const ACTIVATION_KEYS: ReadonlySet<string> = new Set(['Enter', ' '])

/**
 * The "connect" dots: every node takes connections; CONNECTABLE kinds also start them. The outgoing
 * dot is also a button: dragging it draws a connection, while a click without a drag, Enter or Space
 * opens the "Connect to…" dialog for the element.
 */
function NodeHandles({ id, kind, name }: { id: string; kind: NodeKind; name: string }) {
  const openDialog = (event: SyntheticEvent) => {
    event.stopPropagation()
    openConnectDialog(id)
  }
  return (
    <>
      <Handle
        type="target"
        id="in"
        position={Position.Left}
        className="cmg-handle-in"
        isConnectableStart={false}
      />
      {CONNECTABLE.has(kind) ? (
        <Handle
          type="source"
          id="out"
          position={Position.Right}
          className="cmg-handle-out"
          role="button"
          tabIndex={0}
          aria-label={`Connect ${name} to…`}
          title="Drag to another element to connect, or press Enter to choose one from a list"
          onClick={openDialog}
          onKeyDown={(event) => {
            if (!ACTIVATION_KEYS.has(event.key)) return
            event.preventDefault()
            openDialog(event)
          }}
        />
      ) : null}
    </>
  )
}

function DesignNodeView({ id, data, selected }: NodeProps<DesignFlowNode>) {
  noteNodeRender(id)
  const node = useElement(id) ?? data.node
  const info = KINDS[node.kind]
  const container = isContainer(node.kind)
  const flags = useStore((s: ReactFlowState) => flowFlags(s, id))
  const editing = useUi((s) => s.editingNodeId === id)
  const name = node.name.trim() === '' ? info.label : node.name
  if (flags & FAR && !editing)
    return (
      <FarNodeView id={id} kind={node.kind} name={name}>
        <NodeHandles id={id} kind={node.kind} name={name} />
      </FarNodeView>
    )
  const summary = summaryOf(node)
  const classes = ['cmg-node', `kind-${node.kind}`, container ? 'is-container' : 'is-leaf']
  if (flags & CONNECT_SOURCE) classes.push('is-connect-source')

  if (node.kind === 'note') {
    return (
      <div className={classes.join(' ')}>
        <div className="note-head">
          <KindIcon kind="note" size={16} />
          <span className="node-name">{name}</span>
          <NodeStatus nodeId={id} />
        </div>
        {editing ? (
          <InlineNoteEditor nodeId={id} text={node.props.text} />
        ) : (
          <p className={`note-text${summary[0]?.tone === 'muted' ? ' is-muted' : ''}`}>{summary[0]?.text}</p>
        )}
        {selected ? <ResizeGrip id={id} /> : null}
        <NodeHandles id={id} kind="note" name={name} />
      </div>
    )
  }

  return (
    <div className={classes.join(' ')}>
      <div className="node-head">
        <span className="node-icon">
          <KindIcon kind={node.kind} size={container ? 22 : 18} />
        </span>
        <div className="node-titles">
          <div className="node-title-row">
            {editing ? (
              <InlineNameEditor nodeId={id} name={node.name} />
            ) : (
              <span className="node-name" title={name}>
                {name}
              </span>
            )}
            <span className="node-kind">{tagOf(node)}</span>
          </div>
          <SummaryLines lines={summary} oneLine={KINDS[node.kind].oneLine} />
        </div>
        <NodeStatus nodeId={id} />
      </div>
      <PhaseMarker id={id} />
      {container ? <EmptyContainerHint id={id} kind={node.kind} /> : null}
      {container && selected ? <ResizeGrip id={id} /> : null}
      <NodeHandles id={id} kind={node.kind} name={name} />
    </div>
  )
}

export default memo(DesignNodeView)
