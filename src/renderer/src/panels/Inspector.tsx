// The inspector (the side panel's Inspector tab): the design settings when nothing is selected,
// the editable form of a single selected element, a connection's ends, or a summary of a
// multi-selection. A "Help" toggle shows every field's help text under it (it is always available
// as a tooltip and to screen readers; whether it is on is held in store/inspector-help.ts). Runs in
// the renderer.
import { setInspectorHelpShown, useInspectorHelp } from '../store/inspector-help'
import { useSelection } from '../store/selection'
import { DesignSettings } from './DesignSettings'
import { ShowHelp } from './inspector/FieldRow'
import { NodeInspector } from './inspector/NodeInspector'
import { EdgeSummary, MultiSummary } from './inspector/SelectionSummaries'
import './Inspector.css'

export function Inspector() {
  const nodeIds = useSelection((s) => s.nodeIds)
  const edgeIds = useSelection((s) => s.edgeIds)
  const helpShown = useInspectorHelp((s) => s.shown)
  const count = nodeIds.size + edgeIds.size
  const [nodeId] = nodeIds
  const [edgeId] = edgeIds

  let body
  if (count === 0) body = <DesignSettings />
  else if (count > 1) body = <MultiSummary nodeIds={nodeIds} edgeCount={edgeIds.size} />
  else if (nodeId !== undefined) body = <NodeInspector key={nodeId} nodeId={nodeId} />
  else if (edgeId !== undefined) body = <EdgeSummary edgeId={edgeId} />

  return (
    <section className="inspector" aria-label={count === 0 ? 'Design settings' : 'Selection'}>
      <div className="inspector-bar">
        <h2 className="panel-title">{count === 0 ? 'Design settings' : 'Selection'}</h2>
        <button
          type="button"
          className={`help-toggle${helpShown ? ' is-on' : ''}`}
          aria-pressed={helpShown}
          title={helpShown ? 'Hide the help under each field' : 'Show help under each field'}
          onClick={() => setInspectorHelpShown(!helpShown)}
        >
          <span className="help-toggle-mark" aria-hidden="true">
            ?
          </span>
          Help
        </button>
      </div>
      <ShowHelp.Provider value={helpShown}>
        <div className="inspector-body">{body}</div>
      </ShowHelp.Provider>
    </section>
  )
}
