// A command's shortcut as hints and menus show it ("Ctrl+K", "⌘K"), read from the command table:
// the connect hints (connect dialog, connections legend, an element's empty connection list), the
// canvas controls' tooltips and the context menu. Runs in the renderer.
import { chordText } from '../../../shared/commands/chords'
import { commandSpec, type TableCommandId } from '../../../shared/commands/table'

/** Whether shortcuts are shown the macOS way (⌘ for Mod). */
export const MAC = /Mac|iPhone|iPad/.test(navigator.userAgent)

/** The command's main shortcut as the user types it, or '' when it has none. */
export function shortcutText(id: TableCommandId): string {
  const chord = commandSpec(id)?.chords?.[0]
  return chord ? chordText(chord, MAC) : ''
}
