// What the inspector shows when the selection is not a single element: one connection (its kind,
// both ends and a delete button) or several items (how many of each kind, the phase they appear in,
// and delete). Runs in the renderer.
import { useMemo } from 'react'
import { KINDS } from '../../../../shared/kinds'
import { EDGE_KIND_INFO } from '../../design/kind-info'
import { KindIcon } from '../../editor/nodes/KindIcon'
import { runCommand } from '../../commands'
import { deleteElements, useDocument } from '../../store/document'
import { useRevealNode } from '../reveal'
import { displayName, nodeById, PhaseField } from './NodeInspector'
import { FormGroup } from './SchemaForm'

function EndButton({ nodeId }: { nodeId: string }) {
  const node = useDocument((s) => nodeById(s.doc, nodeId))
  const reveal = useRevealNode()
  if (!node) return <span>—</span>
  return (
    <button type="button" className="insp-link" onClick={() => reveal(node.id)}>
      <KindIcon kind={node.kind} size={14} />
      <span>{displayName(node)}</span>
    </button>
  )
}

export function EdgeSummary({ edgeId }: { edgeId: string }) {
  const edge = useDocument((s) => s.doc.edges.find((e) => e.id === edgeId))
  if (!edge) return null
  return (
    <>
      <div className="inspector-heading">
        <div className="inspector-heading-text">
          <div className="inspector-heading-kind">Connection</div>
          <div className="inspector-heading-name">{EDGE_KIND_INFO[edge.kind].label}</div>
        </div>
      </div>
      <FormGroup title="Ends">
        <dl className="inspector-facts">
          <div className="property">
            <dt>From</dt>
            <dd>
              <EndButton nodeId={edge.source} />
            </dd>
          </div>
          <div className="property">
            <dt>To</dt>
            <dd>
              <EndButton nodeId={edge.target} />
            </dd>
          </div>
          <div className="property">
            <dt>Id</dt>
            <dd>
              <code>{edge.id}</code>
            </dd>
          </div>
        </dl>
        <div className="inspector-actions">
          <button type="button" className="button is-danger" onClick={() => deleteElements([], [edge.id])}>
            Delete connection
          </button>
        </div>
      </FormGroup>
    </>
  )
}

export function MultiSummary({ nodeIds, edgeCount }: { nodeIds: ReadonlySet<string>; edgeCount: number }) {
  const doc = useDocument((s) => s.doc)
  const selected = useMemo(() => doc.nodes.filter((n) => nodeIds.has(n.id)), [doc, nodeIds])
  const kinds = useMemo(() => {
    const counts = new Map<string, number>()
    for (const n of selected) counts.set(KINDS[n.kind].label, (counts.get(KINDS[n.kind].label) ?? 0) + 1)
    return [...counts]
  }, [selected])
  const phases = new Set(selected.map((n) => n.phase))
  const commonPhase = phases.size === 1 ? [...phases][0] : null
  const total = nodeIds.size + edgeCount
  return (
    <>
      <div className="inspector-heading">
        <div className="inspector-heading-text">
          <div className="inspector-heading-kind">Selection</div>
          <div className="inspector-heading-name">{total} items selected</div>
        </div>
      </div>
      <FormGroup title="Selected">
        <ul className="kind-counts">
          {kinds.map(([label, count]) => (
            <li key={label}>
              <span>{label}</span>
              <span className="kind-count">{count}</span>
            </li>
          ))}
          {edgeCount > 0 ? (
            <li>
              <span>Connections</span>
              <span className="kind-count">{edgeCount}</span>
            </li>
          ) : null}
        </ul>
      </FormGroup>
      {selected.length > 0 ? (
        <FormGroup title="Common settings">
          <PhaseField nodeIds={selected.map((n) => n.id)} value={commonPhase} phases={doc.design.phases} />
        </FormGroup>
      ) : null}
      <div className="inspector-actions">
        <button type="button" className="button is-danger" onClick={() => runCommand('delete')}>
          Delete {total} items
        </button>
      </div>
    </>
  )
}
