// The canvas's accessible tree: every element of the design by role and name ("Site Seattle
// primary"), each under the container holding it, whatever the canvas draws (at far zoom most
// elements are pixels of the far layer, and above it React Flow draws only those in view). Hidden
// until it has keyboard focus, then shown over the canvas's corner: arrow keys move through it,
// Enter or a click selects the element and brings it into view. Built after the canvas's first
// frame and refreshed in the background after an edit, so it never delays drawing (one item per
// element keeps its identity while its element does). Escape or a press outside it gives the
// focus back to the page.
// Runs in the renderer.
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { DesignNode } from '../../../shared/model/schema'
import { useRevealNode } from '../panels/reveal'
import { useDocument } from '../store/document'
import { useSelection } from '../store/selection'
import { OutlineCache, type OutlineRow } from './element-outline'
import './ElementTree.css'

const NO_NODES: readonly DesignNode[] = []

const itemId = (nodeId: string) => `element-tree-${nodeId}`

const TreeItem = memo(function TreeItem({
  id,
  label,
  level,
  selected,
  active,
}: OutlineRow & {
  selected: boolean
  active: boolean
}) {
  return (
    <div
      role="treeitem"
      id={itemId(id)}
      data-node-id={id}
      aria-level={level}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className="element-tree-item"
      style={{ paddingInlineStart: `calc(8px + ${level - 1}em)` }}
    >
      {label}
    </div>
  )
})

export function ElementTree() {
  const nodes = useDeferredValue(
    useDocument((s) => s.doc.nodes),
    NO_NODES,
  )
  const selected = useSelection((s) => s.nodeIds)
  const [outlineCache] = useState(() => new OutlineCache())
  const rows = useMemo(() => outlineCache.derive(nodes), [outlineCache, nodes])
  const reveal = useRevealNode()
  const [activeId, setActiveId] = useState<string | null>(null)
  const tree = useRef<HTMLDivElement>(null)
  const active = rows.some((r) => r.id === activeId) ? activeId : (rows[0]?.id ?? null)
  // The same items while the list, the selection and the focused row are: an edit that changes
  // none of them re-renders nothing here.
  const items = useMemo(
    () =>
      rows.map((row) => (
        <TreeItem key={row.id} {...row} selected={selected.has(row.id)} active={row.id === active} />
      )),
    [rows, selected, active],
  )

  // A press anywhere else leaves the tree (the canvas does not take focus on a press, so the tree
  // would otherwise stay open over it and keep the arrow keys).
  useEffect(() => {
    const onPress = (event: PointerEvent) => {
      const element = tree.current
      const focused = document.activeElement
      if (
        element?.contains(focused) &&
        !element.contains(event.target as Node) &&
        focused instanceof HTMLElement
      )
        focused.blur()
    }
    document.addEventListener('pointerdown', onPress, true)
    return () => document.removeEventListener('pointerdown', onPress, true)
  }, [])

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    setActiveId(row.id)
    tree.current?.querySelector<HTMLElement>(`#${CSS.escape(itemId(row.id))}`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const index = rows.findIndex((r) => r.id === active)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    }
    const to = moves[event.key]
    if (to !== undefined) {
      event.preventDefault()
      event.stopPropagation()
      focusRow(to)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    } else if ((event.key === 'Enter' || event.key === ' ') && active !== null) {
      event.preventDefault()
      event.stopPropagation()
      reveal(active)
    }
  }

  return (
    <div
      ref={tree}
      role="tree"
      aria-label="Design elements"
      className="element-tree visually-hidden"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Whatever moved the focus here (Tab, a click, a screen reader's cursor), Enter acts on it.
        const id = (event.target as HTMLElement).closest<HTMLElement>('[data-node-id]')?.dataset.nodeId
        if (id !== undefined) setActiveId(id)
      }}
      onClick={(event) => {
        const id = (event.target as HTMLElement).closest<HTMLElement>('[data-node-id]')?.dataset.nodeId
        if (id === undefined) return
        setActiveId(id)
        reveal(id)
      }}
    >
      {items}
    </div>
  )
}
