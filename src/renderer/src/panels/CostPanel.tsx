// The cost estimate: per CMG the virtual machine, outbound data and storage lines with how each was
// computed, the CMG's monthly total and the design's total — "unknown" wherever the design's price
// book lacks a price, never a made-up figure — with the currency, the price book's date and every
// assumption. Prices are edited in the design settings: "Open the price book" shows them in the
// Inspector. Runs in the renderer.
import type { CostEstimate } from '../../../shared/rules/cost'
import { formatGrowth } from '../design/findings-view'
import { useFindings } from '../store/findings'
import { showDesignField, useRevealNode } from './reveal'
import './findings-panels.css'
import './CostPanel.css'

/** Opens the Inspector on the design settings with the price book's first field focused. */
function OpenPriceBook() {
  return (
    <button
      type="button"
      className="button is-small cost-pricebook-open"
      onClick={() => showDesignField('priceBook')}
    >
      Open the price book
    </button>
  )
}

function money(amount: number, currency: string): string {
  const n = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return currency === '' ? n : `${currency} ${n}`
}

function Amount({ value, currency }: { value: number | null; currency: string }) {
  return value === null ? (
    <span className="amount is-unknown">unknown</span>
  ) : (
    <span className="amount">{money(value, currency)}</span>
  )
}

function PriceBookLine({ cost }: { cost: CostEstimate }) {
  const currency = cost.currency === '' ? 'no currency set' : cost.currency
  const date = cost.asOf === '' ? 'undated' : `dated ${cost.asOf}`
  return (
    <p className="cost-pricebook">
      Price book: {currency}, {date}
    </p>
  )
}

export function CostPanel() {
  const evaluation = useFindings((s) => s.evaluation)
  const reveal = useRevealNode()
  if (evaluation === null)
    return (
      <section className="findings-panel cost-panel" aria-label="Cost estimate">
        <h2 className="panel-title">Cost estimate</h2>
        <p className="panel-note">Checking the design…</p>
      </section>
    )
  const cost = evaluation.cost
  const missing = cost.monthly === null
  return (
    <section className="findings-panel cost-panel" aria-label="Cost estimate">
      <h2 className="panel-title">
        Cost estimate{evaluation.growth !== 1 ? ` at ${formatGrowth(evaluation.growth)}` : ''}
      </h2>
      <div className={`cost-total${missing ? ' is-unknown' : ''}`}>
        <span className="cost-total-label">Estimated monthly total</span>
        <span className="cost-total-value" data-testid="cost-total">
          {cost.cmgs.length === 0 ? (
            'no CMG in the design'
          ) : (
            <Amount value={cost.monthly} currency={cost.currency} />
          )}
        </span>
        {missing && cost.cmgs.length > 0 ? (
          <span className="cost-known">
            The price book is missing prices; the known part is {money(cost.knownMonthly, cost.currency)} a
            month.
          </span>
        ) : null}
        <PriceBookLine cost={cost} />
        <OpenPriceBook />
      </div>
      {cost.cmgs.map((cmg) => (
        <article key={cmg.nodeId} className="cost-cmg" aria-label={`Cost of CMG ${cmg.name}`}>
          <header className="cost-cmg-head">
            <button type="button" className="element-link" onClick={() => reveal(cmg.nodeId)}>
              CMG {cmg.name}
            </button>
            <span className="cost-cmg-total">
              <Amount value={cmg.monthly} currency={cost.currency} />
              <span className="cost-per"> / month</span>
            </span>
          </header>
          <table className="cost-lines">
            <tbody>
              {cmg.lines.map((line) => (
                <tr key={line.item}>
                  <th scope="row">
                    {line.label}
                    <span className="cost-basis">{line.basis}</span>
                  </th>
                  <td className="num">
                    <Amount value={line.monthly} currency={cost.currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
      <h3 className="finding-label">Assumptions</h3>
      <ul className="cost-assumptions">
        {cost.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p className="panel-note cost-edit-note">
        Prices, currency and the price book&apos;s date are edited in the design settings (Inspector, with
        nothing selected). No price is built in: an empty price book shows “unknown”.
      </p>
    </section>
  )
}
