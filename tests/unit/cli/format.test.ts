// The CLI's pure parts, in-process: turning evaluated files into text, JSON and SARIF, naming
// elements, the growth headroom, and the exit code of a run. Findings are either the engine's own
// (checked for properties) or hand-made (checked for exact wording), so rule changes do not break
// these tests.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileJson, formatJson } from '../../../src/cli/format-json'
import { formatSarif } from '../../../src/cli/format-sarif'
import {
  formatEvaluatedFile,
  formatFactor,
  formatFailedFile,
  formatNumber,
  formatText,
} from '../../../src/cli/format-text'
import {
  evaluateFile,
  exitCodeFor,
  type EvaluatedFile,
  type FailedFile,
  type FileReport,
} from '../../../src/cli/report'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import type { Finding } from '../../../src/shared/rules/types'

const templateText = (name: string): string =>
  readFileSync(join(__dirname, '..', '..', '..', 'resources', 'templates', `${name}.cmgd`), 'utf8')

function evaluated(name: string, options: EvaluationOptions = {}): EvaluatedFile {
  const report = evaluateFile(
    { file: `${name}.cmgd`, uri: `designs/${name}.cmgd` },
    new TextEncoder().encode(templateText(name)),
    options,
  )
  if (report.kind !== 'evaluated') throw new Error(`template ${name} did not load`)
  return report
}

function failed(text: string): FailedFile {
  const report = evaluateFile({ file: 'broken.cmgd', uri: 'broken.cmgd' }, new TextEncoder().encode(text), {})
  if (report.kind !== 'failed') throw new Error('expected a load failure')
  return report
}

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'CMG-HA-001',
  severity: 'warning',
  category: 'High availability and capacity',
  title: 'Fewer than two CMG VMs',
  nodeIds: ['cmg-granitefalls'],
  message: 'CMG GraniteFalls runs on 1 VM.',
  fix: 'Set VM instances to 2 or more.',
  docs: ['https://learn.microsoft.com/example'],
  suppressed: false,
  ...over,
})

/** Contoso with the engine's findings replaced by hand-made ones (summary recomputed by hand). */
function withFindings(findings: Finding[]): EvaluatedFile {
  const base = evaluated('contoso')
  const live = findings.filter((f) => !f.suppressed)
  const summary = {
    errors: live.filter((f) => f.severity === 'error').length,
    warnings: live.filter((f) => f.severity === 'warning').length,
    info: live.filter((f) => f.severity === 'info').length,
    suppressed: findings.length - live.length,
  }
  return { ...base, evaluation: { ...base.evaluation, findings, summary } }
}

describe('exitCodeFor', () => {
  const clean = withFindings([finding({ severity: 'warning' })])
  const withError = withFindings([finding({ severity: 'error' })])
  const suppressedError = withFindings([
    finding({ severity: 'error', suppressed: true, suppressionReason: 'accepted' }),
  ])
  const broken = failed('{"format":')

  it.each<[string, FileReport[], number]>([
    ['only warnings', [clean], 0],
    ['a suppressed error', [suppressedError], 0],
    ['an unsuppressed error', [clean, withError], 1],
    ['a file that could not be loaded, whatever else', [withError, broken], 2],
    ['only a broken file', [broken], 2],
  ])('%s → %i', (_name, reports, code) => {
    expect(exitCodeFor(reports)).toBe(code)
  })
})

