// `validate` text output, for people: per file a header, the findings grouped by severity (then the
// suppressed ones with their reasons), the capacity table with rows over their limit marked OVER,
// the growth headroom, the cost estimate and a summary line. Load failures are returned separately
// so index.ts can print them on stderr. Colours only when asked (a TTY without NO_COLOR). Every
// text that comes from a file or the command line (file names, design and element names, messages,
// reasons, load errors) is escaped first, so a design cannot move the cursor, recolour, clear or
// reorder a terminal or a CI log, or fake a line of output. Pure.
import type { CapacityRow, Finding, Severity } from '../shared/rules/types'
import type { Evaluation } from '../shared/rules/engine'
import { escapeTerminalText as esc } from '../shared/util/terminal-text'
import { describeNode, NodeNames } from './names'
import { fileErrorTitle, type EvaluatedFile, type FailedFile, type FileReport } from './report'

export interface TextOptions {
  readonly color: boolean
}

export interface TextOutput {
  /** Results of the files that were evaluated. */
  readonly out: string
  /** Files that could not be read or are not valid designs. */
  readonly err: string
}

type Paint = (s: string) => string
interface Palette {
  readonly bold: Paint
  readonly dim: Paint
  readonly error: Paint
  readonly warning: Paint
  readonly info: Paint
  readonly over: Paint
}

const ansi =
  (open: number, close: number): Paint =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`
const plain: Paint = (s) => s
const COLORS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  error: (s) => ansi(1, 22)(ansi(31, 39)(s)),
  warning: (s) => ansi(1, 22)(ansi(33, 39)(s)),
  info: (s) => ansi(1, 22)(ansi(36, 39)(s)),
  over: (s) => ansi(1, 22)(ansi(31, 39)(s)),
}
const NO_COLORS: Palette = { bold: plain, dim: plain, error: plain, warning: plain, info: plain, over: plain }

const HEADINGS: readonly { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'ERRORS' },
  { severity: 'warning', title: 'WARNINGS' },
  { severity: 'info', title: 'INFO' },
]
const MAX_ELEMENT_COLUMN = 40
const MAX_LABEL_COLUMN = 72

/** "8,000"; small fractional loads keep one decimal ("0.5"). */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', {
    maximumFractionDigits: Math.abs(n) < 10 && !Number.isInteger(n) ? 1 : 0,
  })
}

/** "×1.5", "×3.13": a growth factor with at most two decimals. */
export const formatFactor = (f: number): string => `×${Number(f.toFixed(2)).toLocaleString('en-US')}`

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`
const truncate = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`)
const isOver = (r: CapacityRow): boolean => r.load > r.limit

/** A finding's message already names its elements (every rule's contract), so it is printed as is. */
function findingLines(f: Finding, idWidth: number, p: Palette): string[] {
  const indent = ' '.repeat(2 + idWidth + 2)
  const severity = f.suppressed ? `(${f.severity}) ` : ''
  const lines = [`  ${p.bold(f.ruleId.padEnd(idWidth))}  ${severity}${esc(f.message)}`]
  if (f.suppressed) lines.push(`${indent}${p.dim(`suppressed: ${esc(f.suppressionReason ?? '')}`)}`)
  lines.push(`${indent}fix: ${esc(f.fix)}`)
  if (f.docs[0] !== undefined) lines.push(`${indent}${p.dim(esc(f.docs[0]))}`)
  return lines
}

function findingsSection(evaluation: Evaluation, p: Palette): string[] {
  const findings = evaluation.findings
  if (findings.length === 0) return ['No findings.']
  const idWidth = Math.max(...findings.map((f) => f.ruleId.length))
  const lines: string[] = []
  for (const { severity, title } of HEADINGS) {
    const group = findings.filter((f) => !f.suppressed && f.severity === severity)
    if (group.length === 0) continue
    lines.push(p[severity](`${title} (${group.length})`))
    for (const f of group) lines.push(...findingLines(f, idWidth, p))
  }
  const suppressed = findings.filter((f) => f.suppressed)
  if (suppressed.length > 0) {
    lines.push(p.dim(`SUPPRESSED (${suppressed.length})`))
    for (const f of suppressed) lines.push(...findingLines(f, idWidth, p))
  }
  return lines
}

function rowElement(r: CapacityRow, names: NodeNames): string {
  const n = names.node(r.nodeId)
  return esc(n ? describeNode(n) : r.nodeId)
}

function capacitySection(evaluation: Evaluation, names: NodeNames, p: Palette): string[] {
  const rows = evaluation.capacity
  if (rows.length === 0) return []
  const cells = rows.map((r) => ({
    element: truncate(rowElement(r, names), MAX_ELEMENT_COLUMN),
    label: truncate(esc(r.label), MAX_LABEL_COLUMN),
    load: formatNumber(r.load),
    limit: formatNumber(r.limit),
    pct: r.limit > 0 ? `${Math.round((r.load / r.limit) * 100)}%` : '—',
    over: isOver(r),
  }))
  const w = {
    element: Math.max('Element'.length, ...cells.map((c) => c.element.length)),
    label: Math.max('Measure'.length, ...cells.map((c) => c.label.length)),
    load: Math.max(...cells.map((c) => c.load.length)),
    limit: Math.max(...cells.map((c) => c.limit.length)),
    pct: Math.max('Use'.length, ...cells.map((c) => c.pct.length)),
  }
  const loadLimit = w.load + 3 + w.limit
  const lines = [
    p.bold('CAPACITY'),
    `  ${'Element'.padEnd(w.element)}  ${'Measure'.padEnd(w.label)}  ${'Load / limit'.padStart(loadLimit)}  ${'Use'.padStart(w.pct)}`,
  ]
  for (const c of cells) {
    const row = `  ${c.element.padEnd(w.element)}  ${c.label.padEnd(w.label)}  ${c.load.padStart(w.load)} / ${c.limit.padStart(w.limit)}  ${c.pct.padStart(w.pct)}`
    lines.push(c.over ? `${row}  ${p.over('OVER')}` : row)
  }
  lines.push(headroomLine(evaluation, names))
  return lines
}

/** The first capacity limit that more clients would break, relative to the clients in the file. */
function headroomLine(evaluation: Evaluation, names: NodeNames): string {
  const growing = evaluation.capacity.filter((r) => r.breaksAtGrowth !== null)
  if (growing.length === 0) return 'Growth headroom: no capacity limit here grows with the number of clients.'
  const ahead = growing.filter((r) => !isOver(r))
  if (ahead.length === 0)
    return 'Growth headroom: none; every limit that grows with the number of clients is already exceeded.'
  let first = ahead[0] as CapacityRow
  for (const r of ahead) if ((r.breaksAtGrowth as number) < (first.breaksAtGrowth as number)) first = r
  const exceeded = growing.length - ahead.length
  const lead =
    exceeded === 0 ? 'first limit to break' : `${plural(exceeded, 'limit')} already exceeded; next to break`
  return `Growth headroom: ${lead}: ${rowElement(first, names)}, ${esc(first.label)}, at ${formatFactor(first.breaksAtGrowth as number)} the clients in the file.`
}

const money = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

function costLine(evaluation: Evaluation): string[] {
  const cost = evaluation.cost
  if (cost.cmgs.length === 0) return []
  const currency = cost.currency === '' ? '' : ` ${cost.currency}`
  const asOf = cost.asOf === '' ? '' : `, prices as of ${cost.asOf}`
  if (cost.monthly !== null)
    return [`Estimated Azure cost: ${money(cost.monthly)}${currency} a month${asOf}.`]
  return [
    `Estimated Azure cost: unknown, the design's price book is missing prices (known part: ${money(cost.knownMonthly)}${currency} a month).`,
  ]
}

