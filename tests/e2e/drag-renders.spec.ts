// Dragging on a 1,000-node design stays local: while a node (or a selection) is dragged, only the
// dragged nodes' components render again, frame by frame, and no rule evaluation is requested until
// the drag ends; dropping commits one change, which is then evaluated once. Renders are counted
// through the node component's render probe (editor/nodes/render-probe.ts), evaluations through the
// app's `window.__cmgFindings` hook.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './fixtures'

const NODES = 1_000
const MOVES = 24

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
  await expect(page.locator('.react-flow__node')).toHaveCount(NODES, { timeout: 60_000 })
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

/** Boundary groups (always top-level) whose centre is on screen and not covered by another node. */
async function visibleBoundaryGroups(page: Page, count: number) {
  return page.evaluate((wanted) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect()
    const out: { id: string; x: number; y: number }[] = []
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-boundaryGroup')) {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      const roomToDrag =
        x > pane.left + 60 && x < pane.right - 200 && y > pane.top + 60 && y < pane.bottom - 160
      if (roomToDrag && document.elementFromPoint(x, y)?.closest('.react-flow__node') === el)
        out.push({ id: el.dataset.id!, x, y })
      if (out.length === wanted) break
    }
    return out
  }, count)
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
  await page.mouse.click(first!.x, first!.y)
  await page.keyboard.down('Control')
  for (const node of rest) await page.mouse.click(node.x, node.y)
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
