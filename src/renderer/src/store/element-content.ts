// Each element's latest design object, for the canvas's node views: a view re-renders when its own
// element changes, through one document-store listener for all views (a drag frame, which changes
// only live geometry, costs one identity check). An edit that changes only what an element shows
// (its properties, not its place, size, kind, parent or name) reaches its view this way without a
// React Flow update (editor/flow-elements.ts keeps the React Flow node), so the findings of the
// edit appear sooner on a large design (docs/performance.md). Runs in the renderer.
import { useCallback, useSyncExternalStore } from 'react'
import type { DesignNode } from '../../../shared/model/schema'
import { replacedInPlace } from '../../../shared/model/replaced-in-place'
import { indexNodes, type NodeIndex } from '../design/geometry'
import { useDocument } from './document'

let indexed: readonly DesignNode[] | null = null
let byId = new Map<string, DesignNode>()
const listeners = new Map<string, Set<() => void>>()

/** The open design's elements by id, indexed again only when the element list changed. */
function elementsById(): NodeIndex {
  const nodes = useDocument.getState().doc.nodes
  if (nodes !== indexed) {
    indexed = nodes
    byId = indexNodes({ nodes })
  }
  return byId
}

useDocument.subscribe((state) => {
  if (state.doc.nodes === indexed || listeners.size === 0) return
  // A property edit kept every element in its place: update the index and tell those views only.
  const nodes = state.doc.nodes
  const replaced = indexed && replacedInPlace(indexed, nodes)
  if (replaced) {
    indexed = nodes
    for (const i of replaced) byId.set(nodes[i]!.id, nodes[i]!)
    for (const i of replaced) for (const listener of listeners.get(nodes[i]!.id) ?? []) listener()
    return
  }
  const before = byId
  const after = elementsById()
  for (const [id, own] of listeners)
    if (before.get(id) !== after.get(id)) for (const listener of own) listener()
})

function subscribeElement(id: string, listener: () => void): () => void {
  let own = listeners.get(id)
  if (!own) listeners.set(id, (own = new Set()))
  own.add(listener)
  return () => {
    own.delete(listener)
    if (own.size === 0 && listeners.get(id) === own) listeners.delete(id)
  }
}

/** The element `id` of the open design, re-rendering the caller when that element changes. */
export function useElement(id: string): DesignNode | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeElement(id, listener), [id])
  const snapshot = useCallback(() => elementsById().get(id), [id])
  return useSyncExternalStore(subscribe, snapshot)
}
