// Rules section of `npm run bench`: bundles the engine and the design generator with vite's build
// API (SSR mode, to out/bench), then times a FULL evaluateDesign (findings, capacity, cost, summary)
// of generated designs of 100, 1,000 and 5,000 nodes in Node: warm-up runs, then at least 15 timed
// runs each, median; then the worker's incremental re-evaluation after one property edit at 1,000
// and 5,000 nodes (a client population's count, which the capacity rules read, and a note's text,
// which no rule reads), each run from the evaluation of the design before it. Returns rows { name, value, unit, budget, pass }; budget null means "reported,
// not gated".
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..', '..')
const outDir = join(root, 'out', 'bench')

const SIZES = [
  { nodes: 100, warmup: 20, runs: 41, budget: null },
  { nodes: 1_000, warmup: 20, runs: 61, budget: 20 },
  { nodes: 5_000, warmup: 10, runs: 41, budget: 100 },
]
const SCALING_BUDGET = 6
/** Property edits re-evaluated incrementally: what is edited, the element kind, the new props for run `step`. */
const INCREMENTAL_EDITS = [
  [
    'a client population’s count',
    'clientPopulation',
    (props, step) => ({ ...props, count: props.count + step }),
  ],
  ['a note’s text', 'note', (props, step) => ({ ...props, text: `Edit ${step}` })],
]

async function bundleEngine() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'scripts', 'bench', 'rules-entry.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'rules-entry.mjs' } },
    },
    ssr: { noExternal: true },
  })
  return import(pathToFileURL(join(outDir, 'rules-entry.mjs')).href)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const round = (n, digits = 2) => Number(n.toFixed(digits))

/**
 * Median wall time of fn in milliseconds (the gated value), with the median CPU time of this process
 * beside it: on a busy machine wall time includes waiting for a core, CPU time does not. The result
 * feeds a sink so no run can be optimised away.
 */
function time(fn, warmup, runs) {
  let sink = 0
  for (let i = 0; i < warmup; i++) sink += fn()
  const wall = []
  const cpu = []
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.()
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    sink += fn()
    wall.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  if (sink < 0) throw new Error('unreachable')
  return { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: median(cpu) }
}

/**
 * Where a full evaluation spends its time, in the engine's order: the context, each rule (median of
 * `runs`), capacity and cost. Printed when a budget is missed, to name the slow rules.
 */
function breakdown(engine, doc, runs = 9) {
  const samples = new Map()
  const add = (name, ms) => samples.set(name, [...(samples.get(name) ?? []), ms])
  for (let run = 0; run < runs; run++) {
    let start = performance.now()
    const ctx = new engine.RuleContext(doc)
    add('(context)', performance.now() - start)
    for (const rule of engine.RULES) {
      start = performance.now()
      rule.evaluate(ctx)
      add(rule.id, performance.now() - start)
    }
    start = performance.now()
    engine.computeCapacity(ctx)
    add('(capacity table)', performance.now() - start)
    start = performance.now()
    engine.estimateCost(ctx)
    add('(cost estimate)', performance.now() - start)
  }
  return [...samples].map(([name, ms]) => ({ name, ms: median(ms) })).sort((a, b) => b.ms - a.ms)
}

const row = (name, value, unit, budget) => ({
  name,
  value,
  unit,
  budget,
  pass: budget === null ? true : value <= budget,
})

/** @param {{ log: (line: string) => void }} io */
export async function runRulesBench({ log }) {
  const engine = await bundleEngine()
  const { generateDesign, evaluateDesign } = engine
  const rows = []
  const medians = new Map()
  for (const size of SIZES) {
    const doc = generateDesign(size.nodes)
    const evaluation = evaluateDesign(doc)
    const t = time(() => evaluateDesign(doc).findings.length, size.warmup, size.runs)
    medians.set(size.nodes, t.median)
    log(
      `rules: ${doc.nodes.length} nodes, ${doc.edges.length} edges, ${evaluation.findings.length} findings, ` +
        `${evaluation.capacity.length} capacity rows: median ${t.median.toFixed(2)} ms over ${size.runs} runs ` +
        `(min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)}; CPU time median ${t.cpu.toFixed(2)} ms)`,
    )
    const timed = row(`rules.full_ms_${size.nodes}`, round(t.median), 'ms', size.budget)
    rows.push(timed)
    if (!timed.pass) {
      const parts = breakdown(engine, doc)
      log(`rules: budget missed at ${size.nodes} nodes; slowest parts (median ms):`)
      for (const part of parts.slice(0, 8)) log(`  ${part.name.padEnd(18)} ${part.ms.toFixed(2)}`)
    }
  }
  for (const size of SIZES.filter((s) => s.nodes >= 1_000)) {
    const doc = generateDesign(size.nodes)
    for (const [edit, kind, change] of INCREMENTAL_EDITS) {
      const index = doc.nodes.findIndex((n) => n.kind === kind)
      const evaluator = new engine.IncrementalEvaluator()
      evaluator.evaluate(doc)
      let step = 0
      const t = time(
        () => {
          step++
          const nodes = doc.nodes.slice()
          nodes[index] = { ...doc.nodes[index], props: change(doc.nodes[index].props, step) }
          return evaluator.evaluate({ ...doc, nodes }).findings.length
        },
        size.warmup,
        size.runs,
      )
      log(
        `rules: incremental re-evaluation after editing ${edit} at ${size.nodes} nodes: median ${t.median.toFixed(2)} ms ` +
          `(min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)}; CPU time median ${t.cpu.toFixed(2)} ms)`,
      )
      rows.push(row(`rules.incremental_${kind}_ms_${size.nodes}`, round(t.median), 'ms', null))
    }
  }
  rows.push(
    row(
      'rules.scaling_5000_over_1000',
      round(medians.get(5_000) / medians.get(1_000)),
      'ratio',
      SCALING_BUDGET,
    ),
  )
  return rows
}
