// Says that a what-if growth factor is in force: while the factor is not ×1, every capacity bar,
// badge and the status bar's counts use the scaled client populations, so a chip with the factor
// (which opens the Capacity tab) and a reset button shows on the canvas and in the status bar.
// Presentation mode and the report evaluate the design as saved (×1), so they need no chip. Runs
// in the renderer.
import { formatGrowth } from '../design/findings-view'
import { setGrowth, useFindings } from '../store/findings'
import { showSideTab } from '../store/side-tab'
import './WhatIfChip.css'

export function WhatIfChip({ where }: { readonly where: 'canvas' | 'status bar' }) {
  const growth = useFindings((s) => s.growth)
  if (growth === 1) return null
  const factor = formatGrowth(growth)
  return (
    <span
      className={`whatif-chip is-in-${where === 'canvas' ? 'canvas' : 'status'}`}
      role="group"
      aria-label={`What-if factor on the ${where}`}
    >
      <button
        type="button"
        className="whatif-chip-label"
        title={`Capacity and findings use ${factor} the clients in the file (the design is not changed). Open the Capacity tab.`}
        onClick={() => showSideTab('capacity')}
      >
        What-if: clients {factor}
      </button>
      <button
        type="button"
        className="whatif-chip-reset"
        aria-label="Reset the what-if factor to ×1"
        title="Back to ×1 (the clients in the file)"
        onClick={() => setGrowth(1)}
      >
        Reset
      </button>
    </span>
  )
}
