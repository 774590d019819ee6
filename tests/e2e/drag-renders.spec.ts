// Dragging on a 1,000-node design stays local: while a node (or a selection) is dragged, only the
// dragged nodes' components render again, frame by frame, and no rule evaluation is requested until
// the drag ends; dropping commits one change, which is then evaluated once. Renders are counted
// through the node component's render probe (editor/nodes/render-probe.ts), evaluations through the
// app's `window.__cmgFindings` hook. The design opens at far zoom, where the far layer draws it and
// only hovered or selected elements are nodes: each dragged element is found by geometry and
// hovered first, as a user's pointer reaches it.
import type { Page } from '@playwright/test'
import { centreOf, clearElements, generatedScene, readView, toScreen } from './far-canvas'
import { expect, expectNoProblems, test } from './fixtures'

const NODES = 1_000
const MOVES = 24
const design = generatedScene(NODES)

interface ProbedWindow {
  __cmgRenderProbe?: (nodeId: string) => void
  /** Renders per animation frame since the last reset: one list of node ids per frame. */
  __renderFrames: string[][]
  __cmgFindings?: { submitted: number; evaluationCount: number; status: string }
}

/** Installs the render probe before the app loads: renders are grouped by animation frame. */
async function installRenderProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as ProbedWindow
    w.__renderFrames = [[]]
    w.__cmgRenderProbe = (id) => w.__renderFrames[w.__renderFrames.length - 1]?.push(id)
    const tick = () => {
      if ((w.__renderFrames[w.__renderFrames.length - 1]?.length ?? 0) > 0) w.__renderFrames.push([])
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

async function openGeneratedDesign(page: Page): Promise<void> {
  await page.goto(`/index.html?generate=${NODES}&seed=1`)
  await expect(page.locator('canvas.far-layer')).toHaveAttribute('data-drawn-elements', String(NODES), {
    timeout: 60_000,
  })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as ProbedWindow).__cmgFindings?.status), {
      timeout: 60_000,
    })
    .toBe('ok')
}

const evaluations = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as ProbedWindow).__cmgFindings
    return { submitted: f?.submitted ?? -1, evaluated: f?.evaluationCount ?? -1 }
  })

const resetRenders = (page: Page) =>
  page.evaluate(() => void ((window as unknown as ProbedWindow).__renderFrames = [[]]))
const renderFrames = (page: Page) =>
  page.evaluate(() => (window as unknown as ProbedWindow).__renderFrames.filter((frame) => frame.length > 0))

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))))

/**
 * Boundary groups (always top-level) clear on screen with room to drag, each hovered so that it is
 * a DOM node (at far zoom the far layer draws the others).
 */
async function visibleBoundaryGroups(page: Page, count: number) {
  const view = await readView(page)
  const groups = clearElements(design, view, (e) => e.kind === 'boundaryGroup', count, 160)
  const out: { id: string; x: number; y: number }[] = []
  for (const group of groups) {
    const at = toScreen(view, centreOf(group))
    await page.mouse.move(at.x, at.y)
    await expect(page.locator(`.react-flow__node[data-id="${group.id}"]`)).toHaveCount(1)
    out.push({ id: group.id, ...at })
  }
  return out
}

const transformOf = (page: Page, id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform)

/**
 * Presses on `grab`, starts the drag, then moves the pointer MOVES times, one frame each; returns
 * the renders and the evaluation counters seen during those moves, and drops.
 */
async function dragAndWatch(page: Page, grab: { x: number; y: number }) {
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  await page.mouse.move(grab.x + 3, grab.y + 2)
  await nextFrame(page)
  const before = await evaluations(page)
  await resetRenders(page)
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(grab.x + 3 + i * 5, grab.y + 2 + i * 3)
    await nextFrame(page)
  }
  const frames = await renderFrames(page)
  const during = await evaluations(page)
  await page.mouse.up()
  return { frames, before, during }
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(180_000)
  await installRenderProbe(page)
  await openGeneratedDesign(page)
})

test('dragging one node re-renders only that node, and evaluates once, after the drop', async ({
  page,
  problems,
}) => {
  const [grab] = await visibleBoundaryGroups(page, 1)
  if (!grab) throw new Error('no boundary group is visible')
  const start = await transformOf(page, grab.id)

  const { frames, before, during } = await dragAndWatch(page, grab)

  // Every frame that rendered anything rendered the dragged node and nothing else.
  expect(frames.length).toBeGreaterThanOrEqual(MOVES / 2)
  const others = frames.flat().filter((id) => id !== grab.id)
  expect(
    others,
    `other nodes rendered during the drag: ${[...new Set(others)].slice(0, 10).join(', ')}`,
  ).toEqual([])
  for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(2)
  // No evaluation was even requested while the pointer moved.
  expect(during).toEqual(before)

  // The drop commits the move once, and that one change is evaluated.
  await expect
    .poll(() => evaluations(page))
    .toEqual({
      submitted: before.submitted + 1,
      evaluated: before.evaluated + 1,
    })
  expect(await transformOf(page, grab.id)).not.toBe(start)
  expectNoProblems(problems)
})

test('dragging a selection re-renders only the selected nodes', async ({ page, problems }) => {
  const selected = await visibleBoundaryGroups(page, 5)
  expect(selected).toHaveLength(5)
  const [first, ...rest] = selected
  await page.mouse.move(first!.x, first!.y)
  await page.mouse.click(first!.x, first!.y)
  await page.keyboard.down('Control')
  for (const node of rest) {
    await page.mouse.move(node.x, node.y)
    await expect(page.locator(`.react-flow__node[data-id="${node.id}"]`)).toHaveCount(1)
    await page.mouse.click(node.x, node.y)
  }
  await page.keyboard.up('Control')
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(5)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as ProbedWindow).__cmgFindings?.status))
    .toBe('ok')

  const { frames, before, during } = await dragAndWatch(page, first!)

  const ids = new Set(selected.map((n) => n.id))
  const others = frames.flat().filter((id) => !ids.has(id))
  expect(
    others,
    `unselected nodes rendered during the drag: ${[...new Set(others)].slice(0, 10).join(', ')}`,
  ).toEqual([])
  // Every selected node moved, so every one of them rendered.
  expect(new Set(frames.flat())).toEqual(ids)
  expect(during).toEqual(before)
  await expect
    .poll(() => evaluations(page))
    .toEqual({
      submitted: before.submitted + 1,
      evaluated: before.evaluated + 1,
    })
  expectNoProblems(problems)
})
