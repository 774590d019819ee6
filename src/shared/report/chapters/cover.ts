// The design report's cover: design name, version, environment and dates, the findings counted by
// severity with a verdict, the design's size and the table of contents. Pure; runs in the
// renderer's report worker and in the CLI (`cmg-designer report`).
import { APP_NAME, APP_VERSION } from '../../model/factory'
import type { Design } from '../design-index'
import { el, raw, severityIcon, type Content, type Html } from '../html'
import { formatFactor, formatNumber, plural } from '../labels'
import type { ReportInput } from '../report-input'

export function cover(
  input: ReportInput,
  design: Design,
  contents: readonly { id: string; title: string }[],
): Html {
  const { doc, evaluation } = input
  const d = doc.design
  const s = evaluation.summary
  const version =
    evaluation.cmVersion === d.cmVersion
      ? `${evaluation.cmVersion}`
      : `${evaluation.cmVersion} (evaluated as a what-if; the design targets ${d.cmVersion})`
  const rows: [string, Content][] = [
    ['Configuration Manager version', version],
    ['Environment', d.environment === 'lab' ? 'Lab or proof of concept' : 'Production'],
    ['Evaluation date', d.evaluationDate ?? 'not set'],
    ...(evaluation.growth === 1
      ? []
      : ([
          [
            'Client growth (what-if)',
            `${formatFactor(evaluation.growth)}: every client count in this report is scaled by ${formatNumber(evaluation.growth)}`,
          ],
        ] as [string, Content][])),
    ['Design file', input.fileName],
    ['Report generated', input.generatedOn],
  ]
  const clients = design
    .ofKind('clientPopulation')
    .reduce((n, pop) => n + Math.round(pop.props.count * evaluation.growth), 0)
  const cmgs = design.ofKind('cmg')
  const vms = cmgs.reduce((n, c) => n + c.props.vmCount, 0)
  const facts: [string, string][] = [
    [formatNumber(design.ofKind('site').length), design.ofKind('site').length === 1 ? 'site' : 'sites'],
    [
      formatNumber(design.ofKind('server').length),
      design.ofKind('server').length === 1 ? 'server' : 'servers',
    ],
    [formatNumber(cmgs.length), `${cmgs.length === 1 ? 'CMG' : 'CMGs'} (${plural(vms, 'VM')})`],
    [formatNumber(clients), clients === 1 ? 'client' : 'clients'],
  ]
  const counts: { cls: string; icon: Html; n: number; label: string }[] = [
    {
      cls: 'sev-error',
      icon: severityIcon('error', 18),
      n: s.errors,
      label: s.errors === 1 ? 'error' : 'errors',
    },
    {
      cls: 'sev-warning',
      icon: severityIcon('warning', 18),
      n: s.warnings,
      label: s.warnings === 1 ? 'warning' : 'warnings',
    },
    { cls: 'sev-info', icon: severityIcon('info', 18), n: s.info, label: 'info' },
    { cls: 'sev-suppressed', icon: SUPPRESSED_ICON, n: s.suppressed, label: 'suppressed' },
  ]
  const verdict =
    s.errors > 0
      ? `The design has ${plural(s.errors, 'error')} that must be resolved before it is deployed.`
      : s.warnings > 0
        ? `The design has no errors; ${plural(s.warnings, 'warning')} should be reviewed.`
        : 'The design has no errors or warnings.'
  return el(
    'section',
    { id: 'cover', class: 'cover' },
    el('p', { class: 'eyebrow' }, 'Cloud management gateway design report'),
    el('h1', {}, d.name),
    el(
      'dl',
      { class: 'cover-facts' },
      rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    ),
    el(
      'div',
      { class: 'cover-summary' },
      el('h2', { class: 'small-heading' }, 'At a glance'),
      el(
        'ul',
        { class: 'counts', 'aria-label': 'Findings' },
        counts.map((c) =>
          el(
            'li',
            { class: `count ${c.cls}` },
            c.icon,
            el('span', { class: 'n' }, formatNumber(c.n)),
            el('span', { class: 'what' }, c.label),
          ),
        ),
      ),
      el('p', { class: 'verdict' }, verdict),
      el(
        'ul',
        { class: 'facts', 'aria-label': 'Design size' },
        facts.map(([n, what]) => el('li', {}, el('span', { class: 'n' }, n), ' ', what)),
      ),
    ),
    el(
      'nav',
      { class: 'contents', 'aria-label': 'Contents' },
      el('h2', { class: 'small-heading' }, 'Contents'),
      el(
        'ol',
        {},
        contents.map((c) => el('li', {}, el('a', { href: `#${c.id}` }, c.title))),
      ),
    ),
    el(
      'p',
      { class: 'cover-footer' },
      `Prepared with ${APP_NAME} ${APP_VERSION}. Findings, capacity and cost come from the rules catalogue, which cites the Microsoft Learn documentation for cloud management gateway; verify them against the current documentation before deployment.`,
    ),
  )
}

const SUPPRESSED_ICON = raw(
  '<svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true"><circle cx="8" cy="8" r="6.8" fill="none" stroke="#5a6574" stroke-width="1.8"/><path d="M3.3 12.7L12.7 3.3" stroke="#5a6574" stroke-width="1.8"/></svg>',
)
