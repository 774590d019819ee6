// The connection legend drawn over the canvas: one line sample per edge kind, styled by the same
// CSS classes as the edges themselves, collapsible with a real button (its state announced as
// expanded or collapsed), with the "Show labels" switch that writes each connection's kind on it
// (store/canvas-settings.ts). Runs in the renderer.
import { useId, useState } from 'react'
import { EDGE_KINDS } from '../../../shared/model/schema'
import { shortcutText } from '../components/shortcut-text'
import { CONNECTION_KINDS } from '../../../shared/kinds/connections'
import { setEdgeLabels, useCanvasSettings } from '../store/canvas-settings'
import { markerId } from './flow-elements'
import './EdgeLegend.css'

export function EdgeLegend() {
  const [open, setOpen] = useState(true)
  const bodyId = useId()
  const labels = useCanvasSettings((s) => s.edgeLabels)
  return (
    <div className={`edge-legend${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="edge-legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <svg className="edge-legend-chevron" width="8" height="8" viewBox="0 0 8 8" aria-hidden="true">
          <path d="M2 1l4 3-4 3z" fill="currentColor" />
        </svg>
        Connections
      </button>
      <div id={bodyId} hidden={!open}>
        <ul>
          {EDGE_KINDS.map((kind) => (
            <li key={kind}>
              <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
                <path
                  d="M2 6H36"
                  className={`edge-style edge-style-${kind}`}
                  markerEnd={`url(#${markerId(kind)})`}
                />
              </svg>
              <span>{CONNECTION_KINDS[kind].label}</span>
            </li>
          ))}
        </ul>
        <label className="edge-legend-labels">
          <input type="checkbox" checked={labels} onChange={(e) => setEdgeLabels(e.target.checked)} />
          Show labels on connections
        </label>
        <p className="legend-hint">
          Drag from an element&apos;s dot to another element to connect them, or select an element and press{' '}
          {shortcutText('edit.connect')}.
        </p>
      </div>
    </div>
  )
}
