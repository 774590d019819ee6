// The built command-line tool, run as a user runs it (`node bin/cmg-designer.cjs validate …`) on the
// shipped templates and on damaged files: exit codes, the documented JSON shape, SARIF 2.1.0
// structure, readable text, and the --cm-version / --growth what-ifs. Assertions are properties
// that must hold whatever the rule modules report, not fixed finding lists.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PINNED_CLOCK_ENV } from '../../support/today'

const root = join(__dirname, '..', '..', '..')
const bin = join(root, 'bin', 'cmg-designer.cjs')
const bundle = join(root, 'out', 'cli', 'index.cjs')
const templates = join(root, 'resources', 'templates')
// Paths relative to the working directory, as a user in the project folder types them.
const contoso = join('resources', 'templates', 'contoso.cmgd')
const TEMPLATE_FILES = readdirSync(templates)
  .filter((f) => f.endsWith('.cmgd'))
  .map((f) => join('resources', 'templates', f))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...PINNED_CLOCK_ENV },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

type Json = Record<string, unknown>
interface FindingJson {
  ruleId: string
  severity: string
  nodeIds: string[]
  message: string
  fix: string
  docs: string[]
  suppressed: boolean
  suppressionReason?: string
}
interface CapacityJson {
  nodeId: string
  metric: string
  load: number
  limit: number
}
interface FileJson {
  file: string
  cmVersion: number
  findings: FindingJson[]
  capacity: CapacityJson[]
  summary: { errors: number; warnings: number; info: number }
  error?: { code: string; message: string; issues: string[] }
}

