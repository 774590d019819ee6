// The open design and its edit history (zustand). Every user action is one committed step: it
// produces a new DesignDocument that shares every untouched node and edge object with the previous
// one (React Flow re-adopts only nodes whose object changed), bumps `revision`, and can be undone.
// Position and size changes during a drag or resize are held in `live` and committed once, at the
// end of the gesture. Dirty state compares content keys, so undoing back to the saved state makes
// the design clean again. Runs in the renderer.
import { create } from 'zustand'
import type { DesignDocument } from '../../../shared/model/document'
import {
  FORMAT_ID,
  FORMAT_VERSION,
  SCHEMA_VERSION,
  DesignDocument as DesignDocumentSchema,
  structuralIssues,
} from '../../../shared/model/document'
import {
  DesignSettings,
  PROPS_BY_KIND,
  Suppression,
  Tenant,
  type DesignEdge,
  type DesignNode,
  type DesignSettings as DesignSettingsType,
} from '../../../shared/model/schema'
import { COORD_MAX, MAX_NAME, MAX_SUPPRESSIONS } from '../../../shared/model/limits'
import { PARENT_KINDS, edgeFits } from '../../../shared/model/structure'
import { formatPath } from '../../../shared/format/issue-path'
import type { Opened } from '../../../shared/ipc/contract'
import type { Point, Size } from '../design/geometry'
import { checkConnection } from '../design/connection-rules'
import { KINDS } from '../../../shared/kinds'
import { takenIds, uniqueId } from '../design/naming'
import { refusalAt, schemaRefusal, type Refusal } from '../design/schema-fields'

export type ActionResult = { readonly ok: true } | Refusal
const done: ActionResult = { ok: true }
const refuse = (reason: string): Refusal => ({ ok: false, reason })

interface HistoryEntry {
  readonly doc: DesignDocument
  readonly contentKey: number
}

/** Uncommitted geometry of an ongoing drag or resize, by node id. */
export interface LiveGeometry {
  readonly positions: ReadonlyMap<string, Point>
  readonly sizes: ReadonlyMap<string, Size>
}

export interface DocumentState {
  /** 'loading' until main (or the browser api) hands the window its first design. */
  readonly status: 'loading' | 'ready'
  readonly doc: DesignDocument
  readonly handle: string | null
  readonly fileName: string
  readonly hasFile: boolean
  /** Bumped on every committed change, undo, redo and load. */
  readonly revision: number
  /** Identifies the document content; undo/redo restore the key the content had. */
  readonly contentKey: number
  /** Content key of what is on disk; null when the design has never been saved as it is. */
  readonly savedContentKey: number | null
  /** Bumped when another design is loaded into the window (fit view, reset selection). */
  readonly loadId: number
  readonly past: readonly HistoryEntry[]
  readonly future: readonly HistoryEntry[]
  readonly live: LiveGeometry
}

const HISTORY_LIMIT = 200
const EMPTY_LIVE: LiveGeometry = { positions: new Map(), sizes: new Map() }

const PLACEHOLDER_DOC: DesignDocument = DesignDocumentSchema.parse({
  format: FORMAT_ID,
  formatVersion: FORMAT_VERSION,
  schemaVersion: SCHEMA_VERSION,
})

export const useDocument = create<DocumentState>(() => ({
  status: 'loading',
  doc: PLACEHOLDER_DOC,
  handle: null,
  fileName: 'Untitled',
  hasFile: false,
  revision: 0,
  contentKey: 0,
  savedContentKey: 0,
  loadId: 0,
  past: [],
  future: [],
  live: EMPTY_LIVE,
}))

export const selectDirty = (s: DocumentState): boolean => s.contentKey !== s.savedContentKey
export const selectCanUndo = (s: DocumentState): boolean => s.past.length > 0
export const selectCanRedo = (s: DocumentState): boolean => s.future.length > 0

