// The command line as cmg-rules-addendum.md A4 and A5.4-A5.5 require: option values that start with
// "-" are checked as values (range messages, exit 2), a refused file lists each offending value once,
// and `validate` checks a design without an evaluation date against today's date from the CLI's
// clock (pinned here with CMG_DESIGNER_TODAY), saying so in the message. Runs the built CLI like
// tests/unit/cli/cli.test.ts (npm run build:cli first).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../../src/cli/args'
import { formatFailedFile } from '../../../src/cli/format-text'
import type { FailedFile } from '../../../src/cli/report'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { PINNED_CLOCK_ENV, TEST_TODAY } from '../../support/today'

const root = join(__dirname, '..', '..', '..')
const bin = join(root, 'bin', 'cmg-designer.cjs')
const dir = mkdtempSync(join(tmpdir(), 'cmg-addendum-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const usageMessage = (argv: string[]): string => {
  const command = parseCommandLine(argv)
  return command.kind === 'usageError' ? command.message : `not refused: ${command.kind}`
}

describe('A5.5: option values that start with "-"', () => {
  it.each([['-1'], ['-0.5']])('--growth %s gives the range message, as --growth=%s does', (value) => {
    const expected = `--growth must be a number greater than 0 and at most 100; got "${value}".`
    expect(usageMessage(['validate', 'a.cmgd', '--growth', value])).toBe(expected)
    expect(usageMessage(['validate', 'a.cmgd', `--growth=${value}`])).toBe(expected)
  })
  it('--cm-version -5 gives the version list', () => {
    expect(usageMessage(['validate', 'a.cmgd', '--cm-version', '-5'])).toMatch(
      /^--cm-version must be one of 2006, .*2603; got "-5"\.$/,
    )
  })
  it('keeps the boundaries: --growth 100 is accepted, --growth 0 refused with the range message', () => {
    expect(parseCommandLine(['validate', 'a.cmgd', '--growth', '100'])).toMatchObject({ growth: 100 })
    expect(usageMessage(['validate', 'a.cmgd', '--growth', '0'])).toBe(
      '--growth must be a number greater than 0 and at most 100; got "0".',
    )
  })
  it('the built CLI exits 2 with the range message for --growth -1', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', 'x.cmgd', '--growth', '-1'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--growth must be a number greater than 0 and at most 100; got "-1".')
  })
})

describe('A5.4: a refused file lists each offending value once', () => {
  const refused = (text: string): FailedFile => {
    const loaded = parseDesignFile(text)
    if (loaded.ok) throw new Error('expected a refusal')
    return { kind: 'failed', file: 'bad.cmgd', uri: 'bad.cmgd', error: loaded.error }
  }
  const contoso = () =>
    JSON.parse(readFileSync(join(root, 'resources', 'templates', 'contoso.cmgd'), 'utf8')) as {
      design: Record<string, unknown>
      nodes: { props: Record<string, unknown> }[]
    }
  const occurrences = (text: string, part: string) => text.split(part).length - 1

  it('a single invalid design.cmVersion appears once', () => {
    const doc = contoso()
    doc.design.cmVersion = 1999
    const text = formatFailedFile(refused(JSON.stringify(doc)))
    expect(occurrences(text, 'design.cmVersion')).toBe(1)
  })
  it('two invalid values appear once each', () => {
    const doc = contoso()
    doc.design.cmVersion = 1999
    ;(doc.nodes[0] as { props: Record<string, unknown> }).props.type = 'x'
    const text = formatFailedFile(refused(JSON.stringify(doc)))
    expect(occurrences(text, 'design.cmVersion')).toBe(1)
    expect(occurrences(text, 'nodes[0].props.type')).toBe(1)
  })
})

describe('A4: a design without an evaluation date is checked against today', () => {
  it('validate uses the CLI clock and says that today was used', () => {
    const doc = JSON.parse(readFileSync(join(root, 'resources', 'templates', 'contoso.cmgd'), 'utf8')) as {
      design: Record<string, unknown>
    }
    delete doc.design.evaluationDate
    doc.design.cmVersion = 2107
    const file = join(dir, 'undated.cmgd')
    writeFileSync(file, JSON.stringify(doc))
    const r = spawnSync(process.execPath, [bin, 'validate', file, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...PINNED_CLOCK_ENV },
    })
    const body = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] }
    expect(body.findings.find((f) => f.ruleId === 'CMG-VER-001')?.message).toContain(
      `the design has no evaluation date, so today's date, ${TEST_TODAY}, was used`,
    )
  })
})
