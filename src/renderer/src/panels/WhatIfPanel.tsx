// What-if growth: scales every client population by a factor (×0.5 … ×5, slider and number field)
// for the evaluation only — the design is neither changed nor dirtied — and shows which limit breaks
// first as clients grow and which limits are over at the chosen factor. Runs in the renderer.
import { useId, useState } from 'react'
import type { CapacityRow } from '../../../shared/rules/types'
import { StateIcon } from '../components/SeverityIcon'
import {
  GROWTH_MAX,
  GROWTH_MIN,
  firstToBreak,
  formatGrowth,
  formatPercent,
  loadOverLimit,
  parseGrowth,
  usage,
} from '../design/findings-view'
import { setGrowth, useFindings } from '../store/findings'
import { useNodeNames, useRevealNode } from './reveal'
import './findings-panels.css'
import './WhatIfPanel.css'

const GROWTH_STEP = 0.1

/** Rounds down to two decimals, so a shown factor never overstates the headroom. */
const floor2 = (n: number) => Math.floor(n * 100) / 100

function GrowthControls() {
  const growth = useFindings((s) => s.growth)
  // What the user typed, tied to the factor it was typed over: a factor changed elsewhere (the
  // slider, "Back to ×1") replaces it.
  const [draft, setDraft] = useState<{ readonly text: string; readonly base: number } | null>(null)
  const sliderId = useId()
  const errorId = useId()
  const typed = draft !== null && draft.base === growth ? draft.text : null
  const text = typed ?? String(growth)
  const invalid = typed !== null && parseGrowth(typed) === null

  const onText = (value: string) => {
    const parsed = parseGrowth(value)
    setDraft({ text: value, base: parsed ?? growth })
    if (parsed !== null) setGrowth(parsed)
  }

  return (
    <div className="growth-controls">
      <label className="field-label" htmlFor={sliderId}>
        Client growth factor
      </label>
      <div className="growth-row">
        <span className="growth-bound" aria-hidden="true">
          ×{GROWTH_MIN}
        </span>
        <input
          id={sliderId}
          className="growth-slider"
          type="range"
          min={GROWTH_MIN}
          max={GROWTH_MAX}
          step={GROWTH_STEP}
          value={growth}
          aria-valuetext={formatGrowth(growth)}
          onChange={(e) => setGrowth(Math.round(Number(e.target.value) * 100) / 100)}
        />
        <span className="growth-bound" aria-hidden="true">
          ×{GROWTH_MAX}
        </span>
        <span className="growth-number">
          <span aria-hidden="true">×</span>
          <input
            className="number-input"
            type="number"
            inputMode="decimal"
            min={GROWTH_MIN}
            max={GROWTH_MAX}
            step={GROWTH_STEP}
            value={text}
            aria-label="Growth factor"
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(e) => onText(e.target.value)}
            onBlur={() => {
              if (invalid) setDraft(null)
            }}
          />
        </span>
      </div>
      {invalid ? (
        <p id={errorId} className="field-error" role="alert">
          Enter a factor from {GROWTH_MIN} to {GROWTH_MAX}.
        </p>
      ) : null}
      {growth !== 1 ? (
        <button type="button" className="link-button" onClick={() => setGrowth(1)}>
          Back to ×1 (the clients in the file)
        </button>
      ) : null}
    </div>
  )
}

function RowElement({ row }: { row: CapacityRow }) {
  const nameOf = useNodeNames()
  const reveal = useRevealNode()
  const name = nameOf(row.nodeId)
  return (
    <button
      type="button"
      className="element-link"
      title={`Show ${name.full}`}
      onClick={() => reveal(row.nodeId)}
    >
      {name.short}
    </button>
  )
}

export function WhatIfPanel() {
  const evaluation = useFindings((s) => s.evaluation)
  const growth = useFindings((s) => s.growth)
  const rows = evaluation?.capacity ?? []
  const first = firstToBreak(rows)
  const over = rows.filter((r) => usage(r) > 1)
  const current = evaluation !== null && evaluation.growth === growth

  return (
    <section className="findings-panel whatif-panel" aria-label="What-if growth">
      <h2 className="panel-title">What-if growth</h2>
      <p className="panel-note">
        Multiply every client population to see which limit breaks first. Only the checks use the factor; the
        design is not changed.
      </p>
      <GrowthControls />
      {evaluation === null ? (
        <p className="panel-note">Checking the design…</p>
      ) : (
        <div className={`whatif-results${current ? '' : ' is-stale'}`} aria-busy={!current}>
          <div className="first-break" data-testid="first-break">
            <h3 className="finding-label">First limit to break</h3>
            {first && first.breaksAtGrowth !== null ? (
              <div className="first-break-body">
                <span className={`first-break-factor${first.breaksAtGrowth <= 1 ? ' is-over' : ''}`}>
                  {first.breaksAtGrowth <= 1 ? 'Now' : formatGrowth(floor2(first.breaksAtGrowth))}
                </span>
                <span className="first-break-what">
                  <RowElement row={first} />
                  <span className="first-break-measure">{first.label}</span>
                  <span className="first-break-at">
                    {first.breaksAtGrowth <= 1
                      ? 'Already over its limit with the clients in the file.'
                      : `Over its limit above ${formatGrowth(floor2(first.breaksAtGrowth))} the clients in the file.`}
                  </span>
                </span>
              </div>
            ) : (
              <p className="panel-note">No limit here grows with the number of clients.</p>
            )}
          </div>
          <h3 className="finding-label">
            Over the limit at {formatGrowth(evaluation.growth)} ({over.length})
          </h3>
          {over.length === 0 ? (
            <p className="findings-empty is-compact">
              <StateIcon name="ok" />
              Every limit holds at {formatGrowth(evaluation.growth)}.
            </p>
          ) : (
            <ul className="over-list">
              {over.map((row) => (
                <li key={`${row.nodeId}|${row.metric}`} className="over-row">
                  <RowElement row={row} />
                  <span className="over-measure">{row.label}</span>
                  <span className="over-value">
                    <span className="over-tag">Over</span> {loadOverLimit(row)} ({formatPercent(usage(row))})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
