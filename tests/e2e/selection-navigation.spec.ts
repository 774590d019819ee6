// Selection and navigation as in draw.io and tldraw: a plain click narrows a multi-selection to the
// clicked element (a drag still moves them all), Escape clears any selection (but leaves the find
// bar's Escape to the find bar), the wheel pans and Ctrl+wheel zooms (a remembered control gives
// mouse users the zooming wheel back), Space+drag pans even over an element, and several selected
// elements are edited together in the inspector as one undo step. Screenshots go to
// test-results/screenshots/selection-*.png.
import type { Locator, Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, flowPosition, openApp, test } from './fixtures'

const SHOTS = 'test-results/screenshots'
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const selectedNodes = (page: Page) => page.locator('.react-flow__node.selected')

/** Clicks a node's header band (inside containers the middle may be a child), holding `modifier`. */
async function clickHeader(page: Page, node: Locator, modifier?: 'Control' | 'Shift'): Promise<void> {
  const box = await node.boundingBox()
  if (!box) throw new Error('node not visible')
  if (modifier) await page.keyboard.down(modifier)
  await page.mouse.click(box.x + box.width / 2, box.y + 10)
  if (modifier) await page.keyboard.up(modifier)
}

/** A point on empty canvas (bottom centre, clear of the controls, minimap and toolbars). */
async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height - 16 }
}

async function clickEmptyCanvas(page: Page): Promise<void> {
  const point = await emptyCanvasPoint(page)
  await page.mouse.click(point.x, point.y)
}

