// `node scripts/render-pptx.mjs [design...]`: exports each design (default: the Contoso and Fourth
// Coffee templates) as a PowerPoint deck with the built CLI, converts the deck to PDF with
// LibreOffice (`soffice --headless`) and the PDF to one PNG per slide with pdftoppm, all under
// test-results/pptx/, so the slides can be looked at. Needs `npm run build:cli`, LibreOffice Impress
// and poppler-utils (Debian: apt-get install libreoffice-impress poppler-utils); not part of
// `npm test`, since CI has no LibreOffice. Runs in Node.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = join(root, 'test-results', 'pptx')
const designs =
  process.argv.length > 2
    ? process.argv.slice(2).map((d) => resolve(d))
    : ['contoso', 'fourth-coffee'].map((name) => join(root, 'resources', 'templates', `${name}.cmgd`))

function run(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (r.error) throw new Error(`${command} could not start: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
  return r.stdout
}

mkdirSync(out, { recursive: true })
for (const design of designs) {
  const name = basename(design).replace(/\.[^.]+$/, '')
  const deck = join(out, `${name}.pptx`)
  for (const old of readdirSync(out)) if (old.startsWith(`${name}-`)) rmSync(join(out, old))
  run(process.execPath, [join(root, 'bin', 'cmg-designer.cjs'), 'export', design, '-o', deck])
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, deck])
  run('pdftoppm', ['-png', '-r', '60', join(out, `${name}.pdf`), join(out, name)])
  const slides = readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
  console.log(
    `${name}: ${slides.length} slides → ${slides.map((f) => join('test-results', 'pptx', f)).join(', ')}`,
  )
}
