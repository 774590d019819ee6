// Global keyboard shortcuts: each maps a key chord to a command of the registry. Shortcuts are
// ignored while a dialog is open and, except for the file commands, while typing in a field (so a
// text field keeps its own undo, copy and paste). In the desktop app the native menu shows the same
// chords but leaves the keys to this table (menu items use registerAccelerator: false), so a command
// never runs twice. The table also generates the cheat sheet (`?`). Arrow keys move the selection
// by one grid step (16 px), Shift+arrow by 1 px; a run of presses within a second is one undo step.
// Runs in the renderer.
import { useEffect } from 'react'
import { isCommandAllowed, runCommand, type CommandId } from './commands'
import { useSelection } from './store/selection'
import { useUi } from './store/ui'

export type ShortcutGroup = 'File' | 'Edit' | 'Selection' | 'Arrange' | 'View' | 'Help'

export interface Shortcut {
  /** KeyboardEvent.key, lower-cased. */
  readonly key: string
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  readonly mod: boolean
  /** Shift held (true), not held (false, the default), or either ('any': "?" needs it on most layouts). */
  readonly shift?: boolean | 'any'
  readonly command: CommandId
  /** Also active while focus is in a text field. */
  readonly inText?: boolean
  /** What the key does, for the cheat sheet. */
  readonly label?: string
  readonly group?: ShortcutGroup
  /**
   * A canvas key acting on the selected elements: taken before the focused element sees it (React
   * Flow would otherwise move nodes by itself), only while elements are selected and focus is on
   * the canvas or nowhere in particular.
   */
  readonly canvasKey?: boolean
}

const arrow = (key: string, fine: boolean, command: CommandId, label: string): Shortcut => ({
  key,
  mod: false,
  shift: fine,
  command,
  label,
  group: 'Arrange',
  canvasKey: true,
})

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'z', mod: true, command: 'undo', label: 'Undo', group: 'Edit' },
  { key: 'z', mod: true, shift: true, command: 'redo', label: 'Redo', group: 'Edit' },
  { key: 'y', mod: true, command: 'redo', label: 'Redo', group: 'Edit' },
  { key: 'delete', mod: false, command: 'delete', label: 'Delete (with everything inside)', group: 'Edit' },
  {
    key: 'backspace',
    mod: false,
    command: 'delete',
    label: 'Delete (with everything inside)',
    group: 'Edit',
  },
  { key: 'a', mod: true, command: 'selectAll', label: 'Select all', group: 'Selection' },
  { key: 'f2', mod: false, command: 'edit.rename', label: 'Rename (or edit a note) in place', group: 'Edit' },
  { key: 's', mod: true, command: 'save', inText: true, label: 'Save', group: 'File' },
  { key: 's', mod: true, shift: true, command: 'saveAs', inText: true, label: 'Save as', group: 'File' },
  { key: 'o', mod: true, command: 'open', inText: true, label: 'Open', group: 'File' },
  { key: 'n', mod: true, command: 'new', inText: true, label: 'New design', group: 'File' },
  { key: 'c', mod: true, command: 'copy', label: 'Copy', group: 'Edit' },
  { key: 'x', mod: true, command: 'cut', label: 'Cut', group: 'Edit' },
  { key: 'v', mod: true, command: 'paste', label: 'Paste (into the selected container)', group: 'Edit' },
  { key: 'd', mod: true, command: 'duplicate', label: 'Duplicate', group: 'Edit' },
  {
    key: 'f',
    mod: true,
    command: 'find',
    inText: true,
    label: 'Find by name, site code, FQDN or kind',
    group: 'Selection',
  },
  arrow('arrowleft', false, 'move.left', 'Move the selection one grid step (16 px)'),
  arrow('arrowright', false, 'move.right', 'Move the selection one grid step (16 px)'),
  arrow('arrowup', false, 'move.up', 'Move the selection one grid step (16 px)'),
  arrow('arrowdown', false, 'move.down', 'Move the selection one grid step (16 px)'),
  arrow('arrowleft', true, 'move.leftFine', 'Move the selection by 1 px'),
  arrow('arrowright', true, 'move.rightFine', 'Move the selection by 1 px'),
  arrow('arrowup', true, 'move.upFine', 'Move the selection by 1 px'),
  arrow('arrowdown', true, 'move.downFine', 'Move the selection by 1 px'),
  {
    key: 'l',
    mod: true,
    shift: true,
    command: 'autoLayout',
    label: 'Auto-layout the design',
    group: 'Arrange',
  },
  { key: '0', mod: true, command: 'zoomToFit', label: 'Zoom to fit', group: 'View' },
  { key: '=', mod: true, command: 'zoomIn', label: 'Zoom in', group: 'View' },
  { key: '+', mod: true, shift: 'any', command: 'zoomIn', label: 'Zoom in', group: 'View' },
  { key: '-', mod: true, command: 'zoomOut', label: 'Zoom out', group: 'View' },
  {
    key: '?',
    mod: false,
    shift: 'any',
    command: 'shortcuts',
    label: 'Show keyboard shortcuts',
    group: 'Help',
  },
  { key: '/', mod: true, command: 'shortcuts', label: 'Show keyboard shortcuts', group: 'Help' },
  {
    key: 'f5',
    mod: false,
    command: 'present',
    inText: true,
    label: 'Present (Esc leaves, arrow keys step)',
    group: 'View',
  },
]

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}

export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  return SHORTCUTS.find(
    (s) =>
      s.key === key &&
      s.mod === mod &&
      (s.shift === 'any' || (s.shift ?? false) === event.shiftKey) &&
      !event.altKey,
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
      if (!shortcut || shortcut.canvasKey || (isTextEntry(event.target) && !shortcut.inText)) return
      if (!isCommandAllowed(shortcut.command)) return
      if (runCommand(shortcut.command)) event.preventDefault()
    }
    const onCanvasKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useUi.getState().dialogs.length > 0) return
      const shortcut = shortcutFor(event)
      if (!shortcut?.canvasKey || isTextEntry(event.target) || !onCanvasOrNowhere(event.target)) return
      if (!isCommandAllowed(shortcut.command)) return
      if (useSelection.getState().nodeIds.size === 0) return
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