/** The canvas view: its pan offset (screen px) and zoom, from React Flow's transform. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform)
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(transform)
  if (!match) throw new Error(`unexpected transform ${transform}`)
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) }
}

async function dragFrom(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 })
  await page.mouse.up()
}

test.describe('selection', () => {
  test('a plain click on one of several selected elements selects only it; a drag moves them all', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const cp1 = canvasNode(page, 'Server NYC-CP1')
    const cp2 = canvasNode(page, 'Server NYC-CP2')
    await clickHeader(page, cp1)
    await clickHeader(page, cp2, 'Control')
    await expect(selectedNodes(page)).toHaveCount(2)

    // Dragging one selected member moves both and keeps both selected.
    const before = {
      cp1: await flowPosition(page, 'srv-nyc-cp1'),
      cp2: await flowPosition(page, 'srv-nyc-cp2'),
    }
    const box = (await cp1.boundingBox())!
    await dragFrom(page, { x: box.x + box.width / 2, y: box.y + 10 }, 0, 64)
    await expect(selectedNodes(page)).toHaveCount(2)
    const after = {
      cp1: await flowPosition(page, 'srv-nyc-cp1'),
      cp2: await flowPosition(page, 'srv-nyc-cp2'),
    }
    expect(after.cp1.y - before.cp1.y).toBeGreaterThan(30)
    expect(after.cp2.y - after.cp1.y).toBe(before.cp2.y - before.cp1.y)

    // A click without moving narrows the selection to the clicked server.
    await clickHeader(page, cp2)
    await expect(selectedNodes(page)).toHaveCount(1)
    await expect(cp2).toHaveClass(/selected/)
    await expect(page.getByRole('region', { name: 'Selection' })).toContainText('NYC-CP2')

    // Ctrl+click still toggles.
    await clickHeader(page, cp1, 'Control')
    await expect(selectedNodes(page)).toHaveCount(2)
    await clickHeader(page, cp1, 'Control')
    await expect(selectedNodes(page)).toHaveCount(1)
    await expect(cp2).toHaveClass(/selected/)
    expectNoProblems(problems)
  })

  test('Escape after Ctrl+A or a box selection selects nothing; the inspector shows the design', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    await clickEmptyCanvas(page)
    await page.keyboard.press(`${MOD}+a`)
    expect(await selectedNodes(page).count()).toBeGreaterThan(5)
    await page.keyboard.press('Escape')
    await expect(selectedNodes(page)).toHaveCount(0)
    await expect(page.locator('.react-flow__edge.selected')).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Design settings' })).toBeVisible()

    // A box selection, then Escape.
    const pop = (await canvasNode(page, 'Client population Roaming laptops').boundingBox())!
    await page.keyboard.down('Shift')
    await dragFrom(page, { x: pop.x - 20, y: pop.y - 20 }, pop.width + 40, pop.height + 40)
    await page.keyboard.up('Shift')
    await expect(selectedNodes(page)).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(selectedNodes(page)).toHaveCount(0)
    expectNoProblems(problems)
  })

  test('Escape in the find bar closes the find bar and keeps the selection', async ({ page, problems }) => {
    await openApp(page, 'contoso')
    await clickHeader(page, canvasNode(page, 'Server NYC-CP1'))
    await page.keyboard.press(`${MOD}+f`)
    const find = page.getByRole('combobox', { name: 'Find elements' })
    await expect(find).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(find).toHaveCount(0)
    await expect(selectedNodes(page)).toHaveCount(1)
    expectNoProblems(problems)
  })
})

test.describe('navigation', () => {
  test('the wheel pans, Shift+wheel pans sideways, Ctrl+wheel zooms; the control brings back the zooming wheel', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const point = await emptyCanvasPoint(page)
    await page.mouse.move(point.x, point.y - 40)

    const start = await viewport(page)
    await page.mouse.wheel(0, 120)
    await expect.poll(async () => (await viewport(page)).y).toBeCloseTo(start.y - 120, 0)
    expect((await viewport(page)).zoom).toBe(start.zoom)
    expect((await viewport(page)).x).toBe(start.x)

    await page.keyboard.down('Shift')
    await page.mouse.wheel(0, 80)
    await page.keyboard.up('Shift')
    await expect.poll(async () => (await viewport(page)).x).toBeCloseTo(start.x - 80, 0)
    expect((await viewport(page)).zoom).toBe(start.zoom)

    await page.keyboard.down(MOD)
    await page.mouse.wheel(0, -200)
    await page.keyboard.up(MOD)
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(start.zoom)

    // Mouse users switch the wheel back to zooming; the choice outlives a reload.
    const control = page.getByRole('button', { name: 'Mouse wheel zooms' })
    await expect(control).toHaveAttribute('aria-pressed', 'false')
    await control.click()
    await expect(control).toHaveAttribute('aria-pressed', 'true')
    await page.reload()
    await expect(page.getByRole('button', { name: 'Mouse wheel zooms' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.locator('.react-flow__node').first()).toBeVisible()
    await page.waitForTimeout(300) // the opening view settles
    const reloaded = await viewport(page)
    await page.mouse.move(point.x, point.y - 40)
    await page.mouse.wheel(0, 200)
    await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(reloaded.zoom)
    expectNoProblems(problems)
  })

  test('Space+drag pans even when it starts over an element, which stays where it was', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    await clickEmptyCanvas(page)
    const start = await viewport(page)
    const serverAt = await flowPosition(page, 'srv-nyc-cp1')
    const box = (await canvasNode(page, 'Server NYC-CP1').boundingBox())!

    await page.keyboard.down('Space')
    await dragFrom(page, { x: box.x + box.width / 2, y: box.y + 10 }, 120, 60)
    await page.keyboard.up('Space')

    const end = await viewport(page)
    expect(end.x - start.x).toBeCloseTo(120, 0)
    expect(end.y - start.y).toBeCloseTo(60, 0)
    expect(await flowPosition(page, 'srv-nyc-cp1')).toEqual(serverAt)
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()

    // Without Space the same drag moves the server.
    const moved = (await canvasNode(page, 'Server NYC-CP1').boundingBox())!
    await dragFrom(page, { x: moved.x + moved.width / 2, y: moved.y + 10 }, 0, 64)
    await expect.poll(async () => (await flowPosition(page, 'srv-nyc-cp1')).y).toBeGreaterThan(serverAt.y)
    expectNoProblems(problems)
  })
})

test.describe('bulk edit', () => {
  test('two servers edited together: a change applies to both and one Ctrl+Z reverts both', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const cp1 = canvasNode(page, 'Server NYC-CP1')
    const cp2 = canvasNode(page, 'Server NYC-CP2')
    await clickHeader(page, cp1)
    await clickHeader(page, cp2, 'Control')
    const inspector = page.getByRole('region', { name: 'Selection' })
    const server = inspector.getByRole('region', { name: 'Server' })
    // The servers' FQDNs differ; their operating system is the same.
    await expect(server.getByRole('textbox', { name: 'FQDN' })).toHaveValue('')
    await expect(server.getByRole('textbox', { name: 'FQDN' })).toHaveAttribute('placeholder', 'Mixed')
    await expect(server).toContainText('Mixed: the selected elements differ')
    const os = server.getByRole('combobox', { name: 'Operating system' })
    await expect(os).toHaveValue('WS2022')
    await os.selectOption({ label: 'Windows Server 2025' })
    await inspector.getByRole('checkbox', { name: 'Dynamic port range enlarged' }).check()
    await page.screenshot({ path: `${SHOTS}/selection-bulk-edit-servers.png` })

    // Each server on its own holds the new values.
    for (const one of [cp1, cp2]) {
      await clickHeader(page, one)
      await expect(page.getByRole('combobox', { name: 'Operating system' })).toHaveValue('WS2025')
      await expect(page.getByRole('checkbox', { name: 'Dynamic port range enlarged' })).toBeChecked()
    }

    // One undo takes the last bulk change back on both servers.
    await page.keyboard.press(`${MOD}+z`)
    for (const one of [cp1, cp2]) {
      await clickHeader(page, one)
      await expect(page.getByRole('combobox', { name: 'Operating system' })).toHaveValue('WS2025')
      await expect(page.getByRole('checkbox', { name: 'Dynamic port range enlarged' })).not.toBeChecked()
    }
    await page.keyboard.press(`${MOD}+z`)
    await clickHeader(page, cp1)
    await expect(page.getByRole('combobox', { name: 'Operating system' })).toHaveValue('WS2022')
    await clickHeader(page, cp2)
    await expect(page.getByRole('combobox', { name: 'Operating system' })).toHaveValue('WS2022')
    expectNoProblems(problems)
  })

  test('elements of different kinds offer the properties they share', async ({ page, problems }) => {
    await openApp(page, 'contoso')
    await clickHeader(page, canvasNode(page, 'Management point MP01'))
    await clickHeader(page, canvasNode(page, 'Software update point SUP01'), 'Control')
    const shared = page
      .getByRole('region', { name: 'Selection' })
      .getByRole('region', { name: 'Shared properties' })
    await expect(shared.getByRole('checkbox', { name: 'Allow CMG traffic' })).toBeChecked()
    await expect(shared.getByRole('combobox', { name: 'Client connections' })).toBeVisible()
    await expect(shared).not.toContainText('Protocol')
    await page.screenshot({ path: `${SHOTS}/selection-bulk-edit-mixed-kinds.png` })
    await shared.getByRole('checkbox', { name: 'Allow CMG traffic' }).uncheck()
    await clickHeader(page, canvasNode(page, 'Management point MP01'))
    await expect(page.getByRole('checkbox', { name: 'Allow CMG traffic' })).not.toBeChecked()
    await clickHeader(page, canvasNode(page, 'Software update point SUP01'))
    await expect(page.getByRole('checkbox', { name: 'Allow CMG traffic' })).not.toBeChecked()
    expectNoProblems(problems)
  })
})

test('an element dragged level with a sibling snaps onto its edge and shows a guide while dragging', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const { zoom } = await viewport(page)
  const pop = canvasNode(page, 'Client population Roaming laptops')
  const start = await flowPosition(page, 'pop-roaming')
  const site = await flowPosition(page, 'site-nyc')
  expect(site.y).toBe(0)
  const box = (await pop.boundingBox())!
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  // Towards the site's top edge: the grid moves the element in 16 px steps, so go pixel by pixel
  // until one step lands within snapping reach.
  const guides = page.getByTestId('alignment-guides')
  const alignment = guides.locator('line.align')
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  for (let offset = -8; offset <= 8 && (await alignment.count()) === 0; offset++)
    await page.mouse.move(from.x, from.y + (site.y - start.y + offset) * zoom, { steps: 4 })
  await expect(alignment.first()).toBeAttached()
  await page.screenshot({ path: `${SHOTS}/selection-alignment-guides.png` })
  const pane = (await page.locator('.react-flow__pane').boundingBox())!
  await page.screenshot({
    path: `${SHOTS}/selection-alignment-guides-close.png`,
    clip: { x: pane.x, y: box.y - 120, width: pane.width, height: box.height + 240 },
  })
  await page.mouse.up()
  await expect(guides).toHaveCount(0)
  // Its top, middle or bottom now lies on a line of the site (0, 146, 292) or of the subscription
  // (0, 78, 156), wherever the grid alone would have put it.
  const dropped = (await flowPosition(page, 'pop-roaming')).y
  const popLines = [dropped, dropped + 42, dropped + 84]
  expect(
    popLines.some((line) => [0, 78, 146, 156, 292].includes(line)),
    `top at ${dropped}`,
  ).toBe(true)
  expectNoProblems(problems)
})

test('an element dragged in a row keeps the row’s spacing and marks the equal gaps', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  // NYC-SS, NYC-CP1 and NYC-CP2 stand in a row 20 units apart.
  const server = canvasNode(page, 'Server NYC-CP2')
  const start = await flowPosition(page, 'srv-nyc-cp2')
  const box = (await server.boundingBox())!
  const from = { x: box.x + box.width / 2, y: box.y + 10 }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 5, from.y, { steps: 4 })
  const spacing = page.getByTestId('alignment-guides').locator('line.spacing')
  await expect(spacing).toHaveCount(2)
  await page.screenshot({ path: `${SHOTS}/selection-equal-spacing.png` })
  await page.mouse.up()
  expect(await flowPosition(page, 'srv-nyc-cp2')).toEqual(start)
  expectNoProblems(problems)
})
