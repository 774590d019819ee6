// The command registry: command ids (declared with their labels and keys in the command table,
// src/shared/commands/table.ts, plus renderer-only ids such as "align.left") mapped to handlers.
// Menu events, keyboard shortcuts, context menus and toolbar buttons all run commands through here,
// so a command added later is one table entry plus one registerCommand beside the state it acts on.
// Runs in the renderer.
import type { TableCommandId } from '../../shared/commands/table'

/** A command of the table, or a renderer-only command id such as "view.fitSelection". */
export type CommandId = TableCommandId | `${string}.${string}`

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

/** True when a handler is registered for the command (a context menu lists only those). */
export function hasCommand(id: CommandId): boolean {
  return handlers.has(id)
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
