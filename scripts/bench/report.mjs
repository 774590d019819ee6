// Report section of `npm run bench`: the command-line tool on the largest design the file format
// allows (MAX_NODES elements, MAX_EDGES connections; scripts/bench/report-entry.ts), run as a user
// runs it: `validate <file>` and `report <file> -o <out.html>` in fresh Node processes, alternated,
// 3 runs each after one warm-up of each, medians. The CLI is built from the current source into
// out/bench-cli (vite's build API with vite.cli.config.mts), the design is written to a temporary
// folder. Each process's peak resident memory and CPU time are read from process.resourceUsage() at
// its exit (a --require preload writes them to a file). Gated: report time over validate time.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..', '..')
const entryOut = join(root, 'out', 'bench-report')
const cliOut = join(root, 'out', 'bench-cli')
const RUNS = 3
const RATIO_BUDGET = 8

const PROBE = `
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  const u = process.resourceUsage()
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }))
})
`

async function bundle() {
  const common = { logLevel: 'warn', mode: 'production' }
  await build({
    ...common,
    configFile: false,
    root,
    build: {
      ssr: join(root, 'scripts', 'bench', 'report-entry.ts'),
      outDir: entryOut,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'report-entry.mjs' } },
    },
    ssr: { noExternal: true },
  })
  await build({ ...common, configFile: join(root, 'vite.cli.config.mts'), build: { outDir: cliOut } })
  return import(pathToFileURL(join(entryOut, 'report-entry.mjs')).href)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const round = (n, digits = 2) => Number(n.toFixed(digits))

const row = (name, value, unit, budget) => ({
  name,
  value: round(value),
  unit,
  budget,
  pass: budget === null ? true : value <= budget,
})

/** Runs the built CLI once; wall time of the whole process, its peak RSS and CPU time. */
function runCli(args, dir) {
  const usageFile = join(dir, 'usage.json')
  const started = performance.now()
  const r = spawnSync(
    process.execPath,
    ['--require', join(dir, 'probe.cjs'), join(cliOut, 'index.cjs'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', BENCH_USAGE_FILE: usageFile },
    },
  )
  const wallMs = performance.now() - started
  // validate exits 1 when the design has errors (the largest design has one); 2 means it failed.
  if (r.status === null || r.status > 1)
    throw new Error(`cmg-designer ${args[0]} failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
  return { wallMs, rssMb: usage.maxRssKb / 1024, cpuMs: usage.cpuUs / 1000 }
}

/** @param {{ log: (line: string) => void }} io */
export async function runReportBench({ log }) {
  const { largestDesignText } = await bundle()
  const dir = mkdtempSync(join(tmpdir(), 'cmg-bench-report-'))
  try {
    const design = largestDesignText()
    const file = join(dir, 'largest.cmgd')
    writeFileSync(file, design.text)
    writeFileSync(join(dir, 'probe.cjs'), PROBE)
    log(
      `report: largest design ${design.nodes} elements, ${design.edges} connections, ` +
        `${(design.text.length / 1024 / 1024).toFixed(1)} MB`,
    )
    const validate = () => runCli(['validate', file], dir)
    const report = () => runCli(['report', file, '-o', join(dir, 'report.html')], dir)
    validate()
    report()
    const v = []
    const r = []
    for (let i = 0; i < RUNS; i++) {
      v.push(validate())
      r.push(report())
    }
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    const stat = (runs, key) => median(runs.map((x) => x[key]))
    for (const [name, runs] of [
      ['validate', v],
      ['report', r],
    ])
      log(
        `report: ${name} median ${stat(runs, 'wallMs').toFixed(0)} ms wall, ${stat(runs, 'cpuMs').toFixed(0)} ms CPU, ` +
          `peak RSS ${stat(runs, 'rssMb').toFixed(0)} MB (wall ${runs.map((x) => x.wallMs.toFixed(0)).join(', ')})`,
      )
    log(`report: the report is ${(html.length / 1024 / 1024).toFixed(1)} MB of HTML`)
    return [
      row('report.largest_over_validate', stat(r, 'wallMs') / stat(v, 'wallMs'), 'ratio', RATIO_BUDGET),
      row('report.largest_cpu_over_validate', stat(r, 'cpuMs') / stat(v, 'cpuMs'), 'ratio', null),
      row('report.largest_ms', stat(r, 'wallMs'), 'ms', null),
      row('report.validate_largest_ms', stat(v, 'wallMs'), 'ms', null),
      row('report.largest_peak_rss_mb', stat(r, 'rssMb'), 'MB', null),
      row('report.validate_largest_peak_rss_mb', stat(v, 'rssMb'), 'MB', null),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
