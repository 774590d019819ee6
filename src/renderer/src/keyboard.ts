// Global keyboard shortcuts: every chord of the command table (src/shared/commands/table.ts) runs
// its command through the registry. Shortcuts are ignored while a dialog is open and, except for the
// table's inText commands (file commands, find, present), while typing in a field (so a text field
// keeps its own undo, copy and paste). In the desktop app the native menu shows the same chords but
// leaves the keys to this handler (menu items use registerAccelerator: false), so a command never
// runs twice. Arrow keys move the selection by one grid step (16 px), Shift+arrow by 1 px; a run of
// presses within a second is one undo step. Escape clears the selection when focus is on the canvas
// (a dialog, menu, find bar or name being edited keeps its own Escape). Runs in the renderer.
import { useEffect } from 'react'
import { parseChord, type ParsedChord } from '../../shared/commands/chords'
import { COMMANDS, type CommandSpec } from '../../shared/commands/table'
import { isCommandAllowed, runCommand, type CommandId } from './commands'
import { useSelection } from './store/selection'
import { useUi } from './store/ui'

/** One chord of the table bound to its command. */
export interface KeyBinding extends ParsedChord {
  readonly command: CommandId
  readonly spec: CommandSpec
}

const BINDINGS: readonly KeyBinding[] = COMMANDS.flatMap((spec: CommandSpec) =>
  (spec.chords ?? []).map((chord) => ({ ...parseChord(chord), command: spec.id as CommandId, spec })),
)

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}

/** The binding a key press triggers, if any. */
export function shortcutFor(event: KeyboardEvent): KeyBinding | undefined {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  return BINDINGS.find(
    (b) =>
      b.key === key && b.mod === mod && (b.shift === 'any' || b.shift === event.shiftKey) && !event.altKey,
  )
}

/** True when a canvas key may act: focus is on the canvas, or on nothing in particular. */
function onCanvasOrNowhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true
  return target === document.body || target.closest('.react-flow') !== null
}

/** Installs the shortcut table on the window while the calling component is mounted. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useUi.getState().dialogs.length > 0) return
      const shortcut = shortcutFor(event)
      if (!shortcut || shortcut.spec.canvasKey || (isTextEntry(event.target) && !shortcut.spec.inText)) return
      if (!isCommandAllowed(shortcut.command)) return
      if (runCommand(shortcut.command)) event.preventDefault()
    }
    const onCanvasKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useUi.getState().dialogs.length > 0) return
      const shortcut = shortcutFor(event)
      if (!shortcut?.spec.canvasKey || isTextEntry(event.target) || !onCanvasOrNowhere(event.target)) return
      if (!isCommandAllowed(shortcut.command) || useUi.getState().editingNodeId !== null) return
      const { nodeIds, edgeIds } = useSelection.getState()
      if (nodeIds.size === 0 && edgeIds.size === 0) return
      if (runCommand(shortcut.command)) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keydown', onCanvasKey, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keydown', onCanvasKey, true)
    }
  }, [])
}
