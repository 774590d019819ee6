// The inspector for one selected element: its kind (icon and label) and name as a heading, then
// the name, the phase it appears in and where it sits, its properties as a form generated from the
// kind's zod schema (grouped and ordered by design/field-meta.ts), and its connections, each with
// a button to go to the other end and one to delete it. Subscribes to that element only (and to
// the edges for its connections). A field another panel asks to show ("Show the field" on a
// finding) is scrolled into view and focused. Runs in the renderer.
import { useMemo, useRef } from 'react'
import type { DesignDocument } from '../../../../shared/model/document'
import { PROPS_BY_KIND, type DesignNode, type NodeKind, type Phase } from '../../../../shared/model/schema'
import { effectivePhaseOf } from '../../../../shared/picture/design-at-phase'
import { KIND_FORMS } from '../../design/field-meta'
import { CONNECTION_KINDS } from '../../../../shared/kinds/connections'
import { KINDS } from '../../../../shared/kinds'
import { describeFields, patchAt, type FieldDescriptor } from '../../design/schema-fields'
import { shortcutText } from '../../components/shortcut-text'
import { KindIcon } from '../../editor/nodes/KindIcon'
import {
  deleteElements,
  renameNode,
  setNodesPhase,
  updateNodeProps,
  useDocument,
  type ActionResult,
} from '../../store/document'
import { useRevealNode } from '../reveal'
import { useRequestedField } from '../requested-field'
import { CloseGlyph, type FieldContext } from './fields'
import { FieldRow, useFieldIds } from './FieldRow'
import { FormGroup, SchemaForm } from './SchemaForm'
import { useCommitError, useDraft } from './use-draft'

const fieldsByKind = new Map<NodeKind, readonly FieldDescriptor[]>()

/** The generated fields of a kind's props (described once per kind). */
export function kindFields(kind: NodeKind): readonly FieldDescriptor[] {
  let fields = fieldsByKind.get(kind)
  if (!fields) {
    fields = describeFields(PROPS_BY_KIND[kind])
    fieldsByKind.set(kind, fields)
  }
  return fields
}

const nodeIndexes = new WeakMap<DesignDocument, Map<string, DesignNode>>()

/** The node with `id`, found through an index built once per document object. */
export function nodeById(doc: DesignDocument, id: string): DesignNode | undefined {
  let index = nodeIndexes.get(doc)
  if (!index) {
    index = new Map(doc.nodes.map((n) => [n.id, n]))
    nodeIndexes.set(doc, index)
  }
  return index.get(id)
}

export const displayName = (node: Pick<DesignNode, 'kind' | 'name'>) =>
  node.name.trim() === '' ? KINDS[node.kind].label : node.name

function NameField({ node }: { node: DesignNode }) {
  const draft = useDraft(node.name, (text) => {
    const result = renameNode(node.id, text)
    return result.ok ? null : result.reason
  })
  const ids = useFieldIds(undefined, draft.error)
  return (
    <FieldRow ids={ids} label="Name" help={undefined} error={draft.error}>
      <input
        id={ids.input}
        className={`insp-input${draft.dirty ? ' is-dirty' : ''}`}
        value={draft.text}
        maxLength={128}
        spellCheck={false}
        placeholder={KINDS[node.kind].label}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => draft.change(e.currentTarget.value)}
        onBlur={draft.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.commit()
          else if (e.key === 'Escape' && draft.revert()) e.stopPropagation()
        }}
      />
    </FieldRow>
  )
}

const ALL_PHASES = ''
const MIXED = '\u0000mixed'

/**
 * For one element that in effect appears at a later phase than its own because of its container
 * (a CMG inside a Pilot subscription): says so, naming the container.
 */
function useInheritedPhase(nodeIds: readonly string[], phases: readonly Phase[]): string | undefined {
  const [only] = nodeIds
  const doc = useDocument((s) => s.doc)
  const effective = useMemo(
    () =>
      only !== undefined && nodeIds.length === 1
        ? effectivePhaseOf(doc, only, (id) => nodeById(doc, id))
        : undefined,
    [doc, only, nodeIds.length],
  )
  if (!effective || effective.fromId === only) return undefined
  const phase = phases.find((p) => p.id === effective.phaseId)
  const container = nodeById(doc, effective.fromId)
  const phaseName = phase && phase.name !== '' ? phase.name : effective.phaseId
  return `Appears at ${phaseName}, with ${container?.name || 'its container'}.`
}

/**
 * The design phase elements appear in ("All phases" when none). For several elements in different
 * phases it shows "Mixed" until one is chosen.
 */
