// Global keyboard shortcuts: each maps a key chord to a command of the registry. Shortcuts are
// ignored while a dialog is open and, except for the file commands, while typing in a field.
// In the desktop app the native menu shows the same chords but leaves the keys to this table
// (menu items use registerAccelerator: false), so a command never runs twice. Runs in the renderer.
import { useEffect } from 'react'
import { runCommand, type CommandId } from './commands'
import { useUi } from './store/ui'

interface Shortcut {
  /** KeyboardEvent.key, lower-cased. */
  readonly key: string
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  readonly mod: boolean
  readonly shift?: boolean
  readonly command: CommandId
  /** Also active while focus is in a text field. */
  readonly inText?: boolean
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'z', mod: true, command: 'undo' },
  { key: 'z', mod: true, shift: true, command: 'redo' },
  { key: 'y', mod: true, command: 'redo' },
  { key: 'delete', mod: false, command: 'delete' },
  { key: 'backspace', mod: false, command: 'delete' },
  { key: 'a', mod: true, command: 'selectAll' },
  { key: 'f2', mod: false, command: 'edit.rename' },
  { key: 's', mod: true, command: 'save', inText: true },
  { key: 's', mod: true, shift: true, command: 'saveAs', inText: true },
  { key: 'o', mod: true, command: 'open', inText: true },
  { key: 'n', mod: true, command: 'new', inText: true },
]

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}

export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  return SHORTCUTS.find(
    (s) => s.key === key && s.mod === mod && (s.shift ?? false) === event.shiftKey && !event.altKey,
  )
}

/** Installs the shortcut table on the window while the calling component is mounted. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useUi.getState().dialogs.length > 0) return
      const shortcut = shortcutFor(event)
      if (!shortcut || (isTextEntry(event.target) && !shortcut.inText)) return
      if (runCommand(shortcut.command)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