describe('text output', () => {
  it('prints each message (which names its elements), groups by severity, shows fixes and doc links, and lists suppressed findings with reasons', () => {
    const report = withFindings([
      finding({
        severity: 'error',
        ruleId: 'CMG-TOPTIER-004',
        nodeIds: ['cmg-granitefalls', 'site-nyc'],
        message: 'No connection point.',
      }),
      finding({ severity: 'info', ruleId: 'CMG-COST-001', message: 'About 8,000 clients.' }),
      finding({ severity: 'warning', suppressed: true, suppressionReason: 'Pilot only' }),
    ])
    const text = formatEvaluatedFile(report, { color: false })
    expect(text).toContain('  CMG-TOPTIER-004  No connection point.')
    expect(text).toContain('                   fix: Set VM instances to 2 or more.')
    expect(text).toContain('                   https://learn.microsoft.com/example')
    const order = ['ERRORS (1)', 'INFO (1)', 'SUPPRESSED (1)'].map((h) => text.indexOf(h))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(text).not.toContain('WARNINGS')
    expect(text).toContain('  CMG-HA-001       (warning) CMG GraniteFalls runs on 1 VM.')
    expect(text).toContain('suppressed: Pilot only')
    expect(text).toContain('Summary: 1 error, 0 warnings, 1 info, 1 suppressed.')
  })

  it('says so when there are no findings', () => {
    expect(formatEvaluatedFile(withFindings([]), { color: false })).toContain('\nNo findings.\n')
  })

  it('prints the capacity table with % of the limit, marks rows over the limit, and names the first limit to break', () => {
    const today = formatEvaluatedFile(evaluated('contoso'), { color: false })
    expect(today).toMatch(
      /Cloud management gateway GraniteFalls\s+Concurrent clients \(2 × Standard_A2_v2 at 6,000 per VM\)\s+8,000 \/\s+12,000\s+67%\n/,
    )
    expect(today).not.toContain('OVER')
    expect(today).toContain('first limit to break: Cloud management gateway GraniteFalls, Concurrent clients')
    expect(today).toContain('at ×1.5 the clients in the file')

    const grown = formatEvaluatedFile(evaluated('contoso', { growth: 3 }), { color: false })
    expect(grown).toMatch(/24,000 \/\s+12,000\s+200%\s+OVER\n/)
    expect(grown.match(/OVER/g)).toHaveLength(1)
    expect(grown).toContain(
      '1 limit already exceeded; next to break: Management point MP01, Clients per MP, at ×3.13',
    )
    expect(grown).toContain('(ConfigMgr 2509, clients ×3)')
  })

  it('states the evaluated version when --cm-version overrides the file', () => {
    expect(formatEvaluatedFile(evaluated('contoso', { cmVersion: 2103 }), { color: false })).toContain(
      "contoso.cmgd: Contoso – standalone primary with CMG (ConfigMgr 2103 instead of the file's 2509)",
    )
  })

  it('uses ANSI colours only when asked', () => {
    const report = withFindings([finding({ severity: 'error' })])
    expect(formatEvaluatedFile(report, { color: false })).not.toContain('\u001b[')
    expect(formatEvaluatedFile(report, { color: true })).toContain('\u001b[31m')
  })

  it('sends load failures to the error stream with the title, the message and the offending values', () => {
    const doc = JSON.parse(templateText('contoso')) as { nodes: { props: Record<string, unknown> }[] }
    for (const n of doc.nodes) n.props.bogus = 1
    const report = failed(JSON.stringify(doc))
    const { out, err } = formatText([report], { color: false })
    expect(out).toBe('')
    expect(err).toMatch(
      /^cmg-designer: broken\.cmgd: The file contains invalid values\n {2}The design has 12 invalid values/,
    )
    // Each offending value once: the first is in the summary sentence, the other 11 are listed.
    expect(err.match(/\n {2}- nodes\[\d+\]\.props/g)).toHaveLength(11)
    const many = {
      ...report,
      error: { ...report.error, issues: Array.from({ length: 25 }, (_, i) => `nodes[${i}]: bad`) },
    }
    expect(formatFailedFile(many)).toContain('  … and 5 more\n')
  })

  it('adds a total line for several files', () => {
    const { out } = formatText([evaluated('contoso'), evaluated('lab'), failed('')], { color: false })
    expect(out).toMatch(
      /Total for 3 files: \d+ errors?, \d+ warnings?, \d+ info, \d+ suppressed; 1 file could not be loaded\.\n$/,
    )
  })

  it('formats numbers and growth factors for people', () => {
    expect(formatNumber(8000)).toBe('8,000')
    expect(formatNumber(2666.6667)).toBe('2,667')
    expect(formatNumber(0.5)).toBe('0.5')
    expect(formatFactor(1.5)).toBe('×1.5')
    expect(formatFactor(3.125)).toBe('×3.13')
    expect(formatFactor(21.875)).toBe('×21.88')
  })
})

