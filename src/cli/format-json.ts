// `validate --format json`: the documented findings shape (file-format.md, "Findings"), one object
// per file, an array for several files. Fields beyond the contract (design name, suppression
// reasons, capacity labels, growth, cost) are additions with their own names. Pure.
import type { FileReport } from './report'

export interface JsonFinding {
  readonly ruleId: string
  readonly severity: 'error' | 'warning' | 'info'
  readonly nodeIds: readonly string[]
  readonly message: string
  readonly fix: string
  readonly docs: readonly string[]
  readonly suppressed: boolean
  readonly suppressionReason?: string
  readonly title: string
  readonly category: string
}

export interface JsonCapacityRow {
  readonly nodeId: string
  readonly metric: string
  readonly load: number
  readonly limit: number
  readonly label: string
  readonly ruleId: string
  readonly breaksAtGrowth: number | null
  readonly vmsNeeded?: number
}

/** One file's result as printed; `error` replaces everything after `file` when it could not be loaded. */
export function fileJson(report: FileReport): Record<string, unknown> {
  if (report.kind === 'failed') {
    const { code, message, issues } = report.error
    return { file: report.file, error: { code, message, issues } }
  }
  const { doc, evaluation } = report
  const findings: JsonFinding[] = evaluation.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    nodeIds: f.nodeIds,
    message: f.message,
    fix: f.fix,
    docs: f.docs,
    suppressed: f.suppressed,
    ...(f.suppressionReason === undefined ? {} : { suppressionReason: f.suppressionReason }),
    title: f.title,
    category: f.category,
  }))
  const capacity: JsonCapacityRow[] = evaluation.capacity.map((r) => ({
    nodeId: r.nodeId,
    metric: r.metric,
    load: r.load,
    limit: r.limit,
    label: r.label,
    ruleId: r.ruleId,
    breaksAtGrowth: r.breaksAtGrowth,
    ...(r.vmsNeeded === undefined ? {} : { vmsNeeded: r.vmsNeeded }),
  }))
  return {
    file: report.file,
    cmVersion: evaluation.cmVersion,
    designName: doc.design.name,
    fileCmVersion: doc.design.cmVersion,
    growth: evaluation.growth,
    findings,
    capacity,
    summary: evaluation.summary,
    cost: evaluation.cost,
  }
}

export function formatJson(reports: readonly FileReport[]): string {
  const body = reports.length === 1 ? fileJson(reports[0] as FileReport) : reports.map(fileJson)
  return `${JSON.stringify(body, null, 2)}\n`
}