/**
 * Calls `listener` after every committed change (edits, undo, redo, loading another design), never
 * for drag or resize frames. This is where the rules worker attaches. Returns the unsubscribe.
 */
export function subscribeCommitted(listener: (doc: DesignDocument, revision: number) => void): () => void {
  return useDocument.subscribe((state, previous) => {
    if (state.revision !== previous.revision) listener(state.doc, state.revision)
  })
}

/** Replaces the document with `next` as one undoable step (plus any transient state in `extra`). */
function commit(next: DesignDocument, extra: Partial<Pick<DocumentState, 'live'>> = {}): void {
  useDocument.setState((s) => {
    const revision = s.revision + 1
    return {
      ...extra,
      doc: next,
      revision,
      contentKey: revision,
      past: [...s.past, { doc: s.doc, contentKey: s.contentKey }].slice(-HISTORY_LIMIT),
      future: [],
    }
  })
}

const current = () => useDocument.getState().doc
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const validCoord = (v: number) => Number.isFinite(v) && Math.abs(v) <= COORD_MAX
const validSize = (s: Size) =>
  Number.isFinite(s.width) && Number.isFinite(s.height) && s.width >= 10 && s.height >= 10

function replaceNodes(doc: DesignDocument, updates: ReadonlyMap<string, DesignNode>): DesignDocument {
  if (updates.size === 0) return doc
  return { ...doc, nodes: doc.nodes.map((n) => updates.get(n.id) ?? n) }
}

/** Loads a design handed over by main (opened file, template, new, recovery) as a fresh history. */
export function loadOpened(opened: Opened): void {
  useDocument.setState((s) => {
    const revision = s.revision + 1
    return {
      status: 'ready',
      doc: opened.doc,
      handle: opened.handle,
      fileName: opened.fileName,
      hasFile: opened.hasFile,
      revision,
      contentKey: revision,
      savedContentKey: opened.dirty ? null : revision,
      loadId: s.loadId + 1,
      past: [],
      future: [],
      live: EMPTY_LIVE,
    }
  })
}

/** Records that the content with `contentKey` is now on disk as `fileName`. */
export function markSaved(contentKey: number, fileName: string): void {
  useDocument.setState({ savedContentKey: contentKey, fileName, hasFile: true })
}

export function undo(): boolean {
  const s = useDocument.getState()
  const previous = s.past[s.past.length - 1]
  if (!previous) return false
  const revision = s.revision + 1
  useDocument.setState({
    doc: previous.doc,
    contentKey: previous.contentKey,
    revision,
    past: s.past.slice(0, -1),
    future: [...s.future, { doc: s.doc, contentKey: s.contentKey }],
    live: EMPTY_LIVE,
  })
  return true
}

export function redo(): boolean {
  const s = useDocument.getState()
  const next = s.future[s.future.length - 1]
  if (!next) return false
  const revision = s.revision + 1
  useDocument.setState({
    doc: next.doc,
    contentKey: next.contentKey,
    revision,
    future: s.future.slice(0, -1),
    past: [...s.past, { doc: s.doc, contentKey: s.contentKey }],
    live: EMPTY_LIVE,
  })
  return true
}

/**
 * Adds new nodes (parents before children), grows containers and adds edges among the new and
 * existing nodes (a paste), as one step. Refused if an id is taken, a node's parent is missing or of
 * a kind that cannot hold it, or an edge's ends are missing or do not fit its kind.
 */
