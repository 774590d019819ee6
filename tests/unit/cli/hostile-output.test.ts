// What the command-line tool prints for people cannot be steered by a design file or an argument:
// escape sequences, bells, C1 controls, line breaks and bidi overrides in design and element names,
// suppression reasons, file names, unknown keys and command-line arguments come out as visible
// escapes (\x1b, \u202e), so a hostile design cannot clear the screen, recolour the log or print a
// fake "0 errors" line. The escaping function itself is checked in
// tests/unit/format/terminal-text.test.ts.
/* eslint-disable no-control-regex -- it matches terminal control characters on purpose */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatFailedFile, formatText } from '../../../src/cli/format-text'
import { evaluateFile, type EvaluatedFile, type FailedFile } from '../../../src/cli/report'
import { TERMINAL_HAZARD, ensureCliBuilt, root, runCli } from './run-cli'

const FAKE_SUMMARY = '\u001b[2K\r\u001b[32mSummary: 0 errors, 0 warnings, 0 info, 0 suppressed.\u001b[0m'
const BIDI = 'cmg\u202egnp.exe\u202c\u2066x\u2069'
const C1 = '\u009b31m\u0085\u0007'

/** Contoso with a hostile design name, element names and a suppression reason. */
function hostileContoso(): string {
  const doc = JSON.parse(readFileSync(join(root, 'resources', 'templates', 'contoso.cmgd'), 'utf8')) as {
    design: { name: string }
    nodes: { id: string; kind: string; name: string }[]
    suppressions: { ruleId: string; nodeId: string; reason: string }[]
  }
  doc.design.name = `Contoso\n${FAKE_SUMMARY}`
  for (const n of doc.nodes) n.name = `${n.kind === 'cmg' ? BIDI : C1}${n.name}`
  const cmg = doc.nodes.find((n) => n.kind === 'cmg') as { id: string }
  doc.suppressions = [{ ruleId: 'CMG-COST-001', nodeId: cmg.id, reason: `accepted\n${FAKE_SUMMARY}` }]
  return JSON.stringify(doc)
}

function evaluate(file: string, text: string): EvaluatedFile | FailedFile {
  const report = evaluateFile({ file, uri: file }, new TextEncoder().encode(text), {})
  if (report.kind === 'evaluated' || report.kind === 'failed') return report
  throw new Error('unreachable')
}

const hazards = (text: string): string[] => text.split('\n').filter((l) => TERMINAL_HAZARD.test(l))

describe('text output of hostile designs (in process)', () => {
  it('escapes names, messages and reasons, so the fake summary is visible as text and never a line of its own', () => {
    const report = evaluate('contoso.cmgd', hostileContoso())
    expect(report.kind).toBe('evaluated')
    const { out, err } = formatText([report], { color: false })
    expect(err).toBe('')
    expect(hazards(out)).toEqual([])
    expect(out).toContain('contoso.cmgd: Contoso\\x0a\\x1b[2K\\x0d\\x1b[32mSummary: 0 errors')
    expect(out).toContain('suppressed: accepted\\x0a\\x1b[2K')
    expect(out).toContain('cmg\\u202egnp.exe\\u202c\\u2066x\\u2069')
    expect(out).toContain('\\x9b31m\\x85\\x07')
    // The only summary line at the start of a line is the real one.
    expect(out.split('\n').filter((l) => l.startsWith('Summary:'))).toHaveLength(1)
  })

  it('keeps its own colours but escapes the colours a design brings', () => {
    const report = evaluate('contoso.cmgd', hostileContoso())
    const { out } = formatText([report], { color: true })
    const sequences = out.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? []
    expect(sequences.length).toBeGreaterThan(0)
    for (const s of sequences) expect(s).toMatch(/^\u001b\[(1|2|22|31|33|36|39)m$/)
    expect(out.replace(/\u001b\[\d+m/g, '')).not.toMatch(TERMINAL_HAZARD)
  })

  it('escapes a file name and unknown keys in a load error', () => {
    const bad = evaluate(
      `evil\u001b]0;title\u0007.cmgd`,
      '{"format":"cmg-designer","formatVersion":1,"schemaVersion":1,"design":{"\\u001b[1A\\u001b[2K0 errors":1}}',
    )
    expect(bad.kind).toBe('failed')
    const text = formatFailedFile(bad as FailedFile)
    expect(hazards(text)).toEqual([])
    expect(text).toContain('cmg-designer: evil\\x1b]0;title\\x07.cmgd: The file contains invalid values')
    expect(text).toContain('design["\\x1b[1A\\x1b[2K0 errors"]: is not a known property')
  })
})

describe('the built tool with hostile input', () => {
  let tmp = ''
  beforeAll(() => {
    ensureCliBuilt()
    tmp = mkdtempSync(join(tmpdir(), 'cmg-hostile-out-'))
  }, 120_000)
  afterAll(() => {
    if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
  })

  it('validate prints a hostile design and a hostile file name escaped', () => {
    const name = `design\u202e.cmgd`
    writeFileSync(join(tmp, name), hostileContoso())
    const run = runCli(['validate', name], { cwd: tmp })
    expect(run.code).not.toBeNull()
    expect(hazards(run.stdout)).toEqual([])
    expect(hazards(run.stderr)).toEqual([])
    expect(run.stdout).toContain('design\\u202e.cmgd: Contoso\\x0a\\x1b[2K')
  })

  it('escapes command-line arguments echoed in usage errors', () => {
    for (const args of [
      ['validate', 'x.cmgd', '--format', '\u001b[2J0 errors'],
      ['\u001b]0;pwned\u0007'],
      ['validate', 'x.cmgd', '--growth', '\u202e5'],
    ]) {
      const run = runCli(args, { cwd: tmp })
      expect(run.code).toBe(2)
      expect(hazards(run.stderr), run.stderr).toEqual([])
      expect(run.stderr).toMatch(/\\x1b|\\u202e/)
    }
  })

  it('escapes the design name it reports after writing a report', () => {
    writeFileSync(join(tmp, 'hostile.cmgd'), hostileContoso())
    const run = runCli(['report', 'hostile.cmgd', '-o', 'out\u0007.html'], { cwd: tmp })
    expect(run.code, run.stderr).toBe(0)
    expect(hazards(run.stdout)).toEqual([])
    expect(run.stdout).toContain('Wrote out\\x07.html: Contoso\\x0a\\x1b[2K')
  })
})
