// `cmg-designer import` as a user runs it (the built CLI, clock pinned): exports in, a design file
// out that `cmg-designer validate` then reads, the import report on stdout, exit 2 and nothing
// written for a damaged or foreign export, and the command line's own checks.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../../src/cli/args'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { TERMINAL_HAZARD, ensureCliBuilt, runCli } from '../cli/run-cli'
import { TEST_TODAY } from '../../support/today'

const fixtures = join(__dirname, '..', '..', 'fixtures', 'import')
const dir = mkdtempSync(join(tmpdir(), 'cmg-import-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeAll(() => ensureCliBuilt(), 180_000)

const at = (name: string) => join(fixtures, name)

describe('cmg-designer import', () => {
  it('writes a design that validate reads, and prints the import report', () => {
    const out = join(dir, 'contoso.cmgd')
    const run = runCli(['import', at('cas-sites.csv'), at('cas-roles.json'), '-o', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Wrote ${out}.`)
    expect(run.stdout).toContain('Created 4 sites, 7 servers and 10 roles.')
    expect(run.stdout).toContain(
      'Unknown roles (not imported):\n  “SMS Future Widget Point” on CM-P02.contoso.com (P02)',
    )
    const loaded = parseDesignFile(readFileSync(out, 'utf8'))
    expect(loaded.ok && loaded.value.doc.design.evaluationDate).toBe(TEST_TODAY)
    expect(loaded.ok && loaded.value.doc.nodes.filter((n) => n.kind === 'site')).toHaveLength(4)

    const validate = runCli(['validate', '--format', 'json', out])
    expect(validate.code === 0 || validate.code === 1).toBe(true)
    expect(JSON.parse(validate.stdout)).toMatchObject({ file: out, cmVersion: 2403 })
  })

  it('refuses a damaged export with exit 2, naming the file, and writes nothing', () => {
    const out = join(dir, 'never.cmgd')
    const run = runCli(['import', at('cas-sites.csv'), at('damaged-roles.json'), '-o', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^cmg-designer: “damaged-roles\.json” cannot be imported: it is not valid JSON/,
    )
    expect(run.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a foreign CSV and keeps the existing design file as it was', () => {
    const out = join(dir, 'kept.cmgd')
    writeFileSync(out, 'previous content')
    const run = runCli(['import', at('foreign.csv'), '-o', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('“foreign.csv” cannot be imported: its columns (Name, Email, Department)')
    expect(readFileSync(out, 'utf8')).toBe('previous content')
  })

  it('escapes control characters from the exports in what it prints', () => {
    const hostile = join(dir, 'hostile-roles.csv')
    writeFileSync(
      hostile,
      'RoleName,SiteCode,ServerName\n"SMS \u001b[2JEvil\u202e Point",EVL,CM01.evil.test\n',
    )
    const run = runCli(['import', hostile, '-o', join(dir, 'hostile.cmgd')])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('SMS \\x1b[2JEvil\\u202e Point')
    expect(TERMINAL_HAZARD.test(run.stdout.replace(/\n/g, ''))).toBe(false)
  })

  it('checks its command line', () => {
    expect(parseCommandLine(['import', 'a.csv', 'b.json', '-o', 'x.cmgd'])).toEqual({
      kind: 'import',
      files: ['a.csv', 'b.json'],
      output: 'x.cmgd',
    })
    expect(parseCommandLine(['import', 'a.csv'])).toEqual({
      kind: 'usageError',
      message: 'import needs -o <design.cmgd>, the design file to write.',
    })
    expect(parseCommandLine(['import', '-o', 'x.cmgd'])).toMatchObject({ kind: 'usageError' })
    expect(parseCommandLine(['import', 'a.csv', '-o', 'x.cmgd', '--format', 'json'])).toMatchObject({
      kind: 'usageError',
    })
    expect(runCli(['import', at('cas-roles.csv'), '-o', at('cas-roles.csv')]).code).toBe(2)
  })
})
