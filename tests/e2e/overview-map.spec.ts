// The overview map in the canvas's corner (editor/OverviewMap.tsx): it draws each element in its
// kind's colour where the element is, follows an element that is moved, redraws in the theme's
// colours when the theme changes, pans the canvas when dragged and zooms it with the wheel. The
// checks read the map's own pixels at the place an element should be drawn.
import type { Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const POPULATION = 'Client population Roaming laptops'

interface MapPixel {
  /** The pixel's colour on the map (alpha 0 where nothing is drawn). */
  readonly rgba: readonly number[]
  /** The kind's colour in the current theme. */
  readonly kind: readonly number[]
}

/** The map's pixel at the centre of the element named `name`, and its kind's colour. */
async function mapPixelAt(page: Page, name: string): Promise<MapPixel> {
  const node = canvasNode(page, name)
  return node.evaluate((element) => {
    const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((element as HTMLElement).style.transform)
    if (!match) throw new Error('no node position')
    const { width, height } = element.getBoundingClientRect()
    const zoom = Number(
      /scale\(([-\d.]+)\)/.exec(
        (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
      )?.[1],
    )
    const centre = { x: Number(match[1]) + width / zoom / 2, y: Number(match[2]) + height / zoom / 2 }
    const svg = document.querySelector('.overview-map svg') as SVGSVGElement
    const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ]
    const canvas = document.querySelector('.overview-map canvas') as HTMLCanvasElement
    // SVG's default fit ("xMidYMid meet"): one scale, centred.
    const scale = Math.min(canvas.width / vw, canvas.height / vh)
    const px = Math.floor((canvas.width - vw * scale) / 2 + (centre.x - vx) * scale)
    const py = Math.floor((canvas.height - vh * scale) / 2 + (centre.y - vy) * scale)
    const rgba = [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data]
    const kind = getComputedStyle(canvas).getPropertyValue('--kind-clientPopulation').trim()
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(kind)
    if (!hex) throw new Error(`unexpected kind colour ${kind}`)
    return { rgba, kind: hex.slice(1).map((h) => parseInt(h, 16)) }
  })
}

/** Is the pixel drawn, in (about) the kind's colour? */
const drawnInKindColour = ({ rgba, kind }: MapPixel) =>
  rgba[3]! > 40 && kind.every((channel, i) => Math.abs(channel - rgba[i]!) <= 24)

const viewportTransform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform)

test('the overview map draws each element where it is and follows a move', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const map = page.getByRole('img', { name: 'Overview map' })
  await expect(map).toBeVisible()
  await expect.poll(async () => drawnInKindColour(await mapPixelAt(page, POPULATION))).toBe(true)
  const before = await mapPixelAt(page, POPULATION)

  // Move the population well away; its rectangle on the map goes with it.
  const node = canvasNode(page, POPULATION)
  const box = (await node.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 160, { steps: 10 })
  await page.mouse.up()
  await expect.poll(async () => drawnInKindColour(await mapPixelAt(page, POPULATION))).toBe(true)
  const after = await mapPixelAt(page, POPULATION)
  expect(after.kind).toEqual(before.kind)

  // In the dark theme the map uses the dark theme's kind colours.
  await page.getByRole('button', { name: 'View', exact: true }).click()
  await page.getByRole('menuitemradio', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(async () => drawnInKindColour(await mapPixelAt(page, POPULATION))).toBe(true)
  expect((await mapPixelAt(page, POPULATION)).kind).not.toEqual(before.kind)
  await page.screenshot({ path: 'test-results/screenshots/overview-map-dark.png' })
  expectNoProblems(problems)
})

test('dragging on the overview map pans the canvas and the wheel over it zooms', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const map = page.getByRole('img', { name: 'Overview map' })
  const box = (await map.boundingBox())!
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }

  const start = await viewportTransform(page)
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.down()
  await page.mouse.move(centre.x + 30, centre.y + 20, { steps: 5 })
  await page.mouse.up()
  await expect.poll(() => viewportTransform(page)).not.toBe(start)
  const panned = await viewportTransform(page)
  expect(panned.match(/scale\(([\d.]+)\)/)?.[1]).toBe(start.match(/scale\(([\d.]+)\)/)?.[1])

  const zoom = (t: string) => Number(t.match(/scale\(([\d.]+)\)/)?.[1])
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.wheel(0, -400)
  await expect.poll(async () => zoom(await viewportTransform(page))).toBeGreaterThan(zoom(panned))
  expectNoProblems(problems)
})
