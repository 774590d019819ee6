// Export section of `npm run bench`: the SVG picture and the PowerPoint deck of a generated
// 1,000-element design (scripts/bench/export-entry.ts, bundled with vite in SSR mode and run in this
// process; resvg rasterises the deck's pictures as `cmg-designer export` does), medians of 3
// runs after one warm-up. Reported only, no budget.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..', '..')
const entryOut = join(root, 'out', 'bench-export')
const ELEMENTS = 1000
const RUNS = 3

async function bundle() {
  await build({
    logLevel: 'warn',
    mode: 'production',
    configFile: false,
    root,
    build: {
      ssr: join(root, 'scripts', 'bench', 'export-entry.ts'),
      outDir: entryOut,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['@resvg/resvg-js'],
        output: { format: 'es', entryFileNames: 'export-entry.mjs' },
      },
    },
    ssr: { noExternal: true },
  })
  return import(pathToFileURL(join(entryOut, 'export-entry.mjs')).href)
}

const row = (name, value, unit) => ({ name, value: Number(value.toFixed(2)), unit, budget: null, pass: true })

/** @param {{ log: (line: string) => void }} io */
export async function runExportBench({ log }) {
  const { timeExports } = await bundle()
  const r = await timeExports(ELEMENTS, RUNS)
  log(
    `export: generated design ${r.nodes} elements, ${r.edges} connections, ${r.phases} phases; ` +
      `picture ${r.pictureWidth} × ${r.pictureHeight}, SVG ${(r.svgBytes / 1024).toFixed(0)} KB, ` +
      `deck ${(r.pptxBytes / 1024).toFixed(0)} KB`,
  )
  return [row('export.svg_ms_1000', r.svgMs, 'ms'), row('export.pptx_ms_1000', r.pptxMs, 'ms')]
}
