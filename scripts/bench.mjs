// `npm run bench [section...]`: runs the benchmark sections (default: all), prints one table and
// writes bench-results/latest.json, an array of { name, value, unit, budget, pass } rows. A missed
// budget is reported (pass: false), never an error: the exit code is non-zero only if a section
// crashes. Running some sections keeps the other sections' rows from the previous latest.json.
// To add a section, export `async function runXBench({ log }): Promise<Row[]>` from
// scripts/bench/<x>.mjs, name its rows "<group>.<metric>" and list it in SECTIONS. A new run of a
// section replaces the previous rows of its name and of every group it returned rows for.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cpus, loadavg } from 'node:os'
import { runRulesBench } from './bench/rules.mjs'
import { runBrowserBench } from './bench/browser.mjs'
import { runReportBench } from './bench/report.mjs'
import { runExportBench } from './bench/export.mjs'

const SECTIONS = [
  { name: 'rules', run: runRulesBench },
  { name: 'browser', run: runBrowserBench },
  { name: 'report', run: runReportBench },
  { name: 'export', run: runExportBench },
]

const root = resolve(import.meta.dirname, '..')
const resultsFile = join(root, 'bench-results', 'latest.json')

function previousRows() {
  if (!existsSync(resultsFile)) return []
  try {
    const rows = JSON.parse(readFileSync(resultsFile, 'utf8'))
    return Array.isArray(rows) ? rows.filter((r) => r && typeof r.name === 'string') : []
  } catch {
    return []
  }
}

function table(rows) {
  const cells = rows.map((r) => [
    r.name,
    String(r.value),
    r.unit,
    r.budget === null ? '—' : String(r.budget),
    r.budget === null ? '—' : r.pass ? 'pass' : 'MISSED',
  ])
  const header = ['name', 'value', 'unit', 'budget', 'pass']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c) =>
    c.map((v, i) => (i === 1 || i === 3 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

async function main() {
  const requested = process.argv.slice(2)
  const unknown = requested.filter((name) => !SECTIONS.some((s) => s.name === name))
  if (unknown.length > 0) {
    console.error(
      `bench: unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`,
    )
    process.exitCode = 2
    return
  }
  const selected = requested.length === 0 ? SECTIONS : SECTIONS.filter((s) => requested.includes(s.name))
  const load = loadavg()[0]
  console.log(
    `bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${load.toFixed(1)}`,
  )
  if (load > cpus().length)
    console.log('bench: the machine is busy (load above the core count); wall times will be inflated.')
  const rows = []
  for (const section of selected) rows.push(...(await section.run({ log: (line) => console.log(line) })))
  const ran = new Set([...selected.map((s) => s.name), ...rows.map((r) => r.name.split('.')[0])])
  const kept = previousRows().filter((r) => !ran.has(r.name.split('.')[0]))
  const all = [...kept, ...rows]
  console.log(`\n${table(all)}\n`)
  mkdirSync(join(root, 'bench-results'), { recursive: true })
  writeFileSync(resultsFile, `${JSON.stringify(all, null, 2)}\n`)
  const missed = all.filter((r) => !r.pass).map((r) => r.name)
  console.log(
    `Wrote ${resultsFile}${missed.length > 0 ? `; budgets missed: ${missed.join(', ')}` : '; every budget met'}.`,
  )
}

main().catch((e) => {
  console.error(`bench: crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  process.exitCode = 1
})
