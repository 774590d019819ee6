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

/**
 * Runs the command; false if no handler is registered. A handler that throws or rejects is reported
 * on the console and does not escape to the caller (menu events and key handlers cannot handle it).
 */
export function runCommand(id: CommandId): boolean {
  const handler = handlers.get(id)
  if (!handler) return false
  try {
    void Promise.resolve(handler()).catch((e: unknown) => console.error(`Command "${id}" failed`, e))
  } catch (e) {
    console.error(`Command "${id}" failed`, e)
  }
  return true
}
