// The capacity table: every capacity row of the latest evaluation (CMGs, connection points, MPs,
// SUPs, sites and the hierarchy) with the element, what is measured, load / limit, the use in
// percent with a bar, and an "Over" marker in words. Clicking an element reveals it. Runs in the
// renderer.
import { formatGrowth, formatPercent, loadOverLimit, usage, usageLevel } from '../design/findings-view'
import { useFindings } from '../store/findings'
import { useNodeNames, useRevealNode } from './reveal'
import './findings-panels.css'
import './CapacityTable.css'

export function CapacityTable() {
  const evaluation = useFindings((s) => s.evaluation)
  const nameOf = useNodeNames()
  const reveal = useRevealNode()
  const rows = evaluation?.capacity ?? []
  return (
    <section className="findings-panel capacity-panel" aria-label="Capacity">
      <h2 className="panel-title">
        Capacity
        {evaluation !== null && evaluation.growth !== 1 ? ` at ${formatGrowth(evaluation.growth)}` : ''}
      </h2>
      {evaluation === null ? (
        <p className="panel-note">Checking the design…</p>
      ) : rows.length === 0 ? (
        <p className="panel-note">
          Nothing to measure yet: capacity appears for CMGs, connection points, management points, software
          update points and sites.
        </p>
      ) : (
        <table className="capacity-table">
          <thead>
            <tr>
              <th scope="col">Element and measure</th>
              <th scope="col" className="num">
                Load / limit
              </th>
              <th scope="col" className="num">
                Use
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ratio = usage(row)
              const level = usageLevel(ratio)
              const name = nameOf(row.nodeId)
              return (
                <tr key={`${row.nodeId}|${row.metric}`} className={`level-${level}`}>
                  <th scope="row">
                    <button
                      type="button"
                      className="element-link"
                      title={`Show ${name.full}`}
                      onClick={() => reveal(row.nodeId)}
                    >
                      {name.short}
                    </button>
                    <span className="capacity-measure">{row.label}</span>
                  </th>
                  <td className="num">{loadOverLimit(row)}</td>
                  <td className="num use-cell">
                    <span className="use-text">
                      {level === 'over' ? <span className="over-tag">Over</span> : null}
                      {formatPercent(ratio)}
                    </span>
                    <span className="use-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, ratio * 100)}%` }} />
                    </span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
