// Platform-neutral key chords of the command table ("Mod+Shift+Z"): parsed into what a keydown
// must match, and written as Electron menu accelerators. "Mod" is Ctrl on Windows/Linux and Cmd on
// macOS; "Shift?" accepts Shift held or not ("?" and "+" need it on most layouts); "Plus" is the
// "+" key; other keys are KeyboardEvent.key names ("Z", "Delete", "F5", "ArrowLeft", "/"). Pure.

export interface ParsedChord {
  /** KeyboardEvent.key, lower-cased. */
  readonly key: string
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  readonly mod: boolean
  /** Shift held (true), not held (false), or either ('any'). */
  readonly shift: boolean | 'any'
}

/** "Mod+Shift?+Plus" → { key: '+', mod: true, shift: 'any' }. Throws on an unknown modifier. */
export function parseChord(chord: string): ParsedChord {
  const parts = chord.split('+')
  const key = parts.pop() ?? ''
  let mod = false
  let shift: boolean | 'any' = false
  for (const part of parts) {
    if (part === 'Mod') mod = true
    else if (part === 'Shift') shift = true
    else if (part === 'Shift?') shift = 'any'
    else throw new Error(`Unknown modifier "${part}" in chord "${chord}"`)
  }
  if (key === '') throw new Error(`No key in chord "${chord}"`)
  return { key: key === 'Plus' ? '+' : key.toLowerCase(), mod, shift }
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
}

/** "Mod+Shift+S" → "CmdOrCtrl+Shift+S", the form Electron's menu shows. */
export function toAccelerator(chord: string): string {
  return chord
    .split('+')
    .map((part) =>
      part === 'Mod' ? 'CmdOrCtrl' : part === 'Shift?' ? 'Shift' : (ACCELERATOR_KEYS[part] ?? part),
    )
    .join('+')
}

const KEY_TEXT: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Plus: '+',
}

/** "Mod+Shift+Z" as a menu hint: "Ctrl+Shift+Z", or "⌘⇧Z" on macOS. */
export function chordText(chord: string, mac: boolean): string {
  const parts = chord
    .split('+')
    .filter((part) => part !== 'Shift?')
    .map((part) =>
      part === 'Mod'
        ? mac
          ? '⌘'
          : 'Ctrl'
        : part === 'Shift'
          ? mac
            ? '⇧'
            : 'Shift'
          : (KEY_TEXT[part] ?? part),
    )
  return parts.join(mac ? '' : '+')
}

/** "Mod+Shift+Z" as an aria-keyshortcuts value: "Control+Shift+Z", or "Meta+Shift+Z" on macOS. */
export function ariaKeyShortcut(chord: string, mac: boolean): string {
  return chord
    .split('+')
    .filter((part) => part !== 'Shift?')
    .map((part) => (part === 'Mod' ? (mac ? 'Meta' : 'Control') : part === 'Plus' ? '+' : part))
    .join('+')
}
