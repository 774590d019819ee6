// `validate --format sarif`: one SARIF 2.1.0 run for all files, in the subset GitHub code scanning
// accepts. Every rule that produced a result is described in tool.driver.rules; each finding points
// at the design file (at the line that declares its first element; at the whole file for a design
// embedded in an exported image) and names its elements as logical locations; suppressed findings
// carry the user's reason; files that could not be loaded become tool execution notifications. Pure.
import { APP_VERSION } from '../shared/model/factory'
import type { Finding, Severity } from '../shared/rules/types'
import { NodeNames } from './names'
import type { EvaluatedFile, FileReport } from './report'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const TOOL_NAME = 'cmg-designer'
/** Microsoft's CMG overview, the background every rule of the catalogue builds on. */
export const TOOL_INFORMATION_URI =
  'https://learn.microsoft.com/intune/configmgr/core/clients/manage/cmg/overview'

type SarifLevel = 'error' | 'warning' | 'note'
const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' }

/** 1-based line of the `"id": "<nodeId>"` declaring each node, searched in the "nodes" section. */
function nodeLines(source: string): Map<string, number> {
  const lines = new Map<string, number>()
  const nodesAt = source.search(/"nodes"\s*:/)
  if (nodesAt < 0) return lines
  const idPattern = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g
  idPattern.lastIndex = nodesAt
  let line = 1
  for (let i = 0; i < nodesAt; i++) if (source.charCodeAt(i) === 10) line++
  let scanned = nodesAt
  for (let m = idPattern.exec(source); m !== null; m = idPattern.exec(source)) {
    for (let i = scanned; i < m.index; i++) if (source.charCodeAt(i) === 10) line++
    scanned = m.index
    const id = m[1] as string
    if (!lines.has(id)) lines.set(id, line)
  }
  return lines
}

/** FNV-1a, 32-bit: a stable fingerprint of a finding that survives edits elsewhere in the file. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

function ruleDescriptor(f: Finding): Record<string, unknown> {
  return {
    id: f.ruleId,
    name: f.title,
    shortDescription: { text: f.title },
    fullDescription: { text: `${f.title} (${f.category}).` },
    ...(f.docs[0] === undefined ? {} : { helpUri: f.docs[0] }),
    help: {
      text: `${f.fix}${f.docs.length > 0 ? `\n\nMicrosoft documentation:\n${f.docs.join('\n')}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { tags: [f.category] },
  }
}

function result(
  report: EvaluatedFile,
  f: Finding,
  ruleIndex: number,
  names: NodeNames,
  lines: Map<string, number>,
) {
  const first = f.nodeIds[0]
  const startLine = (first === undefined ? undefined : lines.get(first)) ?? 1
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        // A design embedded in an image has no lines in the file; the image itself is the location.
        physicalLocation: {
          artifactLocation: { uri: report.uri },
          ...(report.embeddedIn === undefined ? { region: { startLine } } : {}),
        },
        logicalLocations: f.nodeIds.map((id) => ({
          name: names.name(id),
          fullyQualifiedName: id,
          kind: 'element',
        })),
      },
    ],
    partialFingerprints: {
      'cmgDesignerFinding/v1': fingerprint(`${f.ruleId}\u0000${f.nodeIds.join('\u0000')}`),
    },
    ...(f.suppressed
      ? { suppressions: [{ kind: 'external', justification: f.suppressionReason ?? '' }] }
      : {}),
  }
}

export function formatSarif(reports: readonly FileReport[]): string {
  const rules: Record<string, unknown>[] = []
  const ruleIndex = new Map<string, number>()
  const results: unknown[] = []
  const notifications: unknown[] = []
  for (const report of reports) {
    if (report.kind === 'failed') {
      const { code, message, issues } = report.error
      notifications.push({
        level: 'error',
        message: { text: [`${report.file}: ${message}`, ...issues].join('\n') },
        descriptor: { id: code },
        locations: [{ physicalLocation: { artifactLocation: { uri: report.uri } } }],
      })
      continue
    }
    const names = new NodeNames(report.doc)
    const lines = nodeLines(report.source)
    for (const f of report.evaluation.findings) {
      let index = ruleIndex.get(f.ruleId)
      if (index === undefined) {
        index = rules.length
        ruleIndex.set(f.ruleId, index)
        rules.push(ruleDescriptor(f))
      }
      results.push(result(report, f, index, names, lines))
    }
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: TOOL_NAME, version: APP_VERSION, informationUri: TOOL_INFORMATION_URI, rules },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
