// `cmg-designer export <file> -o <out>`: the command line it accepts (in process) and the built tool
// run as a user runs it: SVG (plain SVG with every full name, carrying the design), PNG (at least
// 1,000 px wide for a template at the default 2×, reopening as the same design), draw.io, a
// PowerPoint deck and the report, from a .cmgd or from the app's own PNG and SVG; the phase, theme,
// scale and legend options; exit 2 with a message for a design that cannot be read, an unknown phase or a bad
// command line, leaving nothing written.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_USAGE, parseCommandLine } from '../../../src/cli/args'
import { readPngDesign, readSvgDesign } from '../../../src/shared/format/embedded'
import { loadDesignBytes } from '../../../src/shared/format/load'
import { serializeDesign } from '../../../src/shared/format/serialize'
import { ensureCliBuilt, root, runCli } from './run-cli'

const contoso = join(root, 'resources', 'templates', 'contoso.cmgd')
let dir: string

beforeAll(() => {
  ensureCliBuilt()
  dir = mkdtempSync(join(tmpdir(), 'cmg-export-'))
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const design = () => {
  const loaded = loadDesignBytes(readFileSync(contoso))
  if (!loaded.ok) throw new Error('contoso loads')
  return loaded.value.doc
}

describe('the export command line', () => {
  it('takes the format from the extension or --format, and the picture options', () => {
    expect(parseCommandLine(['export', 'a.cmgd', '-o', 'b.PNG'])).toEqual({
      kind: 'export',
      file: 'a.cmgd',
      output: 'b.PNG',
      format: 'png',
      theme: 'light',
      scale: 2,
      legend: true,
    })
    expect(
      parseCommandLine([
        'export',
        'a.cmgd',
        '-o',
        'b',
        '--format',
        'svg',
        '--phase',
        'Pilot',
        '--theme',
        'dark',
        '--no-legend',
      ]),
    ).toMatchObject({ format: 'svg', phase: 'Pilot', theme: 'dark', legend: false })
    expect(parseCommandLine(['export', 'a.cmgd', '-o', 'b.drawio'])).toMatchObject({ format: 'drawio' })
    expect(parseCommandLine(['export', 'a.cmgd', '-o', 'b.PPTX', '--theme', 'dark'])).toMatchObject({
      format: 'pptx',
      theme: 'dark',
    })
    expect(parseCommandLine(['export', '--help'])).toEqual({ kind: 'help', text: EXPORT_USAGE })
  })

  it.each([
    [['export', 'a.cmgd'], /needs -o/],
    [['export', 'a.cmgd', '-o', 'b.txt'], /cannot tell the format/],
    [['export', 'a.cmgd', '-o', 'b.svg', '--scale', '2'], /--scale applies to png/],
    [['export', 'a.cmgd', '-o', 'b.png', '--scale', '4'], /--scale must be one of 1, 2, 3/],
    [['export', 'a.cmgd', '-o', 'b.png', '--theme', 'sepia'], /--theme must be one of light, dark/],
    [['export', 'a.cmgd', '-o', 'b.html', '--phase', 'x'], /--phase applies to/],
    [['export', 'a.cmgd', '-o', 'b.pptx', '--phase', 'x'], /--phase applies to svg, png and drawio/],
    [['validate', 'a.cmgd', '--theme', 'dark'], /--theme is an option of export/],
  ])('refuses %j', (argv, message) => {
    const command = parseCommandLine(argv)
    expect(command.kind).toBe('usageError')
    expect(command.kind === 'usageError' && command.message).toMatch(message)
  })
})

describe('cmg-designer export', () => {
  it('writes an SVG with every full name as text and the design inside', () => {
    const out = join(dir, 'contoso.svg')
    const run = runCli(['export', contoso, '-o', out])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Wrote')
    const svg = readFileSync(out, 'utf8')
    expect(svg).not.toMatch(/foreignObject/)
    for (const n of design().nodes) expect(svg).toContain(`>${n.name}</tspan>`)
    const embedded = readSvgDesign(svg)
    expect(embedded.ok && embedded.value).toBe(serializeDesign(design()))
  })

  it('writes a PNG at least 1,000 px wide that reopens as the same design, from the app’s SVG too', () => {
    const svgOut = join(dir, 'from.svg')
    expect(runCli(['export', contoso, '-o', svgOut]).code).toBe(0)
    const out = join(dir, 'contoso.png')
    const run = runCli(['export', svgOut, '-o', out, '--theme', 'dark'])
    expect(run.code, run.stderr).toBe(0)
    const png = readFileSync(out)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000)
    const embedded = readPngDesign(png)
    expect(embedded.ok && embedded.value).toBe(serializeDesign(design()))
    const single = join(dir, 'single.png')
    expect(runCli(['export', out, '-o', single, '--scale', '1']).code).toBe(0)
    expect(readFileSync(single).readUInt32BE(16) * 2).toBe(png.readUInt32BE(16))
  })

  it('draws the design at a phase given by name, and refuses a phase the design does not have', () => {
    const out = join(dir, 'pilot.drawio')
    expect(runCli(['export', contoso, '-o', out, '--phase', 'pilot']).code).toBe(0)
    const drawio = readFileSync(out, 'utf8')
    expect(drawio).toContain('<mxfile')
    const target = design().nodes.filter((n) => n.phase === 'target')
    expect(target.length).toBeGreaterThan(0)
    for (const n of target) expect(drawio).not.toContain(`id="node-${n.id}"`)

    const missing = runCli(['export', contoso, '-o', join(dir, 'none.svg'), '--phase', 'Later'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/has no phase "Later"; its phases are "Today", "Pilot", "Target"/)
  })

  it('writes a PowerPoint deck with --format pptx: a slide per phase plus title, findings and capacity', async () => {
    const out = join(dir, 'deck')
    const run = runCli(['export', contoso, '-o', out, '--format', 'pptx'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('as pptx')
    const zip = await JSZip.loadAsync(readFileSync(out))
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slides).toHaveLength(1 + design().design.phases.length + 2)
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string')
    expect(title).toContain('Contoso')
    expect(title).toContain(`Evaluated on ${design().design.evaluationDate}`)
    // The pictures are PNGs drawn at twice the picture's size (the default --scale 2).
    const pictures = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))
    expect(pictures).toHaveLength(design().design.phases.length)
    const png = await zip.file(pictures[0]!)!.async('uint8array')
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThanOrEqual(1000)
  })

  it('writes the report as HTML, and exits 2 without writing for a file that is not a design', () => {
    const html = join(dir, 'report.html')
    expect(runCli(['export', contoso, '-o', html]).code).toBe(0)
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/)

    const bad = join(dir, 'bad.cmgd')
    writeFileSync(bad, 'not a design')
    const before = readdirSync(dir).length
    const run = runCli(['export', bad, '-o', join(dir, 'bad.svg')])
    expect(run.code).toBe(2)
    expect(run.stderr).not.toBe('')
    expect(readdirSync(dir)).toHaveLength(before)
  })
})
