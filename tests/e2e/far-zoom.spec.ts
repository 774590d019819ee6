// Large designs at far zoom: a 1,000-element design opens fitted and drawn on one canvas layer (no
// element is a DOM node until it is hovered or selected), listed whole in the accessible tree;
// zooming in past 25 % draws elements in full, only those in view, and zooming out draws the layer
// again. Every interaction works at far zoom on that design: hover details, click and box
// selection, dragging one element or a selection, drawing a connection, double-click to zoom, the
// find bar and keyboard navigation. Screenshots at far, middle and near zoom are written to the
// test's output folder for people to look at. A small template opens in full, at a readable zoom.
import type { Page } from '@playwright/test'
import { checkConnection } from '../../src/renderer/src/design/connection-rules'
import { accessibleNodeName } from '../../src/renderer/src/design/kind-info'
import { elementsInside } from '../../src/renderer/src/editor/far-scene'
import { boxSelect, canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'
import { centreOf, clearElements, generatedScene, readView, toCanvas, toScreen } from './far-canvas'

const NODES = 1_000
const design = generatedScene(NODES)
const nameOf = (id: string) => {
  const node = design.doc.nodes.find((n) => n.id === id)!
  return accessibleNodeName(node.kind, node.name)
}

const zoomPercent = async (page: Page) =>
  Number((await page.getByTestId('status-zoom').textContent())?.match(/(\d+)%/)?.[1])
const connectionCount = async (page: Page) =>
  Number(
    (await page.getByTestId('status-counts').textContent())
      ?.match(/([\d,]+) connections?/)?.[1]
      ?.replace(/,/g, ''),
  )
const selectedIds = (page: Page) =>
  page
    .locator('.react-flow__node.selected')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort())
const farLayer = (page: Page) => page.locator('.react-flow canvas.far-layer')
const domNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)

async function openLarge(page: Page): Promise<void> {
  await page.goto(`/index.html?generate=${NODES}&seed=1`)
  await expect(farLayer(page)).toHaveAttribute('data-drawn-elements', String(NODES), { timeout: 60_000 })
  await expect.poll(() => page.evaluate(() => window.__cmgFindings?.status), { timeout: 60_000 }).toBe('ok')
}

/** Moves the pointer onto `point` and waits until the element under it is a DOM node. */
async function hover(page: Page, point: { x: number; y: number }, id: string): Promise<void> {
  await page.mouse.move(point.x, point.y)
  await expect(domNode(page, id)).toHaveCount(1)
}

