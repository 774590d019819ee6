// The design report's capacity chapter: load against the documented limit for every element that
// has one, how much is used, what is over, and the growth at which each limit breaks. Pure; runs in
// the renderer's report worker and in the CLI (`cmg-designer report`).
import type { DesignNode } from '../../model/schema'
import { KIND_LABEL } from '../../kinds'
import type { Evaluation } from '../../rules/engine'
import type { Design } from '../design-index'
import { capacityHeadroom, isOverLimit } from '../design-steps'
import { el, fragment, p, raw, severityIcon, strongName, table, type Html } from '../html'
import { formatFactor, formatNumber, plural } from '../labels'
import type { ReportInput } from '../report-input'

const OK_ICON = raw(
  '<svg class="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true"><circle cx="8" cy="8" r="7.5" fill="#17714a"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)

/** A name cell: the element's name with its kind below it. */
function nameCell(n: DesignNode | undefined, fallbackId = ''): Html {
  if (!n) return el('span', { class: 'muted' }, fallbackId === '' ? '—' : fallbackId)
  return el('span', { class: 'element' }, strongName(n), el('span', { class: 'kind' }, KIND_LABEL[n.kind]))
}

const headroom = (evaluation: Evaluation, design: Design): string =>
  capacityHeadroom(evaluation, (id) => design.describe(id))

export function capacity(input: ReportInput, design: Design): Html {
  const { evaluation } = input
  const rows = evaluation.capacity
  const over = rows.filter(isOverLimit).length
  const intro = p(
    'Load against the supported limit for every CMG, CMG connection point, management point, software update point and site, from the limits Microsoft documents. "Breaks at" is the client growth, relative to the clients in the design file, at which the load would exceed the limit.',
    evaluation.growth === 1 ? '' : ` Loads include the what-if growth of ${formatFactor(evaluation.growth)}.`,
  )
  const body = table(
    'capacity',
    [
      { label: 'Element' },
      { label: 'Measure' },
      { label: 'Load', cls: 'num' },
      { label: 'Limit', cls: 'num' },
      { label: 'Used', cls: 'used' },
      { label: 'Status' },
      { label: 'Breaks at', cls: 'num' },
    ],
    rows.map((r) => {
      const n = design.node(r.nodeId)
      const pct = r.limit > 0 ? (r.load / r.limit) * 100 : null
      const bar = pct === null ? 0 : Math.min(100, Math.max(0, pct))
      const used = el(
        'span',
        { class: 'used-cell' },
        el('span', { class: 'pct' }, pct === null ? '—' : `${Math.round(pct)}%`),
        el(
          'span',
          {
            class: `bar${isOverLimit(r) ? ' over' : pct !== null && pct >= 80 ? ' high' : ''}`,
            'aria-hidden': 'true',
          },
          raw(`<span style="width:${bar.toFixed(1)}%"></span>`),
        ),
      )
      const status = isOverLimit(r)
        ? el('span', { class: 'status over' }, severityIcon('error', 13), 'OVER')
        : el('span', { class: 'status ok' }, OK_ICON, 'OK')
      const breaks =
        r.breaksAtGrowth === null
          ? el('span', { class: 'muted', title: 'This load does not grow with the number of clients' }, '—')
          : isOverLimit(r)
            ? el('span', { class: 'muted' }, 'exceeded')
            : formatFactor(r.breaksAtGrowth)
      return [
        nameCell(n, r.nodeId),
        el(
          'span',
          {},
          r.label,
          r.vmsNeeded !== undefined && isOverLimit(r)
            ? el('span', { class: 'note' }, ` ${plural(r.vmsNeeded, 'VM')} needed at this size`)
            : '',
        ),
        formatNumber(r.load),
        formatNumber(r.limit),
        used,
        status,
        breaks,
      ]
    }),
    'The design has nothing with a capacity limit yet (no CMG, connection point, management point, software update point or site).',
  )
  return fragment([
    intro,
    body,
    rows.length > 0
      ? p(
          el(
            'strong',
            {},
            over === 0
              ? 'No limit is exceeded. '
              : `${plural(over, 'limit')} ${over === 1 ? 'is' : 'are'} exceeded. `,
          ),
          headroom(evaluation, design),
        )
      : '',
  ])
}
