// Which nodes and edges are selected (zustand). Kept apart from the document so selecting never
// counts as an edit, never bumps the revision and never enters the undo history. Ids of elements
// that disappear (delete, undo, another design loaded) are dropped automatically. Runs in the renderer.
import { create } from 'zustand'
import { useDocument } from './document'

export interface SelectionState {
  readonly nodeIds: ReadonlySet<string>
  readonly edgeIds: ReadonlySet<string>
}

const EMPTY: ReadonlySet<string> = new Set()

export const useSelection = create<SelectionState>(() => ({ nodeIds: EMPTY, edgeIds: EMPTY }))

function applyChanges(
  ids: ReadonlySet<string>,
  changes: readonly { id: string; selected: boolean }[],
): ReadonlySet<string> {
  let next: Set<string> | undefined
  for (const c of changes) {
    if (c.selected === (next ?? ids).has(c.id)) continue
    next ??= new Set(ids)
    if (c.selected) next.add(c.id)
    else next.delete(c.id)
  }
  return next ?? ids
}

/** Applies React Flow's select/deselect changes. */
export function applySelectionChanges(
  target: 'nodes' | 'edges',
  changes: readonly { id: string; selected: boolean }[],
): void {
  if (changes.length === 0) return
  useSelection.setState((s) =>
    target === 'nodes'
      ? { nodeIds: applyChanges(s.nodeIds, changes) }
      : { edgeIds: applyChanges(s.edgeIds, changes) },
  )
}

export function selectOnly(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): void {
  useSelection.setState({ nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) })
}

export function clearSelection(): void {
  useSelection.setState({ nodeIds: EMPTY, edgeIds: EMPTY })
}

function keepExisting(ids: ReadonlySet<string>, exists: (id: string) => boolean): ReadonlySet<string> {
  for (const id of ids) if (!exists(id)) return new Set([...ids].filter(exists))
  return ids
}

useDocument.subscribe((state, previous) => {
  if (state.loadId !== previous.loadId) {
    clearSelection()
    return
  }
  if (state.doc === previous.doc) return
  const nodeIds = new Set(state.doc.nodes.map((n) => n.id))
  const edgeIds = new Set(state.doc.edges.map((e) => e.id))
  useSelection.setState((s) => ({
    nodeIds: keepExisting(s.nodeIds, (id) => nodeIds.has(id)),
    edgeIds: keepExisting(s.edgeIds, (id) => edgeIds.has(id)),
  }))
})
