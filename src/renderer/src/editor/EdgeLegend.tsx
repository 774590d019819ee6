// The connection legend drawn over the canvas: one line sample per edge kind, styled by the same
// CSS classes as the edges themselves, collapsible. Runs in the renderer.
import { EDGE_KINDS } from '../../../shared/model/schema'
import { EDGE_KIND_INFO } from '../design/kind-info'
import { markerId } from './flow-elements'

export function EdgeLegend() {
  return (
    <details className="edge-legend" open>
      <summary>Connections</summary>
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
            <span>{EDGE_KIND_INFO[kind].label}</span>
          </li>
        ))}
      </ul>
      <p className="legend-hint">Drag from an element&apos;s dot to another element to connect them.</p>
    </details>
  )
}
