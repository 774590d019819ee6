// The 'edit.connect' command's shortcut as hints show it (the connect dialog, the connections
// legend, an element's empty connection list). Runs in the renderer.
import { chordText } from '../../../shared/commands/chords'
import { commandSpec } from '../../../shared/commands/table'

const MAC = /Mac|iPhone|iPad/.test(navigator.userAgent)

/** The command's shortcut as the user types it ("Ctrl+K", "⌘K"), for hints. */
export function connectShortcutText(): string {
  const chord = commandSpec('edit.connect')?.chords?.[0]
  return chord ? chordText(chord, MAC) : ''
}