export function PhaseField(props: {
  readonly nodeIds: readonly string[]
  readonly value: string | undefined | null
  readonly phases: readonly Phase[]
}) {
  const { nodeIds, value, phases } = props
  const current = value === null ? MIXED : (value ?? ALL_PHASES)
  const { error, report } = useCommitError(current)
  const help =
    'The first phase the element appears in when presenting step by step; phases are edited in the design settings.'
  const ids = useFieldIds(help, error)
  const inherited = useInheritedPhase(nodeIds, phases)
  const choose = (chosen: string) => {
    const result: ActionResult = setNodesPhase(nodeIds, chosen === ALL_PHASES ? undefined : chosen)
    report(result.ok ? null : result.reason)
  }
  return (
    <FieldRow ids={ids} label="Phase" help={help} error={error} note={inherited}>
      <select
        id={ids.input}
        className="insp-input"
        value={current}
        title={help}
        aria-describedby={ids.describedBy}
        onChange={(e) => choose(e.currentTarget.value)}
      >
        {current === MIXED ? (
          <option value={MIXED} disabled>
            Mixed
          </option>
        ) : null}
        <option value={ALL_PHASES}>All phases</option>
        {phases.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name === '' ? p.id : p.name}
          </option>
        ))}
      </select>
    </FieldRow>
  )
}

function Connections({ nodeId }: { nodeId: string }) {
  const edges = useDocument((s) => s.doc.edges)
  const doc = useDocument((s) => s.doc)
  const reveal = useRevealNode()
  const mine = useMemo(() => edges.filter((e) => e.source === nodeId || e.target === nodeId), [edges, nodeId])
  return (
    <FormGroup title="Connections">
      {mine.length === 0 ? (
        <p className="inspector-empty">
          No connections. Drag from the element’s connect dot to draw one, or press{' '}
          {shortcutText('edit.connect')} to choose the other end from a list.
        </p>
      ) : (
        <ul className="connection-list">
          {mine.map((edge) => {
            const outgoing = edge.source === nodeId
            const other = nodeById(doc, outgoing ? edge.target : edge.source)
            const role = CONNECTION_KINDS[edge.kind][outgoing ? 'outgoing' : 'incoming']
            const otherName = other ? displayName(other) : '—'
            return (
              <li key={edge.id} className="connection-item">
                <span className="connection-role">{role}</span>
                {other ? (
                  <button
                    type="button"
                    className="insp-link connection-other"
                    title={`Select ${KINDS[other.kind].label.toLowerCase()} ${otherName}`}
                    onClick={() => reveal(other.id)}
                  >
                    <KindIcon kind={other.kind} size={14} />
                    <span>{otherName}</span>
                  </button>
                ) : (
                  <span className="connection-other">{otherName}</span>
                )}
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={`Delete connection: ${role} ${otherName}`}
                  title="Delete connection"
                  onClick={() => deleteElements([], [edge.id])}
                >
                  <CloseGlyph />
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </FormGroup>
  )
}

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useDocument((s) => nodeById(s.doc, nodeId))
  const parent = useDocument((s) =>
    node?.parentId === undefined ? undefined : nodeById(s.doc, node.parentId),
  )
  const phases = useDocument((s) => s.doc.design.phases)
  const tenants = useDocument((s) => s.doc.design.tenants)
  const context: FieldContext = useMemo(() => ({ tenants, currency: '' }), [tenants])
  const container = useRef<HTMLDivElement>(null)
  useRequestedField(nodeId, container)
  if (!node) return null
  const info = KINDS[node.kind]
  const form = KIND_FORMS[node.kind]
  const commit = (path: readonly string[], value: unknown) =>
    updateNodeProps(node.id, patchAt(node.props as Record<string, unknown>, path, value))
  return (
    <div ref={container} className="inspector-form">
      <div className={`inspector-heading kind-${node.kind}`}>
        <span className="inspector-heading-icon">
          <KindIcon kind={node.kind} size={20} />
        </span>
        <div className="inspector-heading-text">
          <div className="inspector-heading-kind">{info.label}</div>
          <div className="inspector-heading-name">{displayName(node)}</div>
        </div>
      </div>
      <FormGroup title="General">
        <NameField node={node} />
        <PhaseField nodeIds={[node.id]} value={node.phase} phases={phases} />
        <dl className="inspector-facts">
          {parent ? (
            <div className="property">
              <dt>Inside</dt>
              <dd>{displayName(parent)}</dd>
            </div>
          ) : null}
          <div className="property">
            <dt>Id</dt>
            <dd>
              <code>{node.id}</code>
            </dd>
          </div>
        </dl>
      </FormGroup>
      {form.groups.length === 0 ? (
        <p className="inspector-empty">
          {info.label} has no settings of its own; its connections say what it serves.
        </p>
      ) : (
        <SchemaForm
          fields={kindFields(node.kind)}
          form={form}
          root={node.props}
          commit={commit}
          context={context}
        />
      )}
      <Connections nodeId={node.id} />
    </div>
  )
}