function summaryLine(summary: Evaluation['summary']): string {
  return `Summary: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${formatNumber(summary.info)} info, ${formatNumber(summary.suppressed)} suppressed.`
}

function header(report: EvaluatedFile, p: Palette): string {
  const { doc, evaluation } = report
  const version =
    evaluation.cmVersion === doc.design.cmVersion
      ? `ConfigMgr ${evaluation.cmVersion}`
      : `ConfigMgr ${evaluation.cmVersion} instead of the file's ${doc.design.cmVersion}`
  const growth = evaluation.growth === 1 ? '' : `, clients ${formatFactor(evaluation.growth)}`
  const migrated =
    report.migratedFrom === undefined ? '' : `, upgraded in memory from schema version ${report.migratedFrom}`
  const image =
    report.embeddedIn === undefined
      ? ''
      : `, the design embedded in the ${report.embeddedIn.toUpperCase()} image`
  return p.bold(`${esc(report.file)}: ${esc(doc.design.name)} (${version}${growth}${migrated}${image})`)
}

export function formatEvaluatedFile(report: EvaluatedFile, options: TextOptions): string {
  const p = options.color ? COLORS : NO_COLORS
  const names = new NodeNames(report.doc)
  const blocks = [
    [header(report, p)],
    findingsSection(report.evaluation, p),
    capacitySection(report.evaluation, names, p),
    [...costLine(report.evaluation), summaryLine(report.evaluation.summary)],
  ].filter((b) => b.length > 0)
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`
}

export function formatFailedFile(report: FailedFile): string {
  const { code, message, issues } = report.error
  // The summary sentence already quotes the first offending value(s): list each value once.
  const listed = issues.filter((i) => !message.includes(i))
  const shown = listed.slice(0, 20).map((i) => `  - ${esc(i)}`)
  const more = listed.length > shown.length ? [`  … and ${listed.length - shown.length} more`] : []
  return `${[`cmg-designer: ${esc(report.file)}: ${fileErrorTitle(code)}`, `  ${esc(message)}`, ...shown, ...more].join('\n')}\n`
}

export function formatText(reports: readonly FileReport[], options: TextOptions): TextOutput {
  const evaluated = reports.filter((r): r is EvaluatedFile => r.kind === 'evaluated')
  const failed = reports.filter((r): r is FailedFile => r.kind === 'failed')
  const parts = evaluated.map((r) => formatEvaluatedFile(r, options))
  if (reports.length > 1) {
    const total = { errors: 0, warnings: 0, info: 0, suppressed: 0 }
    for (const r of evaluated)
      for (const k of ['errors', 'warnings', 'info', 'suppressed'] as const)
        total[k] += r.evaluation.summary[k]
    const unreadable = failed.length > 0 ? `; ${plural(failed.length, 'file')} could not be loaded` : ''
    parts.push(
      `Total for ${plural(reports.length, 'file')}: ${summaryLine(total).replace('Summary: ', '').replace(/\.$/, '')}${unreadable}.\n`,
    )
  }
  return { out: parts.join('\n'), err: failed.map(formatFailedFile).join('') }
}
