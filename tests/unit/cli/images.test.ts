// `cmg-designer validate` and `report` read the PNG and SVG images the app exports, through the same
// loader as the app: an image carrying Contoso gives exactly the findings of contoso.cmgd, and a
// damaged image gets the app's own message for it (the one File ▸ Open shows). The images are made
// with the app's exporters (embed-png.ts, embed-svg.ts) from the shipped template.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentStore } from '../../../src/main/services/document-store'
import { realFs } from '../../../src/main/services/fs-adapter'
import { embedDesignInPng, pngChunk } from '../../../src/shared/export/embed-png'
import { embedDesignInSvg } from '../../../src/shared/export/embed-svg'
import { ensureCliBuilt, root, runCli } from './run-cli'

const contoso = readFileSync(join(root, 'resources', 'templates', 'contoso.cmgd'), 'utf8')

function tinyPng(): Uint8Array {
  return Uint8Array.from([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
    ...pngChunk('IDAT', new Uint8Array(deflateSync(Buffer.from([0, 0])))),
    ...pngChunk('IEND', new Uint8Array()),
  ])
}

interface FileJson {
  file: string
  designName?: string
  findings?: { ruleId: string; nodeIds: string[]; severity: string; suppressed: boolean }[]
  summary?: unknown
  error?: { code: string; message: string; issues: string[] }
}

let tmp = ''
const png = embedDesignInPng(tinyPng(), contoso)
const damaged = Uint8Array.from(png)
// Flip a bit inside the design text (the iTXt chunk sits just before IEND's 12 bytes and its own CRC).
damaged[png.length - 12 - 4 - 30] = (damaged[png.length - 12 - 4 - 30] ?? 0) ^ 0x01

beforeAll(() => {
  ensureCliBuilt()
  tmp = mkdtempSync(join(tmpdir(), 'cmg-images-'))
  writeFileSync(join(tmp, 'contoso.cmgd'), contoso)
  writeFileSync(join(tmp, 'contoso.png'), png)
  writeFileSync(
    join(tmp, 'contoso.svg'),
    embedDesignInSvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>', contoso),
  )
  writeFileSync(join(tmp, 'damaged.png'), damaged)
  writeFileSync(join(tmp, 'plain.png'), tinyPng())
  writeFileSync(join(tmp, 'plain.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>')
  writeFileSync(join(tmp, 'cut.png'), png.subarray(0, 100))
}, 120_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

function validateJson(...files: string[]): FileJson[] {
  const run = runCli(['validate', '--format', 'json', ...files], { cwd: tmp })
  return JSON.parse(run.stdout) as FileJson[]
}

describe('validate on exported images', () => {
  it('finds in a PNG and an SVG exactly what it finds in the design file', () => {
    const [file, pngResult, svgResult] = validateJson('contoso.cmgd', 'contoso.png', 'contoso.svg')
    expect(file?.error).toBeUndefined()
    expect(file?.findings?.length).toBeGreaterThan(0)
    for (const image of [pngResult, svgResult]) {
      expect(image?.error).toBeUndefined()
      expect(image?.designName).toBe(file?.designName)
      expect(image?.findings).toEqual(file?.findings)
      expect(image?.summary).toEqual(file?.summary)
    }
  })

  it('names the image and the embedded design in text output, and points SARIF at the image', () => {
    const text = runCli(['validate', 'contoso.png'], { cwd: tmp })
    expect(text.stdout).toContain('contoso.png: Contoso')
    expect(text.stdout).toContain('the design embedded in the PNG image')
    const sarif = JSON.parse(
      runCli(['validate', '--format', 'sarif', 'contoso.svg'], { cwd: tmp }).stdout,
    ) as {
      runs: {
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[]
        }[]
      }[]
    }
    const results = sarif.runs[0]?.results ?? []
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) {
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe('contoso.svg')
      expect(r.locations[0]?.physicalLocation.region).toBeUndefined()
    }
  })

  it("refuses damaged images and images without a design with the app's own messages", async () => {
    const store = new DocumentStore({
      fs: realFs,
      backupDir: join(tmp, 'backups'),
      onOrphanSweep: () => undefined,
    })
    const names = ['damaged.png', 'plain.png', 'plain.svg', 'cut.png']
    const results = validateJson(...names)
    for (const [i, name] of names.entries()) {
      const app = await store.openFile(join(tmp, name))
      expect(app.ok).toBe(false)
      if (app.ok) continue
      expect(results[i]?.error?.code, name).toBe(app.error.code)
      expect(results[i]?.error?.message, name).toBe(app.error.message)
    }
    expect(results[0]?.error?.message).toContain('checksum does not match')
    expect(results[1]?.error?.message).toContain('does not carry a CMG design')
    expect(results[3]?.error?.message).toContain('damaged or incomplete')
  })
})

describe('report on exported images', () => {
  it('writes the report of the design a PNG carries', () => {
    const run = runCli(['report', 'contoso.png', '-o', 'from-png.html'], { cwd: tmp })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Wrote from-png.html: Contoso')
    expect(readFileSync(join(tmp, 'from-png.html'), 'utf8')).toContain('<html')
  })

  it('refuses a damaged image with the message the app gives', () => {
    const run = runCli(['report', 'damaged.png', '-o', 'damaged.html'], { cwd: tmp })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'The design stored in the PNG image is damaged (its checksum does not match).',
    )
  })
})
