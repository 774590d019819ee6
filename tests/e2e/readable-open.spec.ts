// Readable at first sight: every template opens at a zoom where its elements' names are at least
// 12 px on screen (its font size times the canvas's zoom), starting at its topmost site, whose
// name is clear of the overview map, the legend and the controls; zoom to fit also keeps
// clear of them; and a drag started on an element lying under the overview map moves the element.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, fitView, openApp, test } from './fixtures'

const TEMPLATES = ['contoso', 'fourth-coffee', 'lab'] as const

/** The smallest on-screen font size of the element names drawn, in px. */
const smallestNamePx = (page: Page) =>
  page.locator('.react-flow__node .node-name').evaluateAll((names) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a
    return Math.min(...names.map((n) => parseFloat(getComputedStyle(n).fontSize) * zoom))
  })

/** Boxes of the overlays drawn over the canvas. */
const overlayBoxes = (page: Page) =>
  page
    .locator('.canvas .react-flow__panel')
    .evaluateAll((panels) => panels.map((p) => p.getBoundingClientRect().toJSON() as DOMRect))

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

for (const template of TEMPLATES)
  test(`the ${template} template opens with names at least 12 px, clear of the overlays`, async ({
    page,
    problems,
  }) => {
    await openApp(page, template, { view: 'as opened' })
    await expect(page.locator('.react-flow__node .node-name').first()).toBeVisible()
    expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(12)
    const overlays = await overlayBoxes(page)
    expect(overlays.length).toBeGreaterThanOrEqual(3)
    // The view starts at the topmost site: its name is in view, under no overlay.
    const names = await page
      .locator('.react-flow__node-site .node-name')
      .evaluateAll((all) => all.map((n) => n.getBoundingClientRect().toJSON() as DOMRect))
    const pane = (await page.locator('.react-flow').boundingBox())!
    const top = names.reduce((best, s) => (s.top < best.top ? s : best))
    expect(top.left).toBeGreaterThanOrEqual(pane.x)
    expect(top.right).toBeLessThanOrEqual(pane.x + pane.width)
    expect(top.top).toBeGreaterThanOrEqual(pane.y)
    for (const o of overlays) expect(overlaps(top, o)).toBe(false)
    expectNoProblems(problems)
  })

test('fit view frames the whole design clear of the overlays', async ({ page, problems }) => {
  await openApp(page, 'fourth-coffee', { view: 'as opened' })
  await fitView(page)
  const overlays = await overlayBoxes(page)
  const pane = (await page.locator('.react-flow').boundingBox())!
  for (const node of await page
    .locator('.react-flow__node')
    .evaluateAll((all) => all.map((n) => n.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(node.left).toBeGreaterThanOrEqual(pane.x)
    expect(node.right).toBeLessThanOrEqual(pane.x + pane.width)
    expect(node.bottom).toBeLessThanOrEqual(pane.y + pane.height)
    for (const o of overlays) expect(overlaps(node, o)).toBe(false)
  }
  expectNoProblems(problems)
})

test('a drag started on an element under the overview map moves the element', async ({ page, problems }) => {
  await openApp(page, 'lab', { view: 'as opened' })
  const map = (await page.locator('.overview-map').boundingBox())!
  const node = page.locator('.react-flow__node[data-id="sub-lab"]')
  const before = (await node.boundingBox())!
  // Pan the canvas (drag on empty canvas) so that the subscription's corner lies under the map.
  const from = { x: before.x - 40, y: before.y + before.height + 60 }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + map.x + 10 - before.x, from.y + map.y + 10 - before.y, { steps: 10 })
  await page.mouse.up()
  const under = (await node.boundingBox())!
  expect(Math.abs(under.x - (map.x + 10))).toBeLessThan(3)
  const viewport = () => page.locator('.react-flow__viewport').getAttribute('style')
  const viewBefore = await viewport()
  // Drag from a point of the subscription inside the map's box: the subscription moves, the view stays.
  const start = { x: map.x + 60, y: map.y + 24 }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - 200, start.y - 160, { steps: 10 })
  await page.mouse.up()
  expect(await viewport()).toBe(viewBefore)
  const after = (await node.boundingBox())!
  expect(after.x).toBeLessThan(under.x - 150)
  expect(after.y).toBeLessThan(under.y - 120)
  expectNoProblems(problems)
})
