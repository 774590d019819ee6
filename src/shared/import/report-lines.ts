// The import report as lines of plain text, in sections, for the command line and the app's report
// dialog: what was read, what was created, roles not modelled, unknown roles, rows skipped, notes and
// the properties not imported per element. The text comes from the user's files, so callers escape
// it for their medium (terminal-text.ts on the command line; React escapes in the app). Pure.
import { KIND_LABEL } from '../kinds'
import type { NodeKind } from '../model/schema'
import { formatCount } from '../util/format-count'
import type { ImportReport } from './importer'

export interface ReportSection {
  readonly title: string
  readonly lines: readonly string[]
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`

/** One sentence: "Created 4 sites, 9 servers, 12 roles and 2 boundary groups." */
export function importSummary(report: ImportReport): string {
  const c = report.created
  const roles =
    (c.managementPoint ?? 0) +
    (c.softwareUpdatePoint ?? 0) +
    (c.distributionPoint ?? 0) +
    (c.serviceConnectionPoint ?? 0) +
    (c.cmgConnectionPoint ?? 0)
  const parts = [
    plural(c.site ?? 0, 'site'),
    plural(c.server ?? 0, 'server'),
    plural(roles, 'role'),
    ...(c.boundaryGroup ? [plural(c.boundaryGroup, 'boundary group')] : []),
    ...(c.cmg ? [plural(c.cmg, 'CMG')] : []),
    ...(c.cloudDistributionPoint ? [plural(c.cloudDistributionPoint, 'cloud distribution point')] : []),
  ]
  const last = parts.pop() as string
  return `Created ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`
}

export function importReportSections(report: ImportReport): ReportSection[] {
  const sections: ReportSection[] = [
    {
      title: 'Files read',
      lines: report.files.map((f) => `${f.fileName}: ${f.source}, ${plural(f.rows, 'row')}`),
    },
    {
      title: 'Created',
      lines: (Object.entries(report.created) as [NodeKind, number][]).map(
        ([kind, n]) => `${KIND_LABEL[kind]}: ${formatCount(n)}`,
      ),
    },
  ]
  if (report.unknownRoles.length > 0)
    sections.push({
      title: 'Unknown roles (not imported)',
      lines: report.unknownRoles.map((r) => `“${r.roleName}” on ${r.servers.join(', ')}`),
    })
  if (report.notModelledRoles.length > 0)
    sections.push({
      title: 'Roles not modelled (their servers were imported)',
      lines: report.notModelledRoles.map(
        (r) =>
          `${r.label === r.roleName ? r.label : `${r.label} (“${r.roleName}”)`} on ${r.servers.join(', ')}`,
      ),
    })
  if (report.skipped.length > 0)
    sections.push({
      title: 'Rows skipped',
      lines: report.skipped.map((s) => `${s.fileName}, ${s.where}: ${s.reason}`),
    })
  if (report.notes.length > 0) sections.push({ title: 'Notes', lines: report.notes })
  if (report.notImported.length > 0)
    sections.push({
      title: 'Not imported (left at the defaults; check them)',
      lines: report.notImported.map((e) => `${e.element}: ${e.properties.join(', ')}`),
    })
  return sections
}

/** The whole report as text lines with section headings. */
export function importReportText(report: ImportReport): string[] {
  const out = [importSummary(report)]
  for (const section of importReportSections(report)) {
    out.push('', `${section.title}:`)
    for (const line of section.lines) out.push(`  ${line}`)
  }
  return out
}
