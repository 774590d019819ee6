// The side panel of a presentation step, in large type for the back of the room: how many elements
// the step has (and how many it adds), its findings by severity with the most important ones named,
// the capacity rows closest to their limits, and the monthly cost estimate. Everything but the
// element count comes from evaluating the step's own sub-design, which reads "Checking…" until it
// is done (or says why it could not be). Runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { Evaluation } from '../../../shared/rules/engine'
import { SEVERITY_ORDER, type CapacityRow, type Severity } from '../../../shared/rules/types'
import { formatMoney, formatNumber } from '../../../shared/report/labels'
import { SEVERITIES, StateIcon, presentCountLabel } from '../components/SeverityIcon'
import type { StepEvaluation } from './step-evaluation'
import './StepSummary.css'

/** How many findings and capacity rows are named: in the side panel, and in the band below the canvas. */
const SHOWN_FINDINGS = { side: 4, band: 3 }
const SHOWN_CAPACITY = { side: 4, band: 2 }
/** From this share of a limit on, a row reads "Near limit". */
const NEAR_LIMIT = 0.8

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

function Findings({ evaluation, shown }: { evaluation: Evaluation; shown: number }) {
  const open = evaluation.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const counts: Readonly<Record<Severity, number>> = {
    error: evaluation.summary.errors,
    warning: evaluation.summary.warnings,
    info: evaluation.summary.info,
  }
  return (
    <section className="present-section" aria-labelledby="present-findings-title">
      <h2 id="present-findings-title">Findings</h2>
      {open.length === 0 ? (
        <p className="present-verdict is-ok">
          <StateIcon name="ok" size={26} />
          No findings
        </p>
      ) : (
        <ul className="present-counts" data-testid="present-finding-counts">
          {SEVERITIES.map((severity) => (
            <li key={severity} className={`sev-${severity}${counts[severity] === 0 ? ' is-zero' : ''}`}>
              <StateIcon name={severity} size={26} />
              {presentCountLabel(severity, counts[severity])}
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 ? (
        <ol className="present-findings" aria-label="Most important findings">
          {open.slice(0, shown).map((f, i) => (
            <li key={`${f.ruleId}-${i}`} className={`sev-${f.severity}`}>
              <StateIcon name={f.severity} size={20} />
              <span className="present-finding-title">{f.title}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {open.length > shown ? (
        <p className="present-more">and {plural(open.length - shown, 'more', 'more')}</p>
      ) : null}
      {evaluation.summary.suppressed > 0 ? (
        <p className="present-more">
          {plural(evaluation.summary.suppressed, 'finding', 'findings')} suppressed
        </p>
      ) : null}
    </section>
  )
}

const share = (row: CapacityRow) => (row.limit > 0 ? row.load / row.limit : row.load > 0 ? Infinity : 0)

function CapacityStatus({ row }: { row: CapacityRow }) {
  const used = share(row)
  if (used > 1)
    return (
      <span className="present-status sev-error">
        <StateIcon name="error" size={18} />
        Over limit
      </span>
    )
  if (used >= NEAR_LIMIT)
    return (
      <span className="present-status sev-warning">
        <StateIcon name="warning" size={18} />
        Near limit
      </span>
    )
  return (
    <span className="present-status is-ok">
      <StateIcon name="ok" size={18} />
      Within limit
    </span>
  )
}

function Capacity({
  doc,
  evaluation,
  shown,
}: {
  doc: DesignDocument
  evaluation: Evaluation
  shown: number
}) {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name.trim() === '' ? n.id : n.name]))
  const rows = [...evaluation.capacity].sort((a, b) => share(b) - share(a))
  return (
    <section className="present-section" aria-labelledby="present-capacity-title">
      <h2 id="present-capacity-title">Capacity</h2>
      {rows.length === 0 ? (
        <p className="present-empty">No capacity to measure at this step.</p>
      ) : (
        <ul className="present-capacity" data-testid="present-capacity">
          {rows.slice(0, shown).map((row) => {
            const used = share(row)
            const percent = Number.isFinite(used) ? Math.round(used * 100) : null
            return (
              <li key={`${row.nodeId}-${row.metric}`}>
                <div className="present-capacity-head">
                  <span className="present-capacity-name">{names.get(row.nodeId) ?? row.nodeId}</span>
                  <CapacityStatus row={row} />
                </div>
                <div className="present-capacity-label">{row.label}</div>
                <div className="present-capacity-numbers">
                  <span className="present-bar" aria-hidden="true">
                    <span
                      className={used > 1 ? 'sev-error' : used >= NEAR_LIMIT ? 'sev-warning' : 'is-ok'}
                      style={{ width: `${Math.min(100, Math.max(0, used * 100))}%` }}
                    />
                  </span>
                  <span>
                    {formatNumber(row.load)} of {formatNumber(row.limit)}
                    {percent === null ? '' : ` (${percent}%)`}
                  </span>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {rows.length > shown ? (
        <p className="present-more">and {plural(rows.length - shown, 'more limit', 'more limits')}</p>
      ) : null}
    </section>
  )
}

function Cost({ evaluation }: { evaluation: Evaluation }) {
  const { cost } = evaluation
  const currency = cost.currency || 'currency units'
  let amount: string
  let detail: string
  if (cost.cmgs.length === 0) {
    amount = 'None'
    detail = 'No CMG at this step, so no Azure cost.'
  } else if (cost.monthly !== null) {
    amount = `${formatMoney(cost.monthly)} ${currency}`
    detail = `per month for ${plural(cost.cmgs.length, 'CMG', 'CMGs')}${cost.asOf ? `, prices of ${cost.asOf}` : ''}`
  } else if (cost.knownMonthly > 0) {
    amount = `At least ${formatMoney(cost.knownMonthly)} ${currency}`
    detail = 'per month; the price book lacks some prices.'
  } else {
    amount = 'Not priced'
    detail = "The design's price book has no prices yet."
  }
  return (
    <section className="present-section" aria-labelledby="present-cost-title">
      <h2 id="present-cost-title">Monthly cost</h2>
      <p className="present-cost" data-testid="present-cost">
        {amount}
      </p>
      <p className="present-cost-detail">{detail}</p>
    </section>
  )
}

/** The sections while the step's evaluation is on its way or has failed, in the same places. */
function NotYetChecked({ evaluation }: { evaluation: Exclude<StepEvaluation, { status: 'done' }> }) {
  const checking = evaluation.status === 'checking'
  const pending = <p className="present-empty">{checking ? 'Checking…' : 'Not checked.'}</p>
  return (
    <>
      <section className="present-section" aria-labelledby="present-findings-title">
        <h2 id="present-findings-title">Findings</h2>
        {checking ? (
          <p className="present-verdict" role="status">
            <StateIcon name="checking" size={26} />
            Checking…
          </p>
        ) : (
          <>
            <p className="present-verdict" role="alert">
              <StateIcon name="paused" size={26} />
              Not checked
            </p>
            <p className="present-more">The checks could not run: {evaluation.message}.</p>
          </>
        )}
      </section>
      <section className="present-section" aria-labelledby="present-capacity-title">
        <h2 id="present-capacity-title">Capacity</h2>
        {pending}
      </section>
      <section className="present-section" aria-labelledby="present-cost-title">
        <h2 id="present-cost-title">Monthly cost</h2>
        {pending}
      </section>
    </>
  )
}

export function StepSummary(props: {
  doc: DesignDocument
  evaluation: StepEvaluation
  newCount: number
  stepName: string
  /** In the band below the canvas (less height): fewer rows are named. */
  compact: boolean
}) {
  const { doc, evaluation, newCount } = props
  const size = props.compact ? 'band' : 'side'
  return (
    <aside
      className="present-summary"
      aria-label={`${props.stepName}: summary`}
      aria-busy={evaluation.status === 'checking' || (evaluation.status === 'done' && !evaluation.current)}
    >
      <p className="present-elements" data-testid="present-elements">
        <strong>{plural(doc.nodes.length, 'element', 'elements')}</strong>
        {newCount > 0 ? (
          <span className="present-new-count">{newCount.toLocaleString('en-US')} new</span>
        ) : null}
      </p>
      {evaluation.status === 'done' ? (
        <>
          <Findings evaluation={evaluation.evaluation} shown={SHOWN_FINDINGS[size]} />
          <Capacity doc={doc} evaluation={evaluation.evaluation} shown={SHOWN_CAPACITY[size]} />
          <Cost evaluation={evaluation.evaluation} />
        </>
      ) : (
        <NotYetChecked evaluation={evaluation} />
      )}
    </aside>
  )
}
