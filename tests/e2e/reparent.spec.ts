// Reparent by drag: dragging a CMG connection point onto another server moves it into that server
// (which grows to hold it) with its connection kept, as one undo step; dragging a management point
// onto its site outside any server is refused with the palette's reason and it goes back.
import type { Locator, Page } from '@playwright/test'
import { canvasNode, centreOf, expect, expectNoProblems, openApp, test, toast } from './fixtures'

async function dragTo(page: Page, target: Locator, to: { x: number; y: number }): Promise<void> {
  const from = await centreOf(target)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

const inside = (page: Page) =>
  page.getByRole('region', { name: 'Selection' }).locator('.property', { hasText: 'Inside' })
const link = (page: Page) => page.locator('.react-flow__edge[data-id="e-linkedTo-cp-nyc-1-cmg-granitefalls"]')

test('a connection point dragged onto another server moves into it, keeping its connection, as one step', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const point = canvasNode(page, 'CMG connection point CMGCP01')
  const target = canvasNode(page, 'Server NYC-CP2')
  const heightBefore = (await target.boundingBox())!.height
  await dragTo(page, point, await centreOf(target))

  await expect(inside(page)).toContainText('NYC-CP2')
  await expect(page.locator('.react-flow__edge')).toHaveCount(4)
  await expect(link(page)).toHaveCount(1)
  // The server grew to hold it, and the point lies inside it.
  const server = (await target.boundingBox())!
  expect(server.height).toBeGreaterThan(heightBefore + 20)
  const moved = (await point.boundingBox())!
  expect(moved.y).toBeGreaterThan(server.y)
  expect(moved.y + moved.height).toBeLessThanOrEqual(server.y + server.height + 1)
  await page.screenshot({ path: 'test-results/screenshots/reparent.png' })

  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(inside(page)).toContainText('NYC-CP1')
  await expect.poll(async () => (await target.boundingBox())!.height).toBeCloseTo(heightBefore, 0)
  await expect(link(page)).toHaveCount(1)
  expectNoProblems(problems)
})

test('a management point dragged onto its site outside any server is refused and goes back', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const mp = canvasNode(page, 'Management point MP01')
  const before = (await mp.boundingBox())!
  const site = (await canvasNode(page, 'Site New York City HQ').boundingBox())!
  const cp1 = (await canvasNode(page, 'Server NYC-CP1').boundingBox())!
  // Inside the site, below the NYC-CP1 server.
  await dragTo(page, mp, { x: cp1.x + cp1.width / 2, y: (cp1.y + cp1.height + site.y + site.height) / 2 })

  await expect(toast(page)).toHaveText('A management point must be inside a server, not inside a site.')
  await expect
    .poll(async () => {
      const now = (await mp.boundingBox())!
      return Math.round(Math.abs(now.x - before.x) + Math.abs(now.y - before.y))
    })
    .toBeLessThanOrEqual(1)
  await expect(inside(page)).toContainText('NYC-SS')
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()
  expectNoProblems(problems)
})
