// Large designs open fitted and drawn as boxes: a 1,000-element design opens at the zoom that fits
// it (computed from the document before anything is drawn), where every element is a box in its
// kind's colour with its error/warning dot and capacity bar but no text, and connections without
// arrowheads; zooming in past 25 % brings back names, details and arrowheads, and zooming out again
// returns to boxes. A small template opens in full, at a readable zoom (readable-open.spec.ts).
import { expect, expectNoProblems, openApp, test } from './fixtures'

const zoomPercent = async (page: import('@playwright/test').Page) =>
  Number((await page.getByTestId('status-zoom').textContent())?.match(/(\d+)%/)?.[1])

test('a 1,000-element design opens fitted as boxes; zooming in shows names, zooming out boxes again', async ({
  page,
  problems,
}) => {
  await page.goto('/index.html?generate=1000&seed=1')
  const canvas = page.locator('.react-flow')
  await expect(canvas.locator('.react-flow__node')).toHaveCount(1000, { timeout: 60_000 })
  await expect(canvas.locator('.cmg-node.is-far-node')).toHaveCount(1000)
  await expect(canvas.locator('.cmg-node .node-name')).toHaveCount(0)
  expect(await zoomPercent(page)).toBeLessThan(25)
  const arrowhead = () =>
    canvas
      .locator('.react-flow__edge-path')
      .first()
      .evaluate((path) => getComputedStyle(path).markerEnd)
  expect(await arrowhead()).toBe('none')
  // Findings still show at far zoom: the generated design has warnings, drawn as dots.
  await expect.poll(() => canvas.locator('.cmg-node.is-far-node.worst-warning').count()).toBeGreaterThan(0)

  await canvas.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  // The status bar rounds, so go clearly past 25 %.
  for (let i = 0; i < 8 && (await zoomPercent(page)) < 30; i++) {
    await page.keyboard.press('Control+=')
    await page.waitForTimeout(250)
  }
  expect(await zoomPercent(page)).toBeGreaterThanOrEqual(30)
  await expect(canvas.locator('.cmg-node.is-far-node')).toHaveCount(0)
  await expect(canvas.locator('.cmg-node .node-name').first()).toBeVisible()
  expect(await arrowhead()).toMatch(/^url\(/)

  await page.keyboard.press('Control+0')
  await expect(canvas.locator('.cmg-node.is-far-node')).toHaveCount(1000)
  expectNoProblems(problems)
})

test('a template opens drawn in full', async ({ page, problems }) => {
  await openApp(page, 'contoso', { view: 'as opened' })
  const canvas = page.locator('.react-flow')
  await expect(canvas.locator('.cmg-node.is-far-node')).toHaveCount(0)
  await expect(canvas.getByText('New York City HQ', { exact: true }).first()).toBeVisible()
  expect(await zoomPercent(page)).toBeGreaterThanOrEqual(100)
  expectNoProblems(problems)
})