describe('JSON output', () => {
  it('keeps the documented names and meanings, one object for one file and an array for several', () => {
    const report = evaluated('contoso', { growth: 3 })
    const one = JSON.parse(formatJson([report])) as Record<string, unknown>
    expect(one).toMatchObject({
      file: 'contoso.cmgd',
      cmVersion: 2509,
      growth: 3,
      summary: report.evaluation.summary,
    })
    expect(one.findings).toEqual(
      report.evaluation.findings.map((f) =>
        expect.objectContaining({
          ruleId: f.ruleId,
          severity: f.severity,
          nodeIds: f.nodeIds,
          message: f.message,
          fix: f.fix,
          docs: f.docs,
          suppressed: f.suppressed,
        }),
      ),
    )
    expect(one.capacity).toEqual(
      report.evaluation.capacity.map((r) =>
        expect.objectContaining({ nodeId: r.nodeId, metric: r.metric, load: r.load, limit: r.limit }),
      ),
    )
    const several = JSON.parse(formatJson([report, failed('nope')])) as unknown[]
    expect(several).toHaveLength(2)
    expect(several[1]).toEqual({
      file: 'broken.cmgd',
      error: { code: 'NOT_JSON', message: expect.any(String), issues: [] },
    })
  })

  it('adds the suppression reason only to suppressed findings', () => {
    const out = fileJson(
      withFindings([
        finding({ suppressed: true, suppressionReason: 'Pilot only' }),
        finding({ ruleId: 'CMG-HA-002' }),
      ]),
    )
    const findings = out.findings as Record<string, unknown>[]
    expect(findings[0]).toMatchObject({ suppressed: true, suppressionReason: 'Pilot only' })
    expect(findings[1]).not.toHaveProperty('suppressionReason')
  })
})

describe('SARIF output', () => {
  type Sarif = {
    runs: {
      tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } }
      results: {
        ruleId: string
        level: string
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          logicalLocations: unknown[]
        }[]
        partialFingerprints: Record<string, string>
        suppressions?: unknown[]
      }[]
    }[]
  }
  const sarifOf = (reports: FileReport[]) => JSON.parse(formatSarif(reports)) as Sarif

  it('maps severities to SARIF levels, describes each rule once, and names every element', () => {
    const report = withFindings([
      finding({ severity: 'error', ruleId: 'CMG-TOPTIER-004', nodeIds: ['cmg-granitefalls', 'site-nyc'] }),
      finding({ severity: 'info', ruleId: 'CMG-COST-001' }),
      finding({ severity: 'info', ruleId: 'CMG-COST-001', nodeIds: ['site-nyc'] }),
      finding({ suppressed: true, suppressionReason: 'Pilot only' }),
    ])
    const run = sarifOf([report]).runs[0]!
    expect(run.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['CMG-TOPTIER-004', 'error'],
      ['CMG-COST-001', 'note'],
      ['CMG-HA-001', 'warning'],
    ])
    expect(run.results.map((r) => r.level)).toEqual(['error', 'note', 'note', 'warning'])
    expect(run.results[0]!.locations[0]!.logicalLocations).toEqual([
      { name: 'GraniteFalls', fullyQualifiedName: 'cmg-granitefalls', kind: 'element' },
      { name: 'New York City HQ', fullyQualifiedName: 'site-nyc', kind: 'element' },
    ])
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('designs/contoso.cmgd')
    expect(run.results[3]!.suppressions).toEqual([{ kind: 'external', justification: 'Pilot only' }])
    expect(run.results[0]!.suppressions).toBeUndefined()
  })

  it('points at the line declaring the element, falling back to line 1', () => {
    const text = templateText('contoso')
    const run = sarifOf([
      withFindings([
        finding({ nodeIds: ['pop-roaming'] }),
        finding({ ruleId: 'CMG-HA-002', nodeIds: ['ghost'] }),
      ]),
    ]).runs[0]!
    const line = run.results[0]!.locations[0]!.physicalLocation.region.startLine
    expect(text.split('\n')[line - 1]).toContain('"id": "pop-roaming"')
    expect(run.results[1]!.locations[0]!.physicalLocation.region.startLine).toBe(1)
  })

  it('fingerprints a finding by rule and elements, so it stays the same when the message changes', () => {
    const a = sarifOf([withFindings([finding({ message: 'one' }), finding({ nodeIds: ['site-nyc'] })])])
      .runs[0]!.results
    const b = sarifOf([withFindings([finding({ message: 'two' })])]).runs[0]!.results
    expect(a[0]!.partialFingerprints).toEqual(b[0]!.partialFingerprints)
    expect(a[0]!.partialFingerprints).not.toEqual(a[1]!.partialFingerprints)
  })
})
