// The align toolbar: shown over the canvas while two or more elements of the same container (or all
// top-level) are selected. Align left, centre, right, top, middle or bottom, and distribute
// horizontally or vertically (three or more); each is one undoable step, run through the command
// registry like the menu and keys. Runs in the renderer.
import { useMemo } from 'react'
import { runCommand, type CommandId } from '../commands'
import { canAlign } from '../design/align'
import { useDocument } from '../store/document'
import { useSelection } from '../store/selection'
import './AlignToolbar.css'

interface AlignButton {
  readonly command: CommandId
  readonly label: string
  /** SVG path data on a 16 × 16 grid. */
  readonly icon: string
  readonly needsThree?: boolean
}

const BUTTONS: readonly (AlignButton | 'separator')[] = [
  { command: 'align.left', label: 'Align left', icon: 'M2 1v14M4 4h8v3H4zM4 9h5v3H4z' },
  { command: 'align.centre', label: 'Align centre', icon: 'M8 1v14M3 4h10v3H3zM5 9h6v3H5z' },
  { command: 'align.right', label: 'Align right', icon: 'M14 1v14M4 4h8v3H4zM7 9h5v3H7z' },
  'separator',
  { command: 'align.top', label: 'Align top', icon: 'M1 2h14M4 4h3v8H4zM9 4h3v5H9z' },
  { command: 'align.middle', label: 'Align middle', icon: 'M1 8h14M4 3h3v10H4zM9 5h3v6H9z' },
  { command: 'align.bottom', label: 'Align bottom', icon: 'M1 14h14M4 4h3v8H4zM9 7h3v5H9z' },
  'separator',
  {
    command: 'distribute.horizontal',
    label: 'Distribute horizontally',
    icon: 'M1 2v12M15 2v12M6 4h4v8H6z',
    needsThree: true,
  },
  {
    command: 'distribute.vertical',
    label: 'Distribute vertically',
    icon: 'M2 1h12M2 15h12M4 6h8v4H4z',
    needsThree: true,
  },
]

export function AlignToolbar() {
  const nodes = useDocument((s) => s.doc.nodes)
  const selected = useSelection((s) => s.nodeIds)
  const visible = useMemo(() => canAlign({ nodes }, selected), [nodes, selected])
  if (!visible) return null
  const count = selected.size
  return (
    <div className="align-toolbar" role="toolbar" aria-label="Align and distribute">
      <span className="align-count" aria-hidden="true">
        {count} selected
      </span>
      {BUTTONS.map((b, i) =>
        b === 'separator' ? (
          <span key={`sep-${i}`} className="align-separator" role="separator" aria-orientation="vertical" />
        ) : (
          <button
            key={b.command}
            type="button"
            className="align-button"
            aria-label={b.label}
            title={b.needsThree && count < 3 ? `${b.label} (select three or more)` : b.label}
            disabled={b.needsThree === true && count < 3}
            onClick={() => runCommand(b.command)}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d={b.icon} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            </svg>
          </button>
        ),
      )}
    </div>
  )
}
