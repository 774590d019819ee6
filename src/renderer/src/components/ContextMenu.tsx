// The canvas context menu: a right-click on an element, a connection or the empty canvas (or
// Shift+F10 / the Menu key, for the selection) lists the command table's commands for that context
// that can run now, with their shortcuts; choosing one runs it through the registry. A role="menu"
// popup instead of the browser's: arrow keys, Home and End move between items, Enter or Space runs
// one, Escape, Tab or a click elsewhere closes it and focus returns to where it was. Canvas.tsx
// passes the open* functions to React Flow; App.tsx mounts ContextMenuHost. Which menu is open is
// held in store/context-menu.ts. Runs in the renderer.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { ariaKeyShortcut, chordText } from '../../../shared/commands/chords'
import { MAC } from './shortcut-text'
import { COMMANDS, type CommandContext, type CommandSpec } from '../../../shared/commands/table'
import { hasCommand, isCommandAllowed, registerCommand, runCommand, type CommandId } from '../commands'
import { closeContextMenu, openContextMenu, useContextMenu, type OpenMenu } from '../store/context-menu'
import { selectOnly, useSelection } from '../store/selection'
import './ContextMenu.css'

/** A pointer event's place and its browser menu, which the menu replaces. */
interface PointerAt {
  readonly clientX: number
  readonly clientY: number
  preventDefault(): void
}

/** The table's commands for a context that can run now, in table order. */
function itemsFor(context: CommandContext): CommandSpec[] {
  return (COMMANDS as readonly CommandSpec[]).filter((command) => {
    const id = command.id as CommandId
    return command.context?.includes(context) === true && hasCommand(id) && isCommandAllowed(id)
  })
}

function open(x: number, y: number, context: CommandContext): void {
  if (itemsFor(context).length === 0) return
  openContextMenu(x, y, context)
}

/** Right-click on an element: selects it (unless it is already part of the selection) and opens its menu. */
export function openElementMenu(event: PointerAt, node: { readonly id: string }): void {
  event.preventDefault()
  if (!useSelection.getState().nodeIds.has(node.id)) selectOnly([node.id])
  open(event.clientX, event.clientY, 'element')
}

/** Right-click on a connection: selects it (unless already selected) and opens its menu. */
export function openConnectionMenu(event: PointerAt, edge: { readonly id: string }): void {
  event.preventDefault()
  if (!useSelection.getState().edgeIds.has(edge.id)) selectOnly([], [edge.id])
  open(event.clientX, event.clientY, 'connection')
}

/** Right-click on the empty canvas. */
export function openCanvasMenu(event: PointerAt): void {
  event.preventDefault()
  open(event.clientX, event.clientY, 'canvas')
}

/** Shift+F10 or the Menu key: the menu for the selection, at its first element or connection. */
function openForSelection(): void {
  const { nodeIds, edgeIds } = useSelection.getState()
  const [nodeId] = nodeIds
  const [edgeId] = edgeIds
  const selector = nodeId
    ? `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`
    : edgeId
      ? `.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`
      : '.react-flow__pane'
  const target = document.querySelector(selector)?.getBoundingClientRect()
  if (!target) return
  const context: CommandContext = nodeId ? 'element' : edgeId ? 'connection' : 'canvas'
  // An element's menu opens over its header; a connection's or the canvas's at its centre.
  const x = nodeId ? target.left + 16 : target.left + target.width / 2
  const y = nodeId ? target.top + 16 : target.top + target.height / 2
  open(x, y, context)
}

function Menu({ menu }: { readonly menu: OpenMenu }) {
  const ref = useRef<HTMLDivElement>(null)
  const items = itemsFor(menu.context)

  // Kept inside the window, and the first item focused, before the menu is painted.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const { width, height } = element.getBoundingClientRect()
    element.style.left = `${Math.max(4, Math.min(menu.x, window.innerWidth - width - 4))}px`
    element.style.top = `${Math.max(4, Math.min(menu.y, window.innerHeight - height - 4))}px`
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true })
  }, [menu])

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) closeContextMenu()
    }
    window.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('resize', closeContextMenu)
    window.addEventListener('blur', closeContextMenu)
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('resize', closeContextMenu)
      window.removeEventListener('blur', closeContextMenu)
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys pressed in the menu belong to it: none reaches the global shortcuts.
    event.stopPropagation()
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLElement)
    const focus = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus()
    if (event.key === 'ArrowDown') focus(at + 1)
    else if (event.key === 'ArrowUp') focus(at - 1)
    else if (event.key === 'Home') focus(0)
    else if (event.key === 'End') focus(buttons.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') closeContextMenu()
    else return
    event.preventDefault()
  }

  const choose = (id: CommandId) => {
    closeContextMenu()
    runCommand(id)
  }

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`${menu.context.charAt(0).toUpperCase()}${menu.context.slice(1)} commands`}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((command) => (
        <button
          key={command.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="context-menu-item"
          aria-keyshortcuts={command.chords?.map((chord) => ariaKeyShortcut(chord, MAC)).join(' ')}
          onClick={() => choose(command.id as CommandId)}
        >
          <span className="context-menu-label">{command.label}</span>
          {command.chords?.[0] ? (
            <kbd className="context-menu-chord" aria-hidden="true">
              {chordText(command.chords[0], MAC)}
            </kbd>
          ) : null}
        </button>
      ))}
    </div>
  )
}

/** Registers the keyboard command that opens the menu and shows the menu while it is open. */
export function ContextMenuHost() {
  const menu = useContextMenu((s) => s.menu)
  useEffect(() => registerCommand('edit.contextMenu', openForSelection), [])
  return menu ? <Menu menu={menu} /> : null
}