export function addNodes(
  nodes: readonly DesignNode[],
  resized: ReadonlyMap<string, Size> = new Map(),
  edges: readonly DesignEdge[] = [],
): ActionResult {
  const doc = current()
  const taken = takenIds(doc)
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]))
  for (const node of nodes) {
    if (taken.has(node.id)) return refuse(`The id "${node.id}" is already used.`)
    const allowed = PARENT_KINDS[node.kind]
    const parentKind = node.parentId === undefined ? undefined : kinds.get(node.parentId)
    if (node.parentId !== undefined && parentKind === undefined)
      return refuse('The container no longer exists.')
    if (allowed.length > 0 && (parentKind === undefined || !allowed.includes(parentKind)))
      return refuse(`${KINDS[node.kind].label} cannot be placed there.`)
    if (allowed.length === 0 && node.parentId !== undefined)
      return refuse(`${KINDS[node.kind].label} cannot be nested.`)
    taken.add(node.id)
    kinds.set(node.id, node.kind)
  }
  for (const edge of edges) {
    const source = kinds.get(edge.source)
    const target = kinds.get(edge.target)
    if (taken.has(edge.id)) return refuse(`The id "${edge.id}" is already used.`)
    if (source === undefined || target === undefined) return refuse('A connection has a missing end.')
    if (!edgeFits(edge.kind, source, target))
      return refuse('A connection does not fit the elements it joins.')
    taken.add(edge.id)
  }
  const grown = new Map<string, DesignNode>()
  for (const [id, size] of resized) {
    const node = doc.nodes.find((n) => n.id === id)
    if (node && validSize(size)) grown.set(id, { ...node, size: { width: size.width, height: size.height } })
  }
  const withGrown = replaceNodes(doc, grown)
  commit({ ...withGrown, nodes: [...withGrown.nodes, ...nodes], edges: [...withGrown.edges, ...edges] })
  return done
}

/** Merges `patch` into a node's props; refused (and nothing stored) if the result is invalid. */
export function updateNodeProps(id: string, patch: Readonly<Record<string, unknown>>): ActionResult {
  const doc = current()
  const node = doc.nodes.find((n) => n.id === id)
  if (!node) return refuse('That element no longer exists.')
  const parsed = PROPS_BY_KIND[node.kind].safeParse({ ...node.props, ...patch })
  if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The value is not valid.')
  if (sameJson(parsed.data, node.props)) return done
  commit(replaceNodes(doc, new Map([[id, { ...node, props: parsed.data } as DesignNode]])))
  return done
}

export function renameNode(id: string, name: string): ActionResult {
  const doc = current()
  const node = doc.nodes.find((n) => n.id === id)
  if (!node) return refuse('That element no longer exists.')
  const trimmed = name.trim()
  if (trimmed.length > MAX_NAME) return refuse(`A name can have at most ${MAX_NAME} characters.`)
  if (trimmed === node.name) return done
  commit(replaceNodes(doc, new Map([[id, { ...node, name: trimmed }]])))
  return done
}

export interface GeometryUpdate {
  readonly positions?: ReadonlyMap<string, Point>
  readonly sizes?: ReadonlyMap<string, Size>
}

/** The document with nodes moved and/or resized (the same object if nothing changes), or why not. */
function withGeometry(
  doc: DesignDocument,
  { positions = new Map(), sizes = new Map() }: GeometryUpdate,
): DesignDocument | string {
  const updates = new Map<string, DesignNode>()
  for (const node of doc.nodes) {
    const position = positions.get(node.id)
    const size = sizes.get(node.id)
    let next = node
    if (position && (position.x !== node.position.x || position.y !== node.position.y)) {
      if (!validCoord(position.x) || !validCoord(position.y)) return 'That position is outside the canvas.'
      next = { ...next, position: { x: position.x, y: position.y } }
    }
    if (size && (size.width !== node.size?.width || size.height !== node.size?.height)) {
      if (!validSize(size)) return 'That size is too small.'
      next = { ...next, size: { width: size.width, height: size.height } }
    }
    if (next !== node) updates.set(node.id, next)
  }
  return replaceNodes(doc, updates)
}

/** Window in which geometry changes with the same coalesce key merge into one undo step. */
const COALESCE_MS = 1000
let lastCoalesced: { readonly key: string; readonly at: number; readonly revision: number } | null = null

