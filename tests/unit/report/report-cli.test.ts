// `cmg-designer report <file> -o <out.html>`: the command line it accepts (in process) and the built
// tool run as a user runs it (`node bin/cmg-designer.cjs report …`): it writes the complete report
// and nothing else, exits 0 even when the design has errors, exits 2 with a message on stderr when
// the design cannot be read, -o is missing or the output cannot be written, never leaves a temp
// file behind, and never writes over the design file.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_USAGE, MAIN_USAGE, parseCommandLine } from '../../../src/cli/args'
import { PINNED_CLOCK_ENV, TEST_TODAY } from '../../support/today'

const root = join(__dirname, '..', '..', '..')
const bin = join(root, 'bin', 'cmg-designer.cjs')
const bundle = join(root, 'out', 'cli', 'index.cjs')
const templates = join(root, 'resources', 'templates')
const TEMPLATE_FILES = readdirSync(templates).filter((f) => f.endsWith('.cmgd'))

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...PINNED_CLOCK_ENV },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  return newest
}

let tmp = ''
/** A fresh, empty folder per test, so "nothing else was written" can be checked by listing it. */
function folder(name: string): string {
  const dir = join(tmp, name)
  mkdirSync(dir)
  return dir
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cmg-report-'))
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(join(root, 'src'))
  if (stale) {
    const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: root, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`)
  }
}, 120_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

describe('the report command line', () => {
  it('reads the design file, -o in either spelling and the what-if options', () => {
    expect(parseCommandLine(['report', 'a.cmgd', '-o', 'a.html'])).toEqual({
      kind: 'report',
      file: 'a.cmgd',
      output: 'a.html',
    })
    expect(
      parseCommandLine(['report', '--output=r.html', 'a.cmgd', '--cm-version', '2403', '--growth', '2']),
    ).toEqual({
      kind: 'report',
      file: 'a.cmgd',
      output: 'r.html',
      cmVersion: 2403,
      growth: 2,
    })
  })

  it.each([
    [['report', 'a.cmgd'], /report needs -o <out\.html>/],
    [['report', 'a.cmgd', '-o', ''], /report needs -o/],
    [['report', '-o', 'a.html'], /report needs a design file/],
    [['report', 'a.cmgd', 'b.cmgd', '-o', 'a.html'], /report takes one design file; got 2/],
    [['report', 'a.cmgd', '-o', 'a.html', '--format', 'json'], /--format is an option of validate/],
    [['report', 'a.cmgd', '-o', 'a.html', '--growth', '0'], /--growth/],
    [['validate', 'a.cmgd', '-o', 'a.html'], /-o\/--output is an option of report/],
    [
      ['render', 'a.cmgd'],
      /Unknown command "render"; the commands are "validate", "report", "import" and "export"/,
    ],
  ])('rejects %j', (argv, message) => {
    const command = parseCommandLine(argv)
    expect(command.kind === 'usageError' ? command.message : command.kind).toMatch(message)
  })

  it('documents the command in the general help and in its own help', () => {
    expect(MAIN_USAGE).toContain('report <file> -o <out.html>')
    expect(parseCommandLine(['report', '--help'])).toEqual({ kind: 'help', text: REPORT_USAGE })
    for (const option of ['-o, --output', '--cm-version', '--growth', 'Exit codes'])
      expect(REPORT_USAGE).toContain(option)
  })
})

describe('cmg-designer report (built)', () => {
  it.each(TEMPLATE_FILES)('writes the complete report of %s and nothing else', (name) => {
    const dir = folder(`ok-${name}`)
    const out = join(dir, 'report.html')
    const r = cli('report', join('resources', 'templates', name), '-o', out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `^Wrote .*report\\.html: .+\\(\\d+ errors?, \\d+ warnings?, \\d+ info, \\d+ suppressed\\)\\.\\n$`,
      ),
    )
    expect(readdirSync(dir)).toEqual(['report.html'])
    const html = readFileSync(out, 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    for (const id of [
      'cover',
      'topology',
      'bill-of-materials',
      'capacity',
      'cost',
      'findings',
      'suppressed',
      'notes',
    ])
      expect(html).toContain(`id="${id}"`)
    const design = JSON.parse(readFileSync(join(templates, name), 'utf8')) as { design: { name: string } }
    expect(html).toContain(`<h1>${design.design.name}</h1>`)
    expect(html).toContain(name)
  })

  it("dates the report by the command line's clock, which CMG_DESIGNER_TODAY pins", () => {
    const dir = folder('dated')
    const out = join(dir, 'report.html')
    expect(cli('report', join('resources', 'templates', 'lab.cmgd'), '-o', out).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain(`Report generated</dt><dd>${TEST_TODAY}</dd>`)
  })

  it('exits 0 for a design with errors (the report documents them) and honours --cm-version and --growth', () => {
    const dir = folder('errors')
    const design = JSON.parse(readFileSync(join(templates, 'contoso.cmgd'), 'utf8')) as {
      nodes: { kind: string; props: Record<string, unknown> }[]
    }
    const cmg = design.nodes.find((n) => n.kind === 'cmg')
    if (cmg) cmg.props.vmCount = 17
    const file = join(dir, 'broken.cmgd')
    writeFileSync(file, JSON.stringify(design))
    const out = join(dir, 'broken.html')
    const r = cli('report', file, '-o', out, '--cm-version', '2103', '--growth', '3')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/\(0 errors/)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('CMG-DEPLOY-009')
    expect(html).toContain('CMG-DEPLOY-001')
    expect(html).toContain('evaluated as a what-if; the design targets 2509')
    expect(html).toContain('×3')
    expect(html).toContain('OVER')
  })

  it('replaces an existing report completely', () => {
    const dir = folder('replace')
    const out = join(dir, 'report.html')
    writeFileSync(out, 'old report '.repeat(100_000))
    expect(cli('report', join('resources', 'templates', 'lab.cmgd'), '-o', out).code).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).not.toContain('old report')
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    expect(readdirSync(dir)).toEqual(['report.html'])
  })

  it('exits 2 without writing anything when the design cannot be read or is not a design', () => {
    const dir = folder('unreadable')
    const damaged = join(dir, 'damaged.cmgd')
    writeFileSync(damaged, '{"format": "cmg-designer", "nodes": [')
    const out = join(dir, 'report.html')
    for (const [file, title] of [
      [join(dir, 'missing.cmgd'), 'The file could not be read'],
      [damaged, 'The file is damaged (not valid JSON)'],
    ] as const) {
      const r = cli('report', file, '-o', out)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(`cmg-designer: ${file}: ${title}`)
    }
    expect(readdirSync(dir)).toEqual(['damaged.cmgd'])
  })

  it('exits 2 with a usage message when -o is missing', () => {
    const r = cli('report', join('resources', 'templates', 'lab.cmgd'))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^cmg-designer: report needs -o <out\.html>.*\nUsage: cmg-designer validate/)
    expect(r.stderr).toContain('cmg-designer report <file> -o <out.html>')
  })

  it('exits 2 and leaves no temp file when the report cannot be written', () => {
    const dir = folder('unwritable')
    mkdirSync(join(dir, 'report.html'))
    const r = cli('report', join('resources', 'templates', 'lab.cmgd'), '-o', join(dir, 'report.html'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^cmg-designer: cannot write the report to .*report\.html: /)
    expect(readdirSync(dir)).toEqual(['report.html'])
    expect(statSync(join(dir, 'report.html')).isDirectory()).toBe(true)

    const missing = cli(
      'report',
      join('resources', 'templates', 'lab.cmgd'),
      '-o',
      join(dir, 'no', 'such', 'r.html'),
    )
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('the folder does not exist')
  })

  it('refuses to write the report over the design file', () => {
    const dir = folder('same')
    const file = join(dir, 'design.cmgd')
    const original = readFileSync(join(templates, 'lab.cmgd'), 'utf8')
    writeFileSync(file, original)
    const r = cli('report', file, '-o', join(dir, '.', 'design.cmgd'))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('is the design file itself')
    expect(readFileSync(file, 'utf8')).toBe(original)
    expect(readdirSync(dir)).toEqual(['design.cmgd'])
  })
})
