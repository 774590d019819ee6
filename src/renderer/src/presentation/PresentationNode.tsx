// An element as presented: the same look as on the editing canvas (icon, name, kind tag, the
// essentials) without handles, grips or in-place editing, plus what the audience needs at this
// step beside the name: "New" on the elements this phase adds and the element's worst finding of
// this step (severity icon and count). The step's data comes from context, so the nodes need no
// store. Runs in the renderer.
import { createContext, memo, useContext } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import type { Severity } from '../../../shared/rules/types'
import { KINDS, summaryOf, tagOf } from '../../../shared/kinds'
import { isContainer } from '../design/geometry'
import type { DesignFlowNode } from '../editor/flow-elements'
import { SummaryLines } from '../editor/nodes/DesignNodeView'
import { KindIcon } from '../editor/nodes/KindIcon'
import { StateIcon, presentCountLabel } from '../components/SeverityIcon'
import './PresentationNode.css'

export interface NodeVerdict {
  readonly severity: Severity
  readonly count: number
}

export interface StepNodeInfo {
  /** Worst unsuppressed finding per element at this step. */
  readonly verdicts: ReadonlyMap<string, NodeVerdict>
  /** The outermost elements this step adds (marked "New"; what is inside them is new too). */
  readonly newIds: ReadonlySet<string>
  /** The step's name, for "New in Pilot". */
  readonly stepName: string
}

export const StepNodeContext = createContext<StepNodeInfo>({
  verdicts: new Map(),
  newIds: new Set(),
  stepName: '',
})

/**
 * What this step says about the element, beside its name: "New" when the phase adds it, and its
 * worst finding as the severity's icon with the number of such findings (the words are in the
 * tooltip, the accessible name and the summary panel).
 */
function StepChips({ id }: { id: string }) {
  const { verdicts, newIds, stepName } = useContext(StepNodeContext)
  const verdict = verdicts.get(id)
  const isNew = newIds.has(id)
  if (!verdict && !isNew) return null
  const words = verdict ? presentCountLabel(verdict.severity, verdict.count) : ''
  return (
    <span className="present-chips">
      {isNew ? (
        <span className="present-chip is-new" title={`New in ${stepName}`}>
          New
        </span>
      ) : null}
      {verdict ? (
        <span className={`present-chip sev-${verdict.severity}`} title={words} role="img" aria-label={words}>
          <StateIcon name={verdict.severity} size={13} />
          {verdict.count}
        </span>
      ) : null}
    </span>
  )
}

/**
 * React Flow draws an edge only between nodes with handles: these are invisible and inert (the
 * edges themselves pick the facing sides of the two elements).
 */
function EdgeAnchors() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="present-anchor" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="present-anchor" />
    </>
  )
}

function PresentationNode({ id, data }: NodeProps<DesignFlowNode>) {
  const node = data.node
  const info = KINDS[node.kind]
  const container = isContainer(node.kind)
  const name = node.name.trim() === '' ? info.label : node.name
  const summary = summaryOf(node)
  const classes = ['cmg-node', `kind-${node.kind}`, container ? 'is-container' : 'is-leaf']
  const { verdicts, newIds } = useContext(StepNodeContext)
  // The chips take the kind tag's place, so the name keeps its room (the icon still names the kind).
  const hasChips = verdicts.has(id) || newIds.has(id)

  if (node.kind === 'note')
    return (
      <div className={classes.join(' ')}>
        <div className="note-head">
          <KindIcon kind="note" size={16} />
          <span className="node-name">{name}</span>
          <StepChips id={id} />
        </div>
        <p className={`note-text${summary[0]?.tone === 'muted' ? ' is-muted' : ''}`}>{summary[0]?.text}</p>
        <EdgeAnchors />
      </div>
    )

  return (
    <div className={classes.join(' ')}>
      <div className="node-head">
        <span className="node-icon">
          <KindIcon kind={node.kind} size={container ? 22 : 18} />
        </span>
        <div className="node-titles">
          <div className="node-title-row">
            <span className="node-name" title={name}>
              {name}
            </span>
            <StepChips id={id} />
            {hasChips ? null : <span className="node-kind">{tagOf(node)}</span>}
          </div>
          <SummaryLines lines={summary} oneLine={KINDS[node.kind].oneLine} />
        </div>
      </div>
      <EdgeAnchors />
    </div>
  )
}

export default memo(PresentationNode)
