// The design report's cost estimate: the monthly Azure cost of each CMG line by line from the
// design's price book, the total (or the known part of it) and the assumptions. Pure; runs in the
// renderer's report worker and in the CLI (`cmg-designer report`).
import { el, fragment, p, type Content, type Html } from '../html'
import { formatMoney } from '../labels'
import type { ReportInput } from '../report-input'

export function cost(input: ReportInput): Html {
  const c = input.evaluation.cost
  const currency = c.currency === '' ? '' : ` ${c.currency}`
  const amount = (n: number | null): Content =>
    n === null ? el('span', { class: 'unknown' }, 'unknown') : `${formatMoney(n)}${currency}`
  const book = p(
    `Prices from the design's price book${c.asOf === '' ? ' (undated)' : `, dated ${c.asOf}`}; currency: ${c.currency === '' ? 'not set' : c.currency}. Amounts are per month.`,
  )
  const perCmg = c.cmgs.map((cmg) =>
    fragment([
      el('h3', {}, `CMG ${cmg.name}`),
      el(
        'table',
        { class: 'data cost' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Item'),
            el('th', { scope: 'col' }, 'Basis'),
            el('th', { scope: 'col', class: 'num' }, 'Monthly'),
          ),
        ),
        el(
          'tbody',
          {},
          cmg.lines.map((l) =>
            el(
              'tr',
              {},
              el('td', {}, l.label),
              el('td', {}, l.basis),
              el('td', { class: 'num' }, amount(l.monthly)),
            ),
          ),
        ),
        el(
          'tfoot',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'row', colspan: 2 }, `Total for CMG ${cmg.name}`),
            el('td', { class: 'num' }, amount(cmg.monthly)),
          ),
        ),
      ),
    ]),
  )
  const total =
    c.cmgs.length === 0
      ? p('The design has no cloud management gateway, so there is no Azure cost to estimate.')
      : el(
          'p',
          { class: 'total' },
          el('strong', {}, 'Estimated monthly total: '),
          c.monthly === null
            ? [
                el('span', { class: 'unknown' }, 'unknown'),
                `, because the price book is missing prices; the known part is ${formatMoney(c.knownMonthly)}${currency} a month.`,
              ]
            : `${formatMoney(c.monthly)}${currency} a month.`,
        )
  return fragment([
    book,
    ...perCmg,
    total,
    el('h3', {}, 'Assumptions'),
    el(
      'ul',
      { class: 'assumptions' },
      c.assumptions.map((a) => el('li', {}, a)),
    ),
  ])
}