const jsonRuns = new Map<string, { code: number | null; body: FileJson }>()
/** `validate --format json …`, run once per distinct argument list (the files it reads do not change). */
function json(...args: string[]): { code: number | null; body: FileJson } {
  const key = JSON.stringify(args)
  const cached = jsonRuns.get(key)
  if (cached) return cached
  const r = cli('validate', '--format', 'json', ...args)
  const result = { code: r.code, body: JSON.parse(r.stdout) as FileJson }
  jsonRuns.set(key, result)
  return result
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

let tmp = ''
const tmpFile = (name: string, content: string): string => {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}
const contosoInput = (): Json => JSON.parse(readFileSync(contoso, 'utf8')) as Json

/** Contoso with changes meant to produce errors (a CMG without connection points, 17 VMs, no SCP). */
function brokenContoso(): Json {
  const doc = contosoInput() as { nodes: Json[]; edges: Json[] }
  const cmg = doc.nodes.find((n) => n.kind === 'cmg') as { props: Json }
  cmg.props.vmCount = 17
  doc.edges = doc.edges.filter((e) => e.kind !== 'linkedTo')
  doc.nodes = doc.nodes.filter((n) => n.kind !== 'serviceConnectionPoint')
  return doc
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cmg-cli-'))
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(join(root, 'src'))
  if (stale) {
    const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: root, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`)
  }
}, 120_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

describe('validate on the shipped templates', () => {
  it.each(TEMPLATE_FILES)(
    '%s: prints the documented JSON shape and exits 0 or 1 as its errors say',
    (file) => {
      const { code, body } = json(file)
      expect(body.file).toBe(file)
      expect(typeof body.cmVersion).toBe('number')
      expect(Array.isArray(body.findings)).toBe(true)
      for (const f of body.findings) {
        expect(f.ruleId).toMatch(/^CMG-[A-Z]+-\d{3}$/)
        expect(['error', 'warning', 'info']).toContain(f.severity)
        expect(f.nodeIds.length).toBeGreaterThan(0)
        expect(f.message.length).toBeGreaterThan(0)
        expect(typeof f.fix).toBe('string')
        expect(f.docs.every((d) => d.startsWith('https://'))).toBe(true)
        expect(typeof f.suppressed).toBe('boolean')
      }
      expect(body.capacity.length).toBeGreaterThan(0)
      for (const r of body.capacity) {
        expect(typeof r.nodeId).toBe('string')
        expect(typeof r.metric).toBe('string')
        expect(Number.isFinite(r.load)).toBe(true)
        expect(Number.isFinite(r.limit)).toBe(true)
      }
      const live = body.findings.filter((f) => !f.suppressed)
      expect(body.summary).toMatchObject({
        errors: live.filter((f) => f.severity === 'error').length,
        warnings: live.filter((f) => f.severity === 'warning').length,
        info: live.filter((f) => f.severity === 'info').length,
      })
      expect(code).toBe(body.summary.errors > 0 ? 1 : 0)
    },
  )

  it('prints a JSON array in argument order for several files', () => {
    const r = cli('validate', '--format', 'json', ...TEMPLATE_FILES)
    const body = JSON.parse(r.stdout) as FileJson[]
    expect(body.map((b) => b.file)).toEqual(TEMPLATE_FILES)
  })

  it('writes readable text: the design, element names, severity groups, capacity and summary, without colours when piped', () => {
    const { body } = json(contoso, '--growth', '3')
    const r = cli('validate', contoso, '--growth', '3')
    expect(r.stdout).toContain('Contoso – standalone primary with CMG')
    expect(r.stdout).toContain('ConfigMgr 2509')
    expect(r.stdout).toContain('clients ×3')
    expect(r.stdout).toContain('Cloud management gateway GraniteFalls')
    if (body.summary.warnings > 0) expect(r.stdout).toContain(`WARNINGS (${body.summary.warnings})`)
    if (body.summary.info > 0) expect(r.stdout).toContain(`INFO (${body.summary.info})`)
    for (const f of body.findings) expect(r.stdout).toContain(f.ruleId)
    expect(r.stdout).toMatch(/fix: /)
    expect(r.stdout).toMatch(/CAPACITY\n/)
    expect(r.stdout).toMatch(/Concurrent clients.*24,000 \/\s+12,000\s+200%\s+OVER/)
    expect(r.stdout).toContain('next to break: Management point MP01')
    expect(r.stdout).toContain(`Summary: ${body.summary.errors} error`)
    expect(r.stdout).not.toContain('\u001b[')
    expect(r.stderr).toBe('')
  })
})

describe('what-if options', () => {
  it('--cm-version evaluates the design for another version without changing the file', () => {
    const before = readFileSync(contoso, 'utf8')
    const current = json(contoso).body
    const old = json(contoso, '--cm-version', '2103').body
    expect(current.cmVersion).toBe(2509)
    expect(old.cmVersion).toBe(2103)
    const cmgLimit = (b: FileJson) => b.capacity.find((r) => r.metric === 'concurrentClients')?.limit
    expect(cmgLimit(current)).toBe(12_000)
    expect(cmgLimit(old)).toBe(4_000) // a VMSS CMG on 2010-2103 carries 2,000 clients per VM
    expect(old.findings.some((f) => f.ruleId === 'CMG-DEPLOY-001')).toBe(true)
    expect(current.findings.some((f) => f.ruleId === 'CMG-DEPLOY-001')).toBe(false)
    expect(readFileSync(contoso, 'utf8')).toBe(before)
  })

  it('--growth 3 scales the clients: 8,000 × 3 = 24,000 concurrent clients exceed the CMG’s 12,000', () => {
    const base = json(contoso).body
    const grown = json(contoso, '--growth', '3').body
    const load = (b: FileJson) => b.capacity.find((r) => r.metric === 'concurrentClients')?.load
    expect(load(base)).toBe(8_000)
    expect(load(grown)).toBe(24_000)
    expect(base.findings.some((f) => f.ruleId === 'CMG-CAP-001')).toBe(false)
    expect(
      grown.findings.some((f) => f.ruleId === 'CMG-CAP-001' && f.nodeIds.includes('cmg-granitefalls')),
    ).toBe(true)
  })
})

describe('exit codes', () => {
  it('exits 1 when a design has unsuppressed errors, and 0 once every error is suppressed', () => {
    const broken = brokenContoso()
    const file = tmpFile('broken.cmgd', JSON.stringify(broken))
    const first = json(file)
    expect(first.body.summary.errors).toBeGreaterThan(0)
    expect(first.code).toBe(1)

    const errors = first.body.findings.filter((f) => f.severity === 'error')
    const suppressions = errors.map((f) => ({
      ruleId: f.ruleId,
      nodeId: f.nodeIds[0],
      reason: `Accepted for the pilot (${f.ruleId})`,
    }))
    const accepted = tmpFile('accepted.cmgd', JSON.stringify({ ...broken, suppressions }))
    const second = json(accepted)
    expect(second.body.summary.errors).toBe(0)
    expect(second.code).toBe(0)
    const suppressed = second.body.findings.filter((f) => f.suppressed)
    expect(suppressed.length).toBeGreaterThanOrEqual(errors.length)
    expect(suppressed.every((f) => f.suppressionReason?.startsWith('Accepted for the pilot'))).toBe(true)

    const text = cli('validate', accepted)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/SUPPRESSED \(\d+\)/)
    expect(text.stdout).toContain('suppressed: Accepted for the pilot')
  })

  /** [file name, expected error code, content]: a truncated design, another app's JSON, a too-new format. */
  const damaged: readonly (readonly [string, string, string])[] = [
    ['truncated.cmgd', 'NOT_JSON', readFileSync(contoso, 'utf8').slice(0, 500)],
    [
      'package.json',
      'NOT_A_DESIGN_FILE',
      JSON.stringify({ name: 'another-app', version: '1.0.0', dependencies: {} }),
    ],
    ['future.cmgd', 'FILE_TOO_NEW', JSON.stringify({ ...contosoInput(), formatVersion: 99 })],
  ]

  it.each(damaged)('%s: exits 2 with the reason (%s) in the JSON', (name, code, content) => {
    const file = tmpFile(name, content)
    const j = json(file)
    expect(j.code).toBe(2)
    expect(j.body).toEqual({ file, error: { code, message: expect.any(String), issues: expect.any(Array) } })
    expect(j.body.error?.message.length).toBeGreaterThan(10)
  })

  it('names each damaged file on stderr in text mode and as an error notification in SARIF', () => {
    const files = damaged.map(([name, , content]) => tmpFile(name, content))
    const text = cli('validate', ...files)
    expect(text.code).toBe(2)
    expect(text.stdout).not.toContain('Summary:')
    for (const file of files) expect(text.stderr).toContain(`cmg-designer: ${file}: `)

    const sarif = cli('validate', '--format', 'sarif', ...files)
    expect(sarif.code).toBe(2)
    const run = (JSON.parse(sarif.stdout) as { runs: Json[] }).runs[0] as {
      invocations: Json[]
      results: unknown[]
    }
    expect(run.results).toEqual([])
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: damaged.map(([, code]) => ({ level: 'error', descriptor: { id: code } })),
    })
  })

  it('reports invalid values with the path of each offending value', () => {
    const doc = contosoInput() as { nodes: Json[] }
    ;(doc.nodes.find((n) => n.kind === 'cmg') as { props: Json }).props.vmCount = 'two'
    const { code, body } = json(tmpFile('invalid.cmgd', JSON.stringify(doc)))
    expect(code).toBe(2)
    expect(body.error?.code).toBe('INVALID_DOCUMENT')
    expect(body.error?.issues.some((i) => /nodes\[\d+\]\.props\.vmCount/.test(i))).toBe(true)
  })

  it('exits 2 naming a file that does not exist, is a folder, or is too large (refused before reading)', () => {
    const big = join(tmp, 'huge.cmgd')
    writeFileSync(big, '')
    truncateSync(big, 21 * 1024 * 1024)
    const missing = join(tmp, 'missing.cmgd')
    const r = cli('validate', missing, tmp, big)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${missing}: The file could not be read`)
    expect(r.stderr).toContain(`${tmp}: The file could not be read`)
    expect(r.stderr).toContain(`${big}: The file is too large`)
    const j = cli('validate', '--format', 'json', missing, big)
    expect((JSON.parse(j.stdout) as FileJson[]).map((b) => b.error?.code)).toEqual([
      'READ_FAILED',
      'FILE_TOO_LARGE',
    ])
  })

  it('exits 2 when any file fails, even if the others are fine, and still reports the good ones', () => {
    const bad = tmpFile('half.cmgd', '{"format":')
    const r = cli('validate', '--format', 'json', contoso, bad)
    expect(r.code).toBe(2)
    const body = JSON.parse(r.stdout) as FileJson[]
    expect(body[0]?.findings).toBeDefined()
    expect(body[1]?.error?.code).toBe('NOT_JSON')
  })

  // Every rejected command line is covered in-process by args.test.ts; these check the wiring.
  it.each([
    [['validate', contoso, '--bogus']],
    [['validate', contoso, '--growth', '0']],
    [['report', contoso]],
    [[]],
  ])('usage error %j: exits 2 with a message on stderr and nothing on stdout', (args) => {
    const r = cli(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^cmg-designer: .+\nUsage: cmg-designer validate/)
  })

  it('--help lists the validate command and exits 0; --version prints the package version', () => {
    const help = cli('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('validate <file...>')
    expect(help.stdout).toContain('report <file> -o <out.html>')
    const validateHelp = cli('validate', '--help')
    expect(validateHelp.code).toBe(0)
    for (const option of ['--format', '--cm-version', '--growth'])
      expect(validateHelp.stdout).toContain(option)
    const version = cli('--version')
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    )
  })
})

