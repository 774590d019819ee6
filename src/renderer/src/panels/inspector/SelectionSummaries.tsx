// What the inspector shows when the selection is not a single element: one connection (its kind,
// both ends and a delete button) or several items (how many of each kind, then the properties they
// all have, edited together, and delete). The bulk form uses the single-element inspector's field
// controls and validation: elements of one kind show every field of that kind, mixed kinds the
// fields every kind declares alike (the phase always); a field whose values differ says "Mixed",
// and a change sets it on every selected element as one undo step. Runs in the renderer.
import { useMemo } from 'react'
import { KINDS } from '../../../../shared/kinds'
import type { DesignNode, NodeKind } from '../../../../shared/model/schema'
import { commonValues, setPropOnAll, sharedFields } from '../../design/bulk-edit'
import { KIND_FORMS, type FieldGroup, type FormMeta } from '../../design/field-meta'
import { CONNECTION_KINDS } from '../../../../shared/kinds/connections'
import { flattenFields, patchAt, type FieldDescriptor } from '../../design/schema-fields'
import { KindIcon } from '../../editor/nodes/KindIcon'
import { runCommand } from '../../commands'
import { commitChange, deleteElements, useDocument } from '../../store/document'
import { useRevealNode } from '../reveal'
import { Field, type CommitField, type FieldContext } from './fields'
import { displayName, kindFields, nodeById, PhaseField } from './NodeInspector'
import { FormGroup } from './SchemaForm'
import './SelectionSummaries.css'

/** What a field whose selected elements hold different values shows. */
const MIXED = 'Mixed'

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
          <div className="inspector-heading-name">{CONNECTION_KINDS[edge.kind].label}</div>
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

/**
 * The properties several selected elements have in common, each set on all of them at once. A
 * typed field whose values differ is empty with "Mixed" as its placeholder, a select offers "Mixed"
 * until a value is chosen, and every such field says so under it.
 */
function BulkProperties({ nodes }: { nodes: readonly DesignNode[] }) {
  const tenants = useDocument((s) => s.doc.design.tenants)
  const context: FieldContext = useMemo(() => ({ tenants, currency: '' }), [tenants])
  const kinds = [...new Set(nodes.map((n) => n.kind))] as NodeKind[]
  const [firstKind] = kinds
  const fields = kinds.length === 1 && firstKind ? kindFields(firstKind) : sharedFields(kinds.map(kindFields))
  if (!firstKind || fields.length === 0) return null
  const kindForm = KIND_FORMS[firstKind]
  const groups: readonly FieldGroup[] =
    kinds.length === 1 ? kindForm.groups : [{ title: 'Shared properties', fields: fields.map((f) => f.key) }]
  const { root, mixed } = commonValues(
    fields,
    nodes.map((n) => n.props),
  )
  let shownRoot: Record<string, unknown> = root
  const formFields = { ...kindForm.fields }
  for (const field of flattenFields(fields)) {
    const dotted = field.path.join('.')
    if (!mixed.has(dotted)) continue
    if (field.control.kind === 'select')
      shownRoot = { ...shownRoot, ...patchAt(shownRoot, field.path, MIXED) }
    else formFields[dotted] = { label: field.key, ...formFields[dotted], placeholder: MIXED }
  }
  const form: FormMeta = { ...kindForm, fields: formFields }
  const ids = new Set(nodes.map((n) => n.id))
  const commit: CommitField = (path, value) => {
    const bulk = setPropOnAll(useDocument.getState().doc, ids, path, value)
    return bulk.ok ? commitChange(bulk.change) : bulk
  }
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const fieldView = (field: FieldDescriptor) => {
    const control = (
      <Field
        key={field.path.join('.')}
        field={field}
        form={form}
        root={shownRoot}
        commit={commit}
        context={context}
      />
    )
    if (!mixed.has(field.path.join('.'))) return control
    return (
      <div key={field.path.join('.')} className="bulk-field is-mixed">
        {control}
        <p className="bulk-mixed-note">
          Mixed: the selected elements differ. A value set here applies to all.
        </p>
      </div>
    )
  }
  return groups.map((group) => {
    const members = group.fields.flatMap((key) => byKey.get(key) ?? [])
    if (members.length === 0) return null
    const only = members.length === 1 ? members[0] : undefined
    const shown = only?.control.kind === 'fieldset' ? only.control.fields : members
    return (
      <FormGroup key={group.title} title={group.title}>
        {shown.map(fieldView)}
      </FormGroup>
    )
  })
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
        <>
          <FormGroup title="Common settings">
            <PhaseField nodeIds={selected.map((n) => n.id)} value={commonPhase} phases={doc.design.phases} />
          </FormGroup>
          <BulkProperties key={selected.map((n) => n.id).join(' ')} nodes={selected} />
        </>
      ) : null}
      <div className="inspector-actions">
        <button type="button" className="button is-danger" onClick={() => runCommand('delete')}>
          Delete {total} items
        </button>
      </div>
    </>
  )
}
