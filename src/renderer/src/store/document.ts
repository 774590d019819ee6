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
} from '../../../shared/model/document'
import {
  DesignSettings,
  PROPS_BY_KIND,
  type DesignEdge,
  type DesignNode,
  type DesignSettings as DesignSettingsType,
} from '../../../shared/model/schema'
import { COORD_MAX, MAX_NAME } from '../../../shared/model/limits'
import { PARENT_KINDS } from '../../../shared/model/structure'
import { formatIssues } from '../../../shared/format/issue-path'
import type { Opened } from '../../../shared/ipc/contract'
import type { Point, Size } from '../design/geometry'
import { checkConnection } from '../design/connection-rules'
import { KIND_INFO } from '../design/kind-info'
import { takenIds, uniqueId } from '../design/naming'

export type ActionResult = { readonly ok: true } | { readonly ok: false; readonly reason: string }
const done: ActionResult = { ok: true }
const refuse = (reason: string): ActionResult => ({ ok: false, reason })

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
 * Adds new nodes (parents before children) and grows containers, as one step. Refused if an id is
 * taken or a node's parent is missing or of a kind that cannot hold it.
 */
export function addNodes(
  nodes: readonly DesignNode[],
  resized: ReadonlyMap<string, Size> = new Map(),
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
      return refuse(`${KIND_INFO[node.kind].label} cannot be placed there.`)
    if (allowed.length === 0 && node.parentId !== undefined)
      return refuse(`${KIND_INFO[node.kind].label} cannot be nested.`)
    taken.add(node.id)
    kinds.set(node.id, node.kind)
  }
  const grown = new Map<string, DesignNode>()
  for (const [id, size] of resized) {
    const node = doc.nodes.find((n) => n.id === id)
    if (node && validSize(size)) grown.set(id, { ...node, size: { width: size.width, height: size.height } })
  }
  const withGrown = replaceNodes(doc, grown)
  commit({ ...withGrown, nodes: [...withGrown.nodes, ...nodes] })
  return done
}

/** Merges `patch` into a node's props; refused (and nothing stored) if the result is invalid. */
export function updateNodeProps(id: string, patch: Readonly<Record<string, unknown>>): ActionResult {
  const doc = current()
  const node = doc.nodes.find((n) => n.id === id)
  if (!node) return refuse('That element no longer exists.')
  const parsed = PROPS_BY_KIND[node.kind].safeParse({ ...node.props, ...patch })
  if (!parsed.success) return refuse(formatIssues(parsed.error.issues, 1)[0] ?? 'The value is not valid.')
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

/** Moves and/or resizes nodes as one step; unchanged values are ignored, invalid ones refused. */
export function updateGeometry(update: GeometryUpdate): ActionResult {
  const doc = current()
  const next = withGeometry(doc, update)
  if (typeof next === 'string') return refuse(next)
  if (next !== doc) commit(next)
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
  if (!parsed.success) return refuse(formatIssues(parsed.error.issues, 1)[0] ?? 'The value is not valid.')
  if (sameJson(parsed.data, doc.design)) return done
  commit({ ...doc, design: parsed.data })
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
