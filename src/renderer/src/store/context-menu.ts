// The canvas context menu that is open, if any (zustand): where it is, for which context (an
// element, a connection, the empty canvas) and where keyboard focus goes back when it closes.
// components/ContextMenu.tsx decides when it opens and draws it. Runs in the renderer.
import { create } from 'zustand'
import type { CommandContext } from '../../../shared/commands/table'

export interface OpenMenu {
  readonly x: number
  readonly y: number
  readonly context: CommandContext
  /** Where focus was when the menu opened; it goes back there when the menu closes. */
  readonly returnFocus: HTMLElement | null
}

export const useContextMenu = create<{ readonly menu: OpenMenu | null }>(() => ({ menu: null }))

/** Opens the menu of `context` at (`x`, `y`), remembering where focus is now. */
export function openContextMenu(x: number, y: number, context: CommandContext): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null
  useContextMenu.setState({ menu: { x, y, context, returnFocus: active } })
}

/** Closes the menu and puts focus back where it was (when that is still on the page). */
export function closeContextMenu(): void {
  const returnFocus = useContextMenu.getState().menu?.returnFocus
  useContextMenu.setState({ menu: null })
  if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true })
}
