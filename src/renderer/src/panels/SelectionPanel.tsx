// Read-only "Selection" panel (right): the selected element's kind, name, place and properties,
// the selected connection, a multi-selection summary, or the design's settings when nothing is
// selected. The inspector with editable forms replaces it later. Runs in the renderer.
import type { ReactNode } from 'react'
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignEdge, DesignNode } from '../../../shared/model/schema'
import { EDGE_KIND_INFO, KIND_INFO } from '../design/kind-info'
import { KindIcon } from '../editor/nodes/KindIcon'
import { useDocument } from '../store/document'
import { useSelection } from '../store/selection'

/** "allowCmgTraffic" → "Allow cmg traffic" */
function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return value.toLocaleString('en-US')
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatValue(v)).join(', ')
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${humanise(k)}: ${formatValue(v)}`)
      .join('; ')
  return String(value)
}

function Properties({ entries }: { entries: readonly [string, ReactNode][] }) {
  return (
    <dl className="properties">
      {entries.map(([label, value]) => (
        <div key={label} className="property">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

const nameOf = (n: DesignNode | undefined) =>
  n ? (n.name.trim() === '' ? KIND_INFO[n.kind].label : n.name) : '—'

function NodeDetails({ node, doc }: { node: DesignNode; doc: DesignDocument }) {
  const parent = node.parentId === undefined ? undefined : doc.nodes.find((n) => n.id === node.parentId)
  const phase = node.phase === undefined ? undefined : doc.design.phases.find((p) => p.id === node.phase)
  const props = Object.entries(node.props as Record<string, unknown>).map(
    ([k, v]) => [humanise(k), formatValue(v)] as [string, ReactNode],
  )
  return (
    <>
      <div className={`selection-heading kind-${node.kind}`}>
        <KindIcon kind={node.kind} size={22} />
        <div>
          <div className="selection-kind">{KIND_INFO[node.kind].label}</div>
          <div className="selection-name">{nameOf(node)}</div>
        </div>
      </div>
      <Properties
        entries={[
          ['Id', <code key="id">{node.id}</code>],
          ...(parent ? ([['Inside', nameOf(parent)]] as [string, ReactNode][]) : []),
          ...(phase ? ([['Phase', phase.name]] as [string, ReactNode][]) : []),
        ]}
      />
      <h3 className="panel-subtitle">Properties</h3>
      {props.length === 0 ? (
        <p className="panel-note">No properties of its own.</p>
      ) : (
        <Properties entries={props} />
      )}
    </>
  )
}

function EdgeDetails({ edge, doc }: { edge: DesignEdge; doc: DesignDocument }) {
  const source = doc.nodes.find((n) => n.id === edge.source)
  const target = doc.nodes.find((n) => n.id === edge.target)
  return (
    <>
      <div className="selection-heading">
        <div>
          <div className="selection-kind">Connection</div>
          <div className="selection-name">{EDGE_KIND_INFO[edge.kind].label}</div>
        </div>
      </div>
      <Properties
        entries={[
          ['From', nameOf(source)],
          ['To', nameOf(target)],
          ['Id', <code key="id">{edge.id}</code>],
        ]}
      />
    </>
  )
}

function DesignDetails({ doc }: { doc: DesignDocument }) {
  const d = doc.design
  return (
    <>
      <div className="selection-heading">
        <div>
          <div className="selection-kind">Design</div>
          <div className="selection-name">{d.name}</div>
        </div>
      </div>
      <Properties
        entries={[
          ['ConfigMgr version', String(d.cmVersion)],
          ['Environment', d.environment === 'lab' ? 'Lab' : 'Production'],
          ['Evaluation date', d.evaluationDate ?? '—'],
          ['Elements', doc.nodes.length.toLocaleString('en-US')],
          ['Connections', doc.edges.length.toLocaleString('en-US')],
          ['Phases', d.phases.length === 0 ? '—' : d.phases.map((p) => p.name).join(' → ')],
        ]}
      />
      {d.notes.trim() === '' ? null : <p className="panel-note design-notes">{d.notes}</p>}
      <p className="panel-note">Select an element to see its properties.</p>
    </>
  )
}

export function SelectionPanel() {
  const doc = useDocument((s) => s.doc)
  const nodeIds = useSelection((s) => s.nodeIds)
  const edgeIds = useSelection((s) => s.edgeIds)
  const count = nodeIds.size + edgeIds.size
  let body: ReactNode
  if (count === 0) body = <DesignDetails doc={doc} />
  else if (count > 1) {
    const names = doc.nodes.filter((n) => nodeIds.has(n.id)).map(nameOf)
    body = (
      <>
        <div className="selection-heading">
          <div>
            <div className="selection-kind">Selection</div>
            <div className="selection-name">{count} items selected</div>
          </div>
        </div>
        <ul className="selection-list">
          {names.slice(0, 30).map((n, i) => (
            <li key={i}>{n}</li>
          ))}
          {edgeIds.size > 0 ? <li>{edgeIds.size} connection(s)</li> : null}
        </ul>
      </>
    )
  } else {
    const node = doc.nodes.find((n) => nodeIds.has(n.id))
    const edge = doc.edges.find((e) => edgeIds.has(e.id))
    body = node ? <NodeDetails node={node} doc={doc} /> : edge ? <EdgeDetails edge={edge} doc={doc} /> : null
  }
  return (
    <section className="selection-panel" aria-label="Selection">
      <h2 className="panel-title">Selection</h2>
      {body}
    </section>
  )
}
