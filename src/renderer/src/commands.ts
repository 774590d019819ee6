// The command registry: command ids (the native menu's MENU_COMMANDS plus any renderer-only ids)
// mapped to handlers. Menu events, keyboard shortcuts and toolbar buttons all run commands through
// here, so a feature added later (find, auto-layout, export…) only registers its handler. Runs in
// the renderer.
import type { MenuCommand } from '../../shared/ipc/contract'

/** A menu command, or a renderer-only command id such as "view.fitSelection". */
export type CommandId = MenuCommand | `${string}.${string}`

type Handler = () => void | Promise<void>

const handlers = new Map<CommandId, Handler>()

/** Registers `handler` for `id` (replacing any previous one); returns a function that unregisters it. */
export function registerCommand(id: CommandId, handler: Handler): () => void {
  handlers.set(id, handler)
  return () => {
    if (handlers.get(id) === handler) handlers.delete(id)
  }
}

let guard: ((id: CommandId) => boolean) | null = null

/**
 * While a guard is set, only the commands it allows run (presentation mode allows no editing);
 * others are refused without running. Returns the function that removes this guard.
 */
export function setCommandGuard(allow: (id: CommandId) => boolean): () => void {
  guard = allow
  return () => {
    if (guard === allow) guard = null
  }
}

/** False while a guard refuses the command (its shortcut then does nothing and is not consumed). */
export function isCommandAllowed(id: CommandId): boolean {
  return guard === null || guard(id)
}

/**
 * Runs the command; false if no handler is registered. A command the guard refuses does not run
 * and counts as handled (true), so no "not available" notice appears for it. A handler that throws
 * or rejects is reported on the console and does not escape to the caller (menu events and key
 * handlers cannot handle it).
 */
export function runCommand(id: CommandId): boolean {
  if (!isCommandAllowed(id)) return true
  const handler = handlers.get(id)
  if (!handler) return false
  try {
    void Promise.resolve(handler()).catch((e: unknown) => console.error(`Command "${id}" failed`, e))
  } catch (e) {
    console.error(`Command "${id}" failed`, e)
  }
  return true
}