describe('SARIF output', () => {
  it('is SARIF 2.1.0 with a described rule for every result, file locations and named elements', () => {
    const r = cli('validate', '--format', 'sarif', '--growth', '3', ...TEMPLATE_FILES)
    const sarif = JSON.parse(r.stdout) as {
      $schema: string
      version: string
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: Json[] } }
        results: {
          ruleId: string
          ruleIndex: number
          level: string
          message: { text: string }
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } }
            logicalLocations: Json[]
          }[]
        }[]
        invocations: { executionSuccessful: boolean }[]
      }[]
    }
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    const run = sarif.runs[0]!
    expect(run.tool.driver.name).toBe('cmg-designer')
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.invocations[0]?.executionSuccessful).toBe(true)
    expect(run.results.length).toBeGreaterThan(0)
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id)
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    expect(new Set(run.results.map((x) => x.ruleId))).toEqual(new Set(ruleIds))
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({
        name: expect.any(String),
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String) },
        defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) },
      })
      expect(rule.helpUri).toMatch(/^https:\/\//)
    }
    const uris = new Set(TEMPLATE_FILES.map((f) => f.split(sep).join('/')))
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId)
      expect(['error', 'warning', 'note']).toContain(result.level)
      expect(result.message.text.length).toBeGreaterThan(0)
      const location = result.locations[0]!
      expect(uris.has(location.physicalLocation.artifactLocation.uri)).toBe(true)
      expect(location.physicalLocation.region?.startLine ?? 1).toBeGreaterThanOrEqual(1)
      expect(location.logicalLocations.length).toBeGreaterThan(0)
      for (const l of location.logicalLocations)
        expect(l).toMatchObject({
          name: expect.any(String),
          fullyQualifiedName: expect.any(String),
          kind: 'element',
        })
    }
    expect(run.results.some((x) => x.ruleId === 'CMG-CAP-001' && x.level === 'warning')).toBe(true)
  })

  it('points each result at the line that declares its first element, and marks suppressed findings', () => {
    const first = json(contoso).body.findings[0]!
    const doc = {
      ...contosoInput(),
      suppressions: [{ ruleId: first.ruleId, nodeId: first.nodeIds[0], reason: 'Known and accepted' }],
    }
    const text = JSON.stringify(doc, null, 2)
    const file = tmpFile('suppressed.cmgd', text)
    const sarif = JSON.parse(cli('validate', '--format', 'sarif', file).stdout) as {
      runs: {
        results: {
          ruleId: string
          locations: { physicalLocation: { region: { startLine: number } } }[]
          suppressions?: Json[]
        }[]
      }[]
    }
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === first.ruleId)!
    expect(result.suppressions).toEqual([{ kind: 'external', justification: 'Known and accepted' }])
    const line = text.split('\n')[result.locations[0]!.physicalLocation.region.startLine - 1]
    expect(line).toContain(`"id": "${first.nodeIds[0]}"`)
  })
})
