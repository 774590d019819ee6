// Exports: a design exported to PNG and to SVG through the Export dialog and opened again is the
// same design (the image carries it); both are the report's picture (the PNG at least 1,000 px wide
// with the connections drawn, the SVG plain SVG with no foreignObject and every element's full name
// as text); a selection exports a smaller picture; no font or anything else is fetched; the design
// exports as a draw.io diagram and as a PowerPoint deck (a slide per phase plus the title, findings
// and capacity slides) without changing the design; the dialog previews the picture and the preview
// follows the options; and the design report exports as HTML and, through the print view, as PDF.
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import type { Download, Page } from '@playwright/test'
import { readPngDesign, readSvgDesign } from '../../src/shared/format/embedded'
import { expect, expectNoProblems, hooks, openApp, test, toast } from './fixtures'

const LINKED_TO_EDGE = [0xd9, 0x48, 0x0f] as const

async function exportImage(
  page: Page,
  format: 'PNG' | 'SVG',
  options: { scale?: '1×' | '2×' | '3×'; selection?: boolean } = {},
): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^${format} image`) }).click()
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check()
  if (options.selection) await dialog.getByRole('radio', { name: /^Selection/ }).check()
  if (options.scale) await dialog.getByRole('radio', { name: new RegExp(`^${options.scale}`) }).check()
  const downloaded = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const download = await downloaded
  await expect(dialog).toHaveCount(0)
  return download
}

/** The design as the app saves it now (Save writes to the browser build's in-memory disk). */
async function savedDesign(page: Page): Promise<string> {
  await page.keyboard.press('Control+s')
  await expect(toast(page).filter({ hasText: /^Saved / })).toBeVisible()
  const files = await hooks(page).files()
  const name = (
    await toast(page)
      .filter({ hasText: /^Saved / })
      .last()
      .innerText()
  ).replace(/^Saved /, '')
  const text = files[name]
  if (text === undefined) throw new Error(`nothing was saved as ${name}`)
  await page.locator('.toast-close').first().click()
  return text
}

/** The browser build's test hook for choosing a file given as bytes in the Open dialog. */
interface OpenBytesHook {
  openBytes(fileName: string, base64: string): Promise<{ ok: boolean; code?: string }>
}

const openBytes = (page: Page, fileName: string, bytes: Buffer) =>
  page.evaluate(
    ([f, b]) => (window.__cmgBrowser as unknown as OpenBytesHook).openBytes(f!, b!),
    [fileName, bytes.toString('base64')],
  )

declare global {
  interface Window {
    __printedReport?: string | null
  }
}

/** Pixels of the PNG (decoded by the browser) within a small distance of `rgb`. */
function countPixels(page: Page, png: Buffer, rgb: readonly number[]): Promise<number> {
  return page.evaluate(
    async ([base64, color]) => {
      const bytes = Uint8Array.from(atob(base64 as string), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      const [r, g, b] = color as number[]
      let n = 0
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - r!) < 24 &&
          Math.abs(data[i + 1]! - g!) < 24 &&
          Math.abs(data[i + 2]! - b!) < 24 &&
          data[i + 3]! > 200
        )
          n++
      return n
    },
    [png.toString('base64'), [...rgb]] as const,
  )
}

const pngWidth = (png: Buffer) => png.readUInt32BE(16)

test('a design exported to PNG opens again as the same design', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const original = await savedDesign(page)

  const download = await exportImage(page, 'PNG', { scale: '1×' })
  expect(download.suggestedFilename()).toMatch(/\.png$/)
  const png = readFileSync(await download.path())
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  const embedded = readPngDesign(png)
  expect(embedded.ok && embedded.value).toBe(original)
  // The picture is wide enough for a slide, and the connections are in it.
  expect(pngWidth(png)).toBeGreaterThanOrEqual(1000)
  expect(await countPixels(page, png, LINKED_TO_EDGE)).toBeGreaterThan(100)
  await download.saveAs('test-results/screenshots/export-contoso.png')

  // A 2× export has twice the pixels across.
  const double = readFileSync(await (await exportImage(page, 'PNG', { scale: '2×' })).path())
  expect(pngWidth(double)).toBe(2 * pngWidth(png))

  // Open the image: the same design, unsaved to any file (Save must not write over the image).
  const opened = await openBytes(page, download.suggestedFilename(), png)
  expect(opened.ok).toBe(true)
  await expect(
    toast(page).filter({
      hasText: `Opened the design carried by the image “${download.suggestedFilename()}”. Save it to keep it as a design file.`,
    }),
  ).toBeVisible()
  await expect(page.locator('.save-state')).toHaveText('Not saved yet')
  await expect(page.locator('.react-flow__node')).toHaveCount(12)
  expect(await savedDesign(page)).toBe(original)
  expectNoProblems(problems)
})

test('a design exported to SVG opens again as the same design, with no fonts fetched', async ({
  page,
  problems,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await openApp(page, 'fourth-coffee')
  const original = await savedDesign(page)

  const download = await exportImage(page, 'SVG')
  expect(download.suggestedFilename()).toMatch(/\.svg$/)
  const svg = readFileSync(await download.path(), 'utf8')
  expect(svg.startsWith('<svg')).toBe(true)
  expect(svg).toContain('<metadata><cmg:design xmlns:cmg="urn:cmg-designer:design">')
  expect(svg).not.toMatch(/@font-face|url\(\s*["']?https?:/)
  expect(svg).not.toMatch(/foreignObject|<image|href=/i)
  expect(svg).toContain('class="edge edge-linkedTo"')
  // Every element's full name is text in the picture (wrapped lines join to the name, never cut).
  const design = JSON.parse(original) as { nodes: { id: string; name: string; kind: string }[] }
  const names = await page.evaluate((markup) => {
    const xml = new DOMParser().parseFromString(markup, 'image/svg+xml')
    return Array.from(xml.querySelectorAll('g.node')).map(
      (g) =>
        [g.getAttribute('data-node-id'), g.querySelector(':scope > text.name')?.textContent ?? null] as const,
    )
  }, svg)
  expect(new Map(names)).toEqual(
    new Map(design.nodes.map((n) => [n.id, n.name.trim() === '' ? n.id : n.name])),
  )
  const embedded = readSvgDesign(svg)
  expect(embedded.ok && embedded.value).toBe(original)

  const opened = await openBytes(page, download.suggestedFilename(), Buffer.from(svg, 'utf8'))
  expect(opened.ok).toBe(true)
  await expect(page.locator('.save-state')).toHaveText('Not saved yet')
  expect(await savedDesign(page)).toBe(original)
  expect(
    requests.filter(
      (url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('blob:') && !url.startsWith('data:'),
    ),
  ).toEqual([])
  expectNoProblems(problems)
})

test('the selection exports on its own, without selection outlines, and the selection is kept', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const whole = readFileSync(await (await exportImage(page, 'PNG', { scale: '1×' })).path())
  await page.locator('.react-flow__node[data-id="sub-contoso"]').click({ position: { x: 24, y: 14 } })
  const part = readFileSync(await (await exportImage(page, 'PNG', { scale: '1×', selection: true })).path())
  // The subscription (260 px wide) and its CMG, with a margin on both sides.
  expect(pngWidth(part)).toBeGreaterThanOrEqual(260 + 48)
  expect(pngWidth(part)).toBeLessThan(pngWidth(whole) / 2)
  // The whole design is still carried by the partial picture.
  const embedded = readPngDesign(part)
  expect(embedded.ok && JSON.parse(embedded.value).nodes).toHaveLength(12)
  await expect(page.locator('.react-flow__node[data-id="sub-contoso"]')).toHaveClass(/selected/)
  await expect(page.locator('.save-state')).toHaveText('Not saved yet')
  expectNoProblems(problems)
})

test('the design exports as a draw.io diagram with one shape per element and one connector per connection', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const original = JSON.parse(await savedDesign(page)) as { nodes: unknown[]; edges: unknown[] }
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: /^SVG image/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true })
  await dialog.getByRole('radio', { name: /^draw\.io/ }).check()
  await expect(dialog.getByRole('radio', { name: /^Dark/ })).toHaveCount(0)
  const downloaded = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const download = await downloaded
  expect(download.suggestedFilename()).toMatch(/\.drawio$/)
  const xml = readFileSync(await download.path(), 'utf8')
  expect(xml.match(/ vertex="1"/g)).toHaveLength(original.nodes.length)
  expect(xml.match(/ edge="1"/g)).toHaveLength(original.edges.length)
  expectNoProblems(problems)
})

test('the dialog previews the picture, and the design exports as a PowerPoint deck without changing it', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const saveState = await page.locator('.save-state').innerText()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: /^PNG image/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true })
  const preview = dialog.getByRole('img', { name: /^Preview of the picture/ })
  await expect(preview).toBeVisible()
  const drawn = () => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
  await expect.poll(drawn).toBe(true)
  const light = await preview.getAttribute('src')
  await dialog.getByRole('radio', { name: /^Dark/ }).check()
  await expect(preview).not.toHaveAttribute('src', light ?? '')
  await expect.poll(drawn).toBe(true)
  await page.screenshot({ path: 'test-results/screenshots/export-dialog-preview.png' })

  await expect(dialog.getByRole('combobox', { name: 'Phase' })).toBeVisible()
  await dialog.getByRole('radio', { name: /^PowerPoint/ }).check()
  // A deck shows the whole design with a slide for every phase: no selection or phase to choose.
  await expect(dialog.getByRole('radio', { name: /^Selection/ })).toHaveCount(0)
  await expect(dialog.getByRole('combobox', { name: 'Phase' })).toHaveCount(0)
  await expect(preview).toBeVisible()
  const downloaded = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const download = await downloaded
  await expect(dialog).toHaveCount(0)
  expect(download.suggestedFilename()).toMatch(/\.pptx$/)
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
  expect(slides).toHaveLength(1 + 3 + 2)
  const slideText = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')
  expect(await slideText(1)).toContain('Contoso')
  expect(await slideText(3)).toContain('Phase 2 of 3: Pilot')
  expect(await slideText(5)).toContain('Findings')
  expect(await slideText(6)).toContain('Capacity and cost')
  expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))).toHaveLength(3)
  await expect(toast(page).filter({ hasText: /Exported .*\.pptx/ })).toBeVisible()
  await expect(page.locator('.save-state')).toHaveText(saveState)
  expectNoProblems(problems)
})

test('Export ▸ draw.io and Export ▸ PowerPoint open the dialog with that format chosen', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true })
  for (const [item, format] of [
    [/^draw\.io diagram/, /^draw\.io/],
    [/^PowerPoint/, /^PowerPoint/],
  ] as const) {
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('menuitem', { name: item }).click()
    await expect(dialog.getByRole('radio', { name: format })).toBeChecked()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
  }
  expectNoProblems(problems)
})

test('the design report exports as HTML and prints to PDF from the print view', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    window.__printedReport = null
    window.print = () => {
      const view = document.querySelector('.report-print-view')
      window.__printedReport = view?.shadowRoot?.textContent ?? null
    }
  })
  await openApp(page, 'contoso')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const downloaded = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /^Report \(HTML\)/ }).click()
  const html = readFileSync(await (await downloaded).path(), 'utf8')
  expect(html).toMatch(/^<!DOCTYPE html>/)
  expect(html).toContain('Contoso')
  expect(html).toContain('Bill of materials')

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: /^Report \(PDF\)/ }).click()
  await expect(toast(page).filter({ hasText: /Exported .*\.pdf/ })).toBeVisible()
  const printed = await page.evaluate(() => window.__printedReport)
  expect(printed).toContain('Bill of materials')
  expect(printed).toContain('Contoso')
  await expect(page.locator('.report-print-view')).toHaveCount(0)
  await expect(page.locator('.palette')).toBeVisible()
  expectNoProblems(problems)
})