/**
 * Moves and/or resizes nodes as one step; unchanged values are ignored, invalid ones refused. With
 * `coalesce`, a change that follows one with the same key within a second, with nothing else
 * committed in between, joins that step (a run of arrow-key moves is undone at once).
 */
export function updateGeometry(update: GeometryUpdate, options: { coalesce?: string } = {}): ActionResult {
  const doc = current()
  const next = withGeometry(doc, update)
  if (typeof next === 'string') return refuse(next)
  if (next === doc) return done
  const now = Date.now()
  const { revision } = useDocument.getState()
  const key = options.coalesce
  if (
    key !== undefined &&
    lastCoalesced?.key === key &&
    lastCoalesced.revision === revision &&
    now - lastCoalesced.at < COALESCE_MS
  )
    useDocument.setState({ doc: next, revision: revision + 1, contentKey: revision + 1, future: [] })
  else commit(next)
  lastCoalesced = key === undefined ? null : { key, at: now, revision: revision + 1 }
  return done
}

/** Deletes nodes with everything inside them, their edges, their suppressions, and the given edges. */
export function deleteElements(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): ActionResult {
  const doc = current()
  const removed = new Set(nodeIds)
  let grew = true
  while (grew) {
    grew = false
    for (const n of doc.nodes)
      if (n.parentId !== undefined && removed.has(n.parentId) && !removed.has(n.id)) {
        removed.add(n.id)
        grew = true
      }
  }
  const removedEdges = new Set(edgeIds)
  const nodes = doc.nodes.filter((n) => !removed.has(n.id))
  const edges = doc.edges.filter(
    (e) => !removedEdges.has(e.id) && !removed.has(e.source) && !removed.has(e.target),
  )
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return done
  const suppressions = doc.suppressions.filter((s) => !removed.has(s.nodeId))
  commit({ ...doc, nodes, edges, suppressions })
  return done
}

/** Connects two elements with the edge kind their kinds imply; refused with the reason otherwise. */
export function connect(fromId: string, toId: string): ActionResult & { edgeId?: string } {
  const doc = current()
  const check = checkConnection(doc, fromId, toId)
  if (!check.ok) return check
  const edge: DesignEdge = { id: uniqueId('e', takenIds(doc)), ...check.plan }
  commit({ ...doc, edges: [...doc.edges, edge] })
  return { ok: true, edgeId: edge.id }
}

/** Changes design-wide settings (name, ConfigMgr version…); refused if the result is invalid. */
export function updateDesign(patch: Partial<DesignSettingsType>): ActionResult {
  const doc = current()
  const parsed = DesignSettings.safeParse({ ...doc.design, ...patch })
  if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The value is not valid.')
  if (sameJson(parsed.data, doc.design)) return done
  const next = { ...doc, design: parsed.data }
  const broken = structuralIssues(next)[0]
  if (broken) return refuse(`${formatPath(broken.path)}: ${broken.message}`)
  commit(next)
  return done
}

