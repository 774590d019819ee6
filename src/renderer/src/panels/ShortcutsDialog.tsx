// The keyboard cheat sheet (`?`, Help ▸ Keyboard Shortcuts): every chord of the command table
// (src/shared/commands/table.ts, which the key handler also reads) grouped as File, Edit, Selection,
// Arrange, View and Help, so the sheet can never disagree with the keys, plus the mouse gestures of
// the canvas. A modal dialog: focus stays inside, Escape or Close returns focus to where it was, and
// keys pressed inside never reach the canvas. Runs in the renderer. The 'shortcuts' command and the
// opener live in App.tsx, which loads this module when the sheet is first opened.
import { Fragment } from 'react'
import { parseChord, type ParsedChord } from '../../../shared/commands/chords'
import { COMMANDS, SHEET_GROUPS, type CommandSpec, type SheetGroup } from '../../../shared/commands/table'
import { HelpSheet } from '../components/HelpSheet'
import { MAC } from '../components/shortcut-text'
import './ShortcutsDialog.css'

/** The sheet also closes on the key that opens it. */
const CLOSE_KEYS = ['?']

const KEY_NAMES: Readonly<Record<string, string>> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Delete',
  backspace: 'Backspace',
  contextmenu: 'Menu',
}

/** The keys of a chord as shown on key caps: ["Ctrl", "Shift", "Z"]. */
function chordKeys(shortcut: ParsedChord): string[] {
  const keys: string[] = []
  if (shortcut.mod) keys.push(MAC ? '⌘' : 'Ctrl')
  if (shortcut.shift === true) keys.push('Shift')
  keys.push(
    KEY_NAMES[shortcut.key] ??
      (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : capitalise(shortcut.key)),
  )
  return keys
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Select All" → "Select all", "Save As…" → "Save as": a menu label as a cheat-sheet phrase. */
const sentence = (label: string) =>
  label.replace(/…$/, '').replace(/(?<=\s)([A-Z])(?=[a-z])/g, (letter: string) => letter.toLowerCase())

interface Row {
  readonly label: string
  /** Key chords ("Ctrl", "Z"), or mouse gestures written out ("Shift+drag on empty canvas"). */
  readonly chords?: string[][]
  readonly gestures?: readonly string[]
}

const ARROWS = new Set(['←', '→', '↑', '↓'])

/** Chords that differ only in their arrow key become one: ["Shift", "← → ↑ ↓"]. */
function mergeArrows(chords: readonly string[][]): string[][] {
  const out: string[][] = []
  for (const keys of chords) {
    const last = keys[keys.length - 1] ?? ''
    const prefix = keys.slice(0, -1).join('+')
    const same = out.find(
      (k) =>
        k.slice(0, -1).join('+') === prefix && (k[k.length - 1] ?? '').split(' ').every((a) => ARROWS.has(a)),
    )
    if (ARROWS.has(last) && same) same[same.length - 1] = `${same[same.length - 1]} ${last}`
    else out.push([...keys])
  }
  return out
}

/** The table as rows per group: one row per action, with every chord that triggers it. */
function sheet(): Map<SheetGroup, Row[]> {
  const groups = new Map<SheetGroup, Row[]>()
  for (const command of COMMANDS as readonly CommandSpec[]) {
    if (!command.chords || !command.group) continue
    const label = command.help ?? sentence(command.label)
    const rows = groups.get(command.group) ?? []
    const row = rows.find((r) => r.label === label)
    const chords = command.chords.map((chord) => chordKeys(parseChord(chord)))
    if (row?.chords) row.chords.push(...chords)
    else rows.push({ label, chords })
    groups.set(command.group, rows)
  }
  for (const rows of groups.values())
    rows.forEach((row, i) => {
      if (row.chords) rows[i] = { ...row, chords: mergeArrows(row.chords) }
    })
  return groups
}

const MOUSE_ROWS: readonly Row[] = [
  { label: 'Add an element', gestures: ['Drag from the palette', 'Enter on a palette item'] },
  { label: 'Add to the selection', gestures: ['Shift+click', `${MAC ? '⌘' : 'Ctrl'}+click`] },
  { label: 'Select with a box', gestures: ['Shift+drag on empty canvas'] },
  { label: 'Rename, or edit a note', gestures: ['Double-click'] },
  { label: 'Connect two elements', gestures: ['Drag from the dot on the right'] },
  { label: 'Pan', gestures: ['Mouse wheel', 'Space+drag', 'Drag on empty canvas'] },
  { label: 'Zoom', gestures: [`${MAC ? '⌘' : 'Ctrl'}+wheel`, 'Pinch'] },
]

function Chord({ keys }: { keys: readonly string[] }) {
  return (
    <span className="chord">
      {keys.map((k, i) => (
        <Fragment key={i}>
          {i > 0 ? <span className="chord-plus">+</span> : null}
          <kbd>{k}</kbd>
        </Fragment>
      ))}
    </span>
  )
}

function ShortcutTable({ title, rows }: { title: string; rows: readonly Row[] }) {
  return (
    <section className="shortcut-group" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        {rows.map((row) => (
          <div key={row.label} className="shortcut-row">
            <dt>{row.label}</dt>
            <dd>
              {(row.chords ?? []).map((keys, i) => (
                <Fragment key={i}>
                  {i > 0 ? <span className="chord-or">or</span> : null}
                  <Chord keys={keys} />
                </Fragment>
              ))}
              {(row.gestures ?? []).map((gesture, i) => (
                <Fragment key={i}>
                  {i > 0 ? <span className="chord-or">or</span> : null}
                  <span className="gesture">{gesture}</span>
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** The open sheet; `onClose` closes it (Escape, `?`, Close, a click outside). */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const groups = sheet()
  return (
    <HelpSheet
      title="Keyboard shortcuts"
      className="shortcuts-dialog"
      onClose={onClose}
      closeKeys={CLOSE_KEYS}
    >
      <div className="shortcuts-body" tabIndex={0} aria-label="Shortcut list">
        {SHEET_GROUPS.flatMap((group) => {
          const rows = groups.get(group)
          return rows ? [<ShortcutTable key={group} title={group} rows={rows} />] : []
        })}
        <ShortcutTable title="Mouse" rows={MOUSE_ROWS} />
      </div>
    </HelpSheet>
  )
}
