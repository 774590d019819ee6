// The hostile-file corpus (tests/fixtures/hostile, see generate.ts there) through the two ways a user
// opens a file: the app's main process (DocumentStore.openFile, what File ▸ Open runs) and the
// command-line tool (`validate` as JSON and as text, and `report`). Each file loads, or is refused
// with the code and message fragments its manifest entry names; nothing crashes or takes 10 s;
// "is required" only ever names a value the file really lacks; and no message or output line
// carries a control or bidi character.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentStore, type OpenError } from '../../../src/main/services/document-store'
import { realFs } from '../../../src/main/services/fs-adapter'
import type { Expectation } from '../../fixtures/hostile/generate'
import { TERMINAL_HAZARD, ensureCliBuilt, runCli } from '../cli/run-cli'

const corpus = join(__dirname, '..', '..', 'fixtures', 'hostile')
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Record<
  string,
  Expectation
>
const names = Object.keys(manifest)
const refusedNames = names.filter((n) => manifest[n]?.outcome === 'refused')
const MAX_MS = 10_000

let work = ''
beforeAll(() => {
  ensureCliBuilt()
  // A copy, so nothing the app or the CLI does can touch the committed files.
  work = mkdtempSync(join(tmpdir(), 'cmg-hostile-'))
  for (const name of names) copyFileSync(join(corpus, name), join(work, name))
}, 120_000)

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

/** The refusal's message and issue lines, checked the same way for the app and the CLI. */
function checkRefusal(name: string, error: { code: string; message: string; issues: readonly string[] }) {
  const expected = manifest[name] as Expectation
  const lines = [error.message, ...error.issues]
  expect(error.code, `${name}: ${error.message}`).toBe(expected.code)
  for (const fragment of expected.includes ?? [])
    expect(
      lines.some((l) => l.includes(fragment)),
      `${name}: "${fragment}" in\n${lines.join('\n')}`,
    ).toBe(true)
  if (!expected.missing)
    expect(
      lines.filter((l) => l.includes('is required')),
      `${name}: a present value called missing`,
    ).toEqual([])
  for (const line of lines)
    expect(TERMINAL_HAZARD.test(line), `${name}: control character in ${JSON.stringify(line)}`).toBe(false)
}

describe('the hostile corpus', () => {
  it('has at least 100 files, each with an expectation, and nothing else', () => {
    expect(names.length).toBeGreaterThanOrEqual(100)
    expect(readdirSync(corpus).sort()).toEqual([...names, 'generate.ts', 'manifest.json'].sort())
  })
})

describe('the hostile corpus through the app (main process, File ▸ Open)', () => {
  const store = new DocumentStore({
    fs: realFs,
    backupDir: join(tmpdir(), 'cmg-hostile-backups-unused'),
    onOrphanSweep: () => undefined,
  })

  it.each(names)('%s', async (name) => {
    const started = performance.now()
    const opened = await store.openFile(join(work, name))
    expect(performance.now() - started, `${name} took too long`).toBeLessThan(MAX_MS)
    const expected = manifest[name] as Expectation
    if (expected.outcome === 'loads') {
      expect(opened.ok, `${name}: ${opened.ok ? '' : opened.error.message}`).toBe(true)
      return
    }
    expect(opened.ok, `${name} was opened`).toBe(false)
    checkRefusal(name, (opened as { error: OpenError }).error)
  })
})

describe('the hostile corpus through the command-line tool', () => {
  interface FileJson {
    file: string
    error?: { code: string; message: string; issues: string[] }
  }

  it('validate --format json: the same outcome, code and message as the app for every file', () => {
    const run = runCli(['validate', '--format', 'json', ...names], { cwd: work, timeoutMs: 120_000 })
    expect(run.timedOut, 'validate ran past 120 s').toBe(false)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as FileJson[]
    expect(results.map((r) => r.file)).toEqual(names)
    for (const r of results) {
      if (manifest[r.file]?.outcome === 'loads')
        expect(r.error, `${r.file}: ${r.error?.message}`).toBeUndefined()
      else {
        expect(r.error, `${r.file} was accepted`).toBeDefined()
        checkRefusal(r.file, r.error as NonNullable<FileJson['error']>)
      }
    }
  })

  it('validate (text): every refusal on stderr, and no control or bidi character on either stream', () => {
    const run = runCli(['validate', ...names], { cwd: work, timeoutMs: 120_000 })
    expect(run.timedOut, 'validate ran past 120 s').toBe(false)
    expect(run.code).toBe(2)
    for (const [stream, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ] as const) {
      const bad = text.split('\n').filter((l) => TERMINAL_HAZARD.test(l))
      expect(bad, `${stream} lines with control characters`).toEqual([])
    }
    for (const name of refusedNames) expect(run.stderr).toContain(`cmg-designer: ${name}: `)
    // The design whose name tries to clear the screen and print a fake summary is shown escaped.
    expect(run.stdout).toContain('control-design-name.cmgd: \\x1b[2J\\x1b[1;1H\\x1b[32mSummary: 0 errors')
    expect(run.stdout).toContain('the design embedded in the PNG image')
  })

  it('report: escapes the design name it prints and keeps HTML from the file out of the page', () => {
    for (const name of ['control-design-name.cmgd', 'html-everywhere.cmgd']) {
      const run = runCli(['report', name, '-o', `${name}.html`], { cwd: work })
      expect(run.code, run.stderr).toBe(0)
      expect(TERMINAL_HAZARD.test(run.stdout + run.stderr)).toBe(false)
      expect(readFileSync(join(work, `${name}.html`), 'utf8')).not.toContain('<script>alert(1)')
    }
  })
})