/** "Azure subscription "Contoso production" and client population "Roaming laptops"" */
function describeNodes(nodes: readonly DesignNode[]): string {
  const named = nodes.map((n) => `${KINDS[n.kind].phrase.replace(/^an? /, '')} "${n.name || n.id}"`)
  if (named.length > 3) return `${named.slice(0, 3).join(', ')} and ${named.length - 3} more`
  return named.length === 1
    ? (named[0] ?? '')
    : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

/** Puts elements into a design phase (undefined: present in every phase) as one step. */
export function setNodesPhase(ids: Iterable<string>, phase: string | undefined): ActionResult {
  const doc = current()
  if (phase !== undefined && !doc.design.phases.some((p) => p.id === phase))
    return refuse('That phase no longer exists.')
  const wanted = new Set(ids)
  const updates = new Map<string, DesignNode>()
  for (const node of doc.nodes) {
    if (!wanted.has(node.id) || node.phase === phase) continue
    const { phase: _previous, ...rest } = node
    updates.set(node.id, (phase === undefined ? rest : { ...rest, phase }) as DesignNode)
  }
  if (updates.size > 0) commit(replaceNodes(doc, updates))
  return done
}

/** Subscriptions (owning tenant) and client populations (identity tenant) that name tenant `id`. */
function tenantUsers(doc: DesignDocument, id: string): DesignNode[] {
  return doc.nodes.filter(
    (n) =>
      (n.kind === 'azureSubscription' && n.props.tenantId === id) ||
      (n.kind === 'clientPopulation' && n.props.identityTenantId === id),
  )
}

/**
 * Changes one Entra tenant as one step. A new id must be free; the subscriptions and client
 * populations that named the old id follow it.
 */
export function updateTenant(id: string, patch: Partial<Tenant>): ActionResult {
  const doc = current()
  const index = doc.design.tenants.findIndex((t) => t.id === id)
  const previous = doc.design.tenants[index]
  if (!previous) return refuse('That tenant no longer exists.')
  const parsed = Tenant.safeParse({ ...previous, ...patch })
  if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The value is not valid.')
  const tenant = parsed.data
  if (tenant.id !== id && doc.design.tenants.some((t) => t.id === tenant.id))
    return refusalAt(['id'], `another tenant already has the id "${tenant.id}"`)
  if (sameJson(tenant, previous)) return done
  const updates = new Map<string, DesignNode>()
  if (tenant.id !== id)
    for (const n of tenantUsers(doc, id)) {
      if (n.kind === 'azureSubscription')
        updates.set(n.id, { ...n, props: { ...n.props, tenantId: tenant.id } })
      if (n.kind === 'clientPopulation')
        updates.set(n.id, { ...n, props: { ...n.props, identityTenantId: tenant.id } })
    }
  const tenants = doc.design.tenants.map((t, i) => (i === index ? tenant : t))
  commit({ ...replaceNodes(doc, updates), design: { ...doc.design, tenants } })
  return done
}

/** Removes an Entra tenant as one step; refused, naming them, while elements refer to it. */
export function removeTenant(id: string): ActionResult {
  const doc = current()
  const tenant = doc.design.tenants.find((t) => t.id === id)
  if (!tenant) return done
  const users = tenantUsers(doc, id)
  if (users.length > 0)
    return refuse(
      `Tenant "${tenant.name || tenant.id}" is used by ${describeNodes(users)}. Choose another tenant there first.`,
    )
  commit({ ...doc, design: { ...doc.design, tenants: doc.design.tenants.filter((t) => t.id !== id) } })
  return done
}

/** Removes a design phase as one step; the elements in it then belong to every phase. */
export function removePhase(id: string): ActionResult {
  const doc = current()
  if (!doc.design.phases.some((p) => p.id === id)) return done
  const updates = new Map<string, DesignNode>()
  for (const node of doc.nodes)
    if (node.phase === id) {
      const { phase: _removed, ...rest } = node
      updates.set(node.id, rest as DesignNode)
    }
  const phases = doc.design.phases.filter((p) => p.id !== id)
  commit({ ...replaceNodes(doc, updates), design: { ...doc.design, phases } })
  return done
}

/**
 * Applies a pure change to the whole design (a quick fix that adds a server, a connection point and
 * its link at once) as one step; refused, with nothing stored, if the result is not a valid design.
 * The change should return untouched nodes and edges as the same objects.
 */
export function commitChange(change: (doc: DesignDocument) => DesignDocument): ActionResult {
  const doc = current()
  const next = change(doc)
  if (next === doc) return done
  const parsed = DesignDocumentSchema.safeParse(next)
  if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The change is not valid.')
  commit(next)
  return done
}

/** Suppresses a rule on one element with the user's reason (replacing an earlier reason), as one step. */
export function addSuppression(ruleId: string, nodeId: string, reason: string): ActionResult {
  const doc = current()
  if (!doc.nodes.some((n) => n.id === nodeId)) return refuse('That element no longer exists.')
  const parsed = Suppression.safeParse({ ruleId, nodeId, reason: reason.trim() })
  if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The reason is not valid.')
  const others = doc.suppressions.filter((s) => !(s.ruleId === ruleId && s.nodeId === nodeId))
  if (others.length >= MAX_SUPPRESSIONS)
    return refuse(`A design can hold at most ${MAX_SUPPRESSIONS} suppressions.`)
  commit({ ...doc, suppressions: [...others, parsed.data] })
  return done
}

/** Lifts the suppressions of a rule on any of the given elements, as one step. */
export function removeSuppression(ruleId: string, nodeIds: readonly string[]): ActionResult {
  const doc = current()
  const ids = new Set(nodeIds)
  const suppressions = doc.suppressions.filter((s) => !(s.ruleId === ruleId && ids.has(s.nodeId)))
  if (suppressions.length === doc.suppressions.length) return done
  commit({ ...doc, suppressions })
  return done
}

/** Records uncommitted drag positions (no revision, no history). */
export function setLivePositions(positions: ReadonlyMap<string, Point>): void {
  useDocument.setState((s) => ({
    live: { ...s.live, positions: new Map([...s.live.positions, ...positions]) },
  }))
}

/** Records an uncommitted size during a resize. */
export function setLiveSize(id: string, size: Size): void {
  useDocument.setState((s) => ({ live: { ...s.live, sizes: new Map([...s.live.sizes, [id, size]]) } }))
}

/**
 * Ends the drag of element `id` over another container: moves it there (to `position`, relative to
 * `parentId`) with the containers that grow for it, as one step, and drops its live position. Its
 * connections stay: which kinds may connect does not depend on where an element sits.
 */
export function reparentNode(
  id: string,
  parentId: string,
  position: Point,
  resized: ReadonlyMap<string, Size>,
): ActionResult {
  const s = useDocument.getState()
  const node = s.doc.nodes.find((n) => n.id === id)
  const parent = s.doc.nodes.find((n) => n.id === parentId)
  const positions = new Map(s.live.positions)
  positions.delete(id)
  const live =
    positions.size === 0 && s.live.sizes.size === 0 ? EMPTY_LIVE : { positions, sizes: s.live.sizes }
  if (!node || !parent || !PARENT_KINDS[node.kind].includes(parent.kind)) {
    useDocument.setState({ live })
    return refuse('That element can no longer go there.')
  }
  const moved = replaceNodes(s.doc, new Map([[id, { ...node, parentId }]]))
  const next = withGeometry(moved, { positions: new Map([[id, position]]), sizes: resized })
  if (typeof next === 'string') {
    useDocument.setState({ live })
    return refuse(next)
  }
  commit(next, { live })
  return done
}

/**
 * Ends a drag or resize: commits the final geometry as one step and drops those nodes from `live`
 * in the same update (a refused or empty change only clears `live`).
 */
export function commitLiveGeometry(
  finalPositions: ReadonlyMap<string, Point>,
  finalSizes: ReadonlyMap<string, Size> = new Map(),
): ActionResult {
  const s = useDocument.getState()
  const positions = new Map(s.live.positions)
  const sizes = new Map(s.live.sizes)
  for (const id of finalPositions.keys()) positions.delete(id)
  for (const id of finalSizes.keys()) sizes.delete(id)
  const live = positions.size === 0 && sizes.size === 0 ? EMPTY_LIVE : { positions, sizes }
  const next = withGeometry(s.doc, { positions: finalPositions, sizes: finalSizes })
  if (typeof next === 'string') {
    useDocument.setState({ live })
    return refuse(next)
  }
  if (next === s.doc) useDocument.setState({ live })
  else commit(next, { live })
  return done
}