test.describe('a 1,000-element design at far zoom', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(180_000)
    await openLarge(page)
  })

  test('opens drawn on one layer, listed whole in the accessible tree; zooming in draws elements in full', async ({
    page,
    problems,
  }) => {
    expect(await zoomPercent(page)).toBeLessThan(25)
    await expect(page.locator('.react-flow__node')).toHaveCount(0)
    await expect(page.locator('.react-flow__edge')).toHaveCount(0)
    const tree = page.getByRole('tree', { name: 'Design elements' })
    await expect(tree.getByRole('treeitem')).toHaveCount(NODES)
    const [first] = design.doc.nodes
    await expect(tree.getByRole('treeitem', { name: nameOf(first!.id), exact: true })).toHaveCount(1)
    // The far layer draws the findings: the generated design has warnings, drawn as dots in the
    // warning colour somewhere on the layer.
    const colours = await farLayer(page).evaluate((canvas: HTMLCanvasElement) => {
      const warning = getComputedStyle(canvas).getPropertyValue('--sev-warning').trim()
      const probe = document.createElement('canvas').getContext('2d')!
      probe.fillStyle = warning
      probe.fillRect(0, 0, 1, 1)
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      let matches = 0
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) matches++
      return matches
    })
    expect(colours).toBeGreaterThan(20)
    await page.screenshot({ path: test.info().outputPath('far.png') })

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
    for (let i = 0; i < 8 && (await zoomPercent(page)) < 30; i++) {
      await page.keyboard.press('Control+=')
      await page.waitForTimeout(250)
    }
    expect(await zoomPercent(page)).toBeGreaterThanOrEqual(30)
    await expect(farLayer(page)).toHaveCount(0)
    await expect(page.locator('.cmg-node .node-name').first()).toBeVisible()
    // Only the elements in view (or near it) are drawn.
    const drawn = await page.locator('.react-flow__node').count()
    expect(drawn).toBeGreaterThan(0)
    expect(drawn).toBeLessThan(NODES)
    await page.screenshot({ path: test.info().outputPath('middle.png') })
    for (let i = 0; i < 12 && (await zoomPercent(page)) < 100; i++) {
      await page.keyboard.press('Control+=')
      await page.waitForTimeout(200)
    }
    await page.screenshot({ path: test.info().outputPath('near.png') })

    await page.keyboard.press('Control+0')
    await expect(farLayer(page)).toHaveAttribute('data-drawn-elements', String(NODES))
    await expect(page.locator('.react-flow__node')).toHaveCount(0)
    expectNoProblems(problems)
  })

  test('hovering shows details, a click selects, a double-click zooms to the element', async ({
    page,
    problems,
  }) => {
    const view = await readView(page)
    const [target] = clearElements(design, view, (e) => e.kind === 'managementPoint', 1)
    if (!target) throw new Error('no management point is clear on screen')
    const at = toScreen(view, centreOf(target))
    await hover(page, at, target.id)
    // The element and the containers it brought along are see-through: the far layer draws them.
    const backgrounds = await page
      .locator('.react-flow__node > .cmg-node')
      .evaluateAll((views) => views.map((v) => getComputedStyle(v).backgroundColor))
    expect(backgrounds.length).toBeGreaterThan(1)
    expect(new Set(backgrounds)).toEqual(new Set(['rgba(0, 0, 0, 0)']))
    await expect(domNode(page, target.id).locator('.cmg-node')).toHaveAttribute(
      'title',
      new RegExp(`^${nameOf(target.id)}`),
    )
    await page.mouse.click(at.x, at.y)
    expect(await selectedIds(page)).toEqual([target.id])
    await expect(page.getByRole('treeitem', { name: nameOf(target.id), exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )

    await page.mouse.dblclick(at.x, at.y)
    await expect.poll(() => zoomPercent(page)).toBeGreaterThanOrEqual(90)
    await expect(canvasNode(page, nameOf(target.id))).toBeInViewport()
    expectNoProblems(problems)
  })

  test('a Shift+drag box selects the elements drawn inside it, with their connections', async ({
    page,
    problems,
  }) => {
    const view = await readView(page)
    const from = { x: view.pane.left + 120, y: view.pane.top + 40 }
    const to = { x: from.x + 260, y: from.y + 180 }
    const a = toCanvas(view, from)
    const b = toCanvas(view, to)
    const inside = elementsInside(design.scene, { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y })
    expect(inside.length).toBeGreaterThan(3)

    await boxSelect(page, from, to)
    await expect.poll(() => selectedIds(page)).toEqual(inside.map((e) => e.id).sort())
    expectNoProblems(problems)
  })

  test('dragging one element or a selection moves it; the drop is one undo step', async ({
    page,
    problems,
  }) => {
    const view = await readView(page)
    const [one, two, three] = clearElements(design, view, (e) => e.kind === 'boundaryGroup', 3, 120)
    if (!one || !two || !three) throw new Error('not enough boundary groups are clear on screen')
    const start = toScreen(view, centreOf(one))
    await hover(page, start, one.id)
    const before = (await domNode(page, one.id).boundingBox())!
    await page.mouse.down()
    await page.mouse.move(start.x + 30, start.y + 20, { steps: 6 })
    await page.mouse.up()
    const after = (await domNode(page, one.id).boundingBox())!
    // Where it lands may snap to the grid or onto a sibling's edge (6 px): near, not exact.
    expect(Math.abs(after.x - before.x - 30)).toBeLessThanOrEqual(8)
    expect(Math.abs(after.y - before.y - 20)).toBeLessThanOrEqual(8)

    // Two more selected with Ctrl+click, then all three dragged by one of them.
    for (const e of [two, three]) {
      const at = toScreen(view, centreOf(e))
      await hover(page, at, e.id)
      await page.keyboard.down('Control')
      await page.mouse.click(at.x, at.y)
      await page.keyboard.up('Control')
    }
    expect(await selectedIds(page)).toEqual([one.id, two.id, three.id].sort())
    const boxes = async () =>
      Promise.all([two, three].map(async (e) => (await domNode(page, e.id).boundingBox())!))
    const was = await boxes()
    const grab = toScreen(view, centreOf(two))
    await page.mouse.move(grab.x, grab.y)
    await page.mouse.down()
    await page.mouse.move(grab.x - 25, grab.y + 15, { steps: 6 })
    await page.mouse.up()
    const now = await boxes()
    for (const [i, box] of now.entries()) {
      expect(Math.abs(box.x - was[i]!.x + 25)).toBeLessThanOrEqual(8)
      expect(Math.abs(box.y - was[i]!.y - 15)).toBeLessThanOrEqual(8)
    }
    await page.keyboard.press('Control+z')
    const undone = await boxes()
    for (const [i, box] of undone.entries()) expect(box.x).toBeCloseTo(was[i]!.x, 0)
    expectNoProblems(problems)
  })

  test('a connection is drawn from an element’s dot to another element', async ({ page, problems }) => {
    const view = await readView(page)
    const candidates = clearElements(design, view, () => true, 400)
    const sources = candidates.filter((e) => e.kind === 'cmgConnectionPoint' || e.kind === 'clientPopulation')
    const pair = sources
      .flatMap((s) => candidates.map((t) => [s, t] as const))
      .find(([s, t]) => s.id !== t.id && checkConnection(design.doc, s.id, t.id).ok)
    if (!pair) throw new Error('no two clear elements may be connected')
    const [source, target] = pair
    const count = await connectionCount(page)

    await hover(page, toScreen(view, centreOf(source)), source.id)
    const dot = (await domNode(page, source.id).locator('.cmg-handle-out').boundingBox())!
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2)
    await page.mouse.down()
    const end = toScreen(view, centreOf(target))
    await page.mouse.move(end.x, end.y, { steps: 12 })
    await page.mouse.up()
    await expect.poll(() => connectionCount(page)).toBe(count + 1)
    expectNoProblems(problems)
  })

  test('the find bar and the keyboard reach any element', async ({ page, problems }) => {
    const wanted = design.doc.nodes.find((n) => n.kind === 'cmg')!
    await page.keyboard.press('Control+f')
    await page.getByRole('combobox', { name: 'Find elements' }).fill(wanted.name)
    await page.keyboard.press('Enter')
    await expect.poll(() => selectedIds(page)).toEqual([wanted.id])
    await expect(canvasNode(page, nameOf(wanted.id))).toBeInViewport()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+0')
    await expect(farLayer(page)).toHaveAttribute('data-drawn-elements', String(NODES))

    // The accessible tree: focus it, walk down two rows, Enter selects that element.
    const tree = page.getByRole('tree', { name: 'Design elements' })
    const items = tree.getByRole('treeitem')
    await items.first().focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const third = await items.nth(2).getAttribute('data-node-id')
    await expect(items.nth(2)).toBeFocused()
    await expect(tree).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('tree.png') })
    await page.keyboard.press('Enter')
    await expect.poll(() => selectedIds(page)).toEqual([third])
    // Escape leaves the tree, which hides again.
    await page.keyboard.press('Escape')
    await expect(items.nth(2)).not.toBeFocused()
    await expect(tree).not.toBeInViewport()

    // Back at far zoom, an arrow key moves a clicked element by one grid step.
    await page.keyboard.press('Control+0')
    await expect(farLayer(page)).toHaveAttribute('data-drawn-elements', String(NODES))
    const view = await readView(page)
    const [group] = clearElements(design, view, (e) => e.kind === 'boundaryGroup', 1)
    if (!group) throw new Error('no boundary group is clear on screen')
    const at = toScreen(view, centreOf(group))
    await hover(page, at, group.id)
    await page.mouse.click(at.x, at.y)
    const transform = () => domNode(page, group.id).evaluate((n) => (n as HTMLElement).style.transform)
    const was = await transform()
    await page.keyboard.press('ArrowRight')
    await expect.poll(transform).not.toBe(was)
    const [x0] = /translate\(([-\d.]+)px/.exec(was)!.slice(1).map(Number)
    const [x1] = /translate\(([-\d.]+)px/
      .exec(await transform())!
      .slice(1)
      .map(Number)
    expect(x1! - x0!).toBe(16)
    expectNoProblems(problems)
  })
})

test('a template opens drawn in full', async ({ page, problems }) => {
  await openApp(page, 'contoso', { view: 'as opened' })
  const canvas = page.locator('.react-flow')
  await expect(canvas.locator('canvas.far-layer')).toHaveCount(0)
  await expect(canvas.getByText('New York City HQ', { exact: true }).first()).toBeVisible()
  expect(await zoomPercent(page)).toBeGreaterThanOrEqual(100)
  expectNoProblems(problems)
})
