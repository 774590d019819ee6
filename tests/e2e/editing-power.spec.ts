// The canvas editor's power features in the browser build: undo/redo across add, move, connect,
// rename and delete; copy/paste of a site with its servers and roles; duplicate; paste refusals;
// find by name and site code; auto-layout without overlaps on every template and on a template with
// extra elements; align; arrow-key moves; multi-select; resizable notes; text fields keeping their
// own undo; and the keyboard cheat sheet. Screenshots go to test-results/screenshots/editing-*.png.
import type { Locator, Page } from '@playwright/test'
import {
  boxSelect,
  canvasNode,
  centreOf,
  connectFrom,
  dragBy,
  expect,
  expectNoProblems,
  flowPosition,
  hooks,
  openApp,
  test,
  toast,
} from './fixtures'

const SHOTS = 'test-results/screenshots'
const nodes = (page: Page) => page.locator('.react-flow__node')
const edges = (page: Page) => page.locator('.react-flow__edge')
const selectedNodes = (page: Page) => page.locator('.react-flow__node.selected')
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'

/** Clicks empty canvas (bottom centre, clear of the controls, minimap and toolbars) to select nothing. */
async function clickEmptyCanvas(page: Page): Promise<void> {
  const pane = page.locator('.react-flow__pane')
  const box = (await pane.boundingBox())!
  await pane.click({ position: { x: box.width / 2, y: box.height - 16 } })
}

/**
 * Clicks a node's header band (inside containers the middle may be a child), holding `modifier`
 * down as a user would (React Flow tracks the key itself, not the click's modifier flags).
 */
async function clickHeader(page: Page, node: Locator, modifier?: 'Shift' | 'Control') {
  const box = await node.boundingBox()
  if (!box) throw new Error('node not visible')
  if (modifier) await page.keyboard.down(modifier)
  await page.mouse.click(box.x + box.width / 2, box.y + 10)
  if (modifier) await page.keyboard.up(modifier)
}

interface SavedNode {
  id: string
  kind: string
  name: string
  parentId?: string
}

/** Saves through the app (Ctrl+S) and returns the saved design's nodes. */
async function saveAndRead(page: Page): Promise<SavedNode[]> {
  const before = await hooks(page).files()
  await page.keyboard.press(`${MOD}+s`)
  await expect.poll(async () => JSON.stringify(await hooks(page).files())).not.toBe(JSON.stringify(before))
  const files = await hooks(page).files()
  const changed = Object.keys(files).find((name) => files[name] !== before[name])
  return (JSON.parse(files[changed!]!) as { nodes: SavedNode[] }).nodes
}

interface Box {
  id: string
  x: number
  y: number
  width: number
  height: number
}

async function domBoxes(page: Page): Promise<Map<string, Box>> {
  const list = await nodes(page).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { id: (el as HTMLElement).dataset.id ?? '', x: r.x, y: r.y, width: r.width, height: r.height }
    }),
  )
  return new Map(list.map((b) => [b.id, b]))
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5

/** Pairs of overlapping nodes among the top-level nodes and among each container's children. */
function overlapsBySiblings(saved: readonly SavedNode[], boxes: ReadonlyMap<string, Box>): string[] {
  const groups = new Map<string, SavedNode[]>()
  for (const n of saved) groups.set(n.parentId ?? '', [...(groups.get(n.parentId ?? '') ?? []), n])
  const found: string[] = []
  for (const siblings of groups.values())
    for (let i = 0; i < siblings.length; i++)
      for (let j = i + 1; j < siblings.length; j++) {
        const a = boxes.get(siblings[i]!.id)
        const b = boxes.get(siblings[j]!.id)
        if (a && b && overlap(a, b)) found.push(`${siblings[i]!.name} × ${siblings[j]!.name}`)
      }
  return found
}

/** Runs auto-layout from the canvas control and waits until the nodes stop moving. */
async function autoLayout(page: Page): Promise<void> {
  const before = JSON.stringify([...(await domBoxes(page)).values()])
  await page.getByRole('button', { name: 'Auto-layout' }).click()
  // The first layout also starts the layout worker (ELK), which takes a few seconds on a busy machine.
  await expect
    .poll(
      async () => {
        const refusal = await toast(page)
          .filter({ hasText: /layout/i })
          .allTextContents()
        if (refusal.length > 0) throw new Error(refusal.join(' '))
        return JSON.stringify([...(await domBoxes(page)).values()])
      },
      { timeout: 30_000 },
    )
    .not.toBe(before)
  // zoom-to-fit animates after the layout is applied; wait for the view to settle.
  let last = ''
  await expect
    .poll(async () => {
      const now = JSON.stringify([...(await domBoxes(page)).values()])
      const settled = now === last
      last = now
      return settled
    })
    .toBe(true)
}

test.describe('undo and redo', () => {
  test('step back and forth across add, move, connect, rename and delete', async ({ page, problems }) => {
    await openApp(page, 'contoso')
    const count = await nodes(page).count()
    const edgeCount = await edges(page).count()
    const start = await flowPosition(page, 'pop-roaming')

    await page.getByRole('button', { name: 'Add Note', exact: true }).click() // add
    await expect(nodes(page)).toHaveCount(count + 1)
    await dragBy(page, canvasNode(page, 'Client population Roaming laptops'), 120, 64) // move
    const moved = await flowPosition(page, 'pop-roaming')
    expect(moved).not.toEqual(start)
    await connectFrom(
      page,
      'pop-roaming',
      await centreOf(canvasNode(page, 'Cloud management gateway GraniteFalls')),
    ) // connect
    await expect(edges(page)).toHaveCount(edgeCount + 1)
    await canvasNode(page, 'Client population Roaming laptops').dblclick() // rename
    const field = page.getByRole('textbox', { name: 'Element name' })
    await field.fill('Field laptops')
    await field.press('Enter')
    await expect(canvasNode(page, 'Client population Field laptops')).toBeVisible()
    await clickHeader(page, canvasNode(page, 'Note Note 1')) // delete
    await page.keyboard.press('Delete')
    await expect(nodes(page)).toHaveCount(count)

    await page.keyboard.press(`${MOD}+z`)
    await expect(nodes(page)).toHaveCount(count + 1)
    await page.keyboard.press(`${MOD}+z`)
    await expect(canvasNode(page, 'Client population Roaming laptops')).toBeVisible()
    await page.keyboard.press(`${MOD}+z`)
    await expect(edges(page)).toHaveCount(edgeCount)
    await page.keyboard.press(`${MOD}+z`)
    await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual(start)
    await page.keyboard.press(`${MOD}+z`)
    await expect(nodes(page)).toHaveCount(count)
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()

    await page.keyboard.press(`${MOD}+Shift+z`)
    await expect(nodes(page)).toHaveCount(count + 1)
    await page.keyboard.press(`${MOD}+Shift+z`)
    await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual(moved)
    await page.keyboard.press(`${MOD}+Shift+z`)
    await expect(edges(page)).toHaveCount(edgeCount + 1)
    await page.keyboard.press(`${MOD}+Shift+z`)
    await expect(canvasNode(page, 'Client population Field laptops')).toBeVisible()
    await page.keyboard.press(`${MOD}+Shift+z`)
    await expect(nodes(page)).toHaveCount(count)
    expectNoProblems(problems)
  })

  test('Ctrl+Z inside a text field undoes the typing, not the design', async ({ page, problems }) => {
    await openApp(page, 'contoso')
    await page.getByRole('button', { name: 'Add Note', exact: true }).click()
    const count = await nodes(page).count()
    await page.keyboard.press('F2')
    const field = page.getByRole('textbox', { name: 'Note text' })
    await field.pressSequentially('Check the proxy')
    await field.press(`${MOD}+z`)
    await expect(nodes(page)).toHaveCount(count)
    await expect(field).toBeVisible()
    await field.press('Escape')
    await expect(nodes(page)).toHaveCount(count)
    expectNoProblems(problems)
  })
})

test.describe('copy, paste and duplicate', () => {
  test('a pasted site brings its servers and roles under fresh names, with internal edges', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const count = await nodes(page).count()
    const edgeCount = await edges(page).count()
    await clickHeader(page, canvasNode(page, 'Site New York City HQ'))
    await clickHeader(page, canvasNode(page, 'Azure subscription Contoso production'), 'Shift')
    await expect(selectedNodes(page)).toHaveCount(2)
    await page.keyboard.press(`${MOD}+c`)
    await page.keyboard.press(`${MOD}+v`)

    // Site + 3 servers + 5 roles + subscription + CMG.
    await expect(nodes(page)).toHaveCount(count + 11)
    await expect(canvasNode(page, 'Site New York City HQ 2')).toBeVisible()
    await expect(canvasNode(page, 'Server NYC-SS 2')).toBeVisible()
    await expect(canvasNode(page, 'Management point MP02')).toBeVisible()
    await expect(canvasNode(page, 'Software update point SUP02')).toBeVisible()
    await expect(canvasNode(page, 'Cloud management gateway GraniteFalls 2')).toBeVisible()
    // createdAt and both linkedTo edges are copied between the copies.
    await expect(edges(page)).toHaveCount(edgeCount + 3)
    await expect(
      page.locator(
        '.react-flow__edge[aria-label="CMG created at site: GraniteFalls 2 → New York City HQ 2"]',
      ),
    ).toHaveCount(1)
    await expect(
      page.locator(
        '.react-flow__edge[aria-label^="Connection point linked to CMG: CMGCP0"][aria-label$="→ GraniteFalls 2"]',
      ),
    ).toHaveCount(2)
    // The pasted roots are selected, 32 px below-right of the originals.
    await expect(selectedNodes(page)).toHaveCount(2)
    const original = await flowPosition(page, 'site-nyc')
    const copyId = await canvasNode(page, 'Site New York City HQ 2').getAttribute('data-id')
    expect(await flowPosition(page, copyId!)).toEqual({ x: original.x + 32, y: original.y + 32 })

    // The pasted MP sits inside the pasted site server.
    const server = (await canvasNode(page, 'Server NYC-SS 2').boundingBox())!
    const mp = (await canvasNode(page, 'Management point MP02').boundingBox())!
    expect(mp.x).toBeGreaterThan(server.x)
    expect(mp.y + mp.height).toBeLessThan(server.y + server.height)

    // Paste again: 64 px away, names count on.
    await page.keyboard.press(`${MOD}+v`)
    await expect(canvasNode(page, 'Site New York City HQ 3')).toBeVisible()
    const thirdId = await canvasNode(page, 'Site New York City HQ 3').getAttribute('data-id')
    expect(await flowPosition(page, thirdId!)).toEqual({ x: original.x + 64, y: original.y + 64 })

    // Deleting the copy removes everything in it; one undo brings it back. (The copies overlap the
    // originals, whose servers lie above the copy's header, so the copy is selected through Find.)
    await page.keyboard.press(`${MOD}+f`)
    await page.getByRole('combobox', { name: 'Find elements' }).fill('New York City HQ 3')
    await page.keyboard.press('Enter')
    await expect(selectedNodes(page)).toHaveCount(1)
    await page.keyboard.press('Delete')
    await expect(canvasNode(page, 'Site New York City HQ 3')).toHaveCount(0)
    await expect(nodes(page)).toHaveCount(count + 11 + 2)
    await page.keyboard.press(`${MOD}+z`)
    await expect(nodes(page)).toHaveCount(count + 22)
    expectNoProblems(problems)
  })

  test('duplicate puts a copy of a role into the same server; a role pasted with no server is refused', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const count = await nodes(page).count()
    await canvasNode(page, 'Management point MP01').click()
    await page.keyboard.press(`${MOD}+d`)
    const copy = canvasNode(page, 'Management point MP02')
    await expect(copy).toBeVisible()
    await expect(nodes(page)).toHaveCount(count + 1)
    const server = (await canvasNode(page, 'Server NYC-SS').boundingBox())!
    const box = (await copy.boundingBox())!
    expect(box.y).toBeGreaterThan(server.y)
    expect(box.y + box.height).toBeLessThanOrEqual(server.y + server.height + 1)

    await page.keyboard.press(`${MOD}+c`)
    await clickEmptyCanvas(page)
    await expect(selectedNodes(page)).toHaveCount(0)
    await page.keyboard.press(`${MOD}+v`)
    await expect(toast(page).last()).toHaveText('Select a server to paste the management point into.')
    await expect(nodes(page)).toHaveCount(count + 1)

    // Cut and paste into another server keeps the name (the original is gone).
    await canvasNode(page, 'Management point MP02').click()
    await page.keyboard.press(`${MOD}+x`)
    await expect(nodes(page)).toHaveCount(count)
    await clickHeader(page, canvasNode(page, 'Server NYC-CP2'))
    await page.keyboard.press(`${MOD}+v`)
    await expect(canvasNode(page, 'Management point MP02')).toBeVisible()
    const cp2 = (await canvasNode(page, 'Server NYC-CP2').boundingBox())!
    const moved = (await canvasNode(page, 'Management point MP02').boundingBox())!
    expect(moved.x).toBeGreaterThan(cp2.x)
    expect(moved.x + moved.width).toBeLessThan(cp2.x + cp2.width)
    expectNoProblems(problems)
  })
})

test.describe('find', () => {
  test('finds by name and by site code and jumps to the element', async ({ page, problems }) => {
    await openApp(page, 'fourth-coffee')
    await page.keyboard.press(`${MOD}+f`)
    const search = page.getByRole('combobox', { name: 'Find elements' })
    await expect(search).toBeFocused()
    await search.fill('cp')
    const results = page.getByRole('listbox', { name: 'Matching elements' })
    await expect(results.getByRole('option').first()).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/editing-find.png` })

    const options = await results.getByRole('option').allTextContents()
    expect(options.length).toBeGreaterThan(1)
    await search.press('ArrowDown')
    const second = results.getByRole('option').nth(1)
    await expect(second).toHaveAttribute('aria-selected', 'true')
    const secondTitle = await second.locator('.element-option-title').textContent()
    await search.press('Enter')
    await expect(search).toHaveCount(0)
    const jumped = canvasNode(page, secondTitle!)
    await expect(jumped).toHaveClass(/selected/)
    await expect(jumped).toBeFocused()
    await expect(jumped).toBeInViewport()

    // By site code: the site whose code matches comes first.
    await page.keyboard.press(`${MOD}+f`)
    await page.getByRole('combobox', { name: 'Find elements' }).fill('SEA')
    const first = page.getByRole('option').first()
    await expect(first).toContainText('Site code SEA')
    const title = await first.locator('.element-option-title').textContent()
    await first.click()
    await expect(canvasNode(page, title!)).toHaveClass(/selected/)
    await expect(canvasNode(page, title!)).toBeInViewport()

    // No match says so; Escape closes.
    await page.keyboard.press(`${MOD}+f`)
    await page.getByRole('combobox', { name: 'Find elements' }).fill('no such element')
    await expect(page.getByRole('status').filter({ hasText: 'No element matches' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('search', { name: 'Find elements' })).toHaveCount(0)
    expectNoProblems(problems)
  })
})

test.describe('auto-layout', () => {
  for (const template of ['contoso', 'fourth-coffee', 'lab'] as const)
    test(`leaves no overlapping elements in the ${template} template, as one undo step`, async ({
      page,
      problems,
    }) => {
      await openApp(page, template)
      const before = await domBoxes(page)
      await autoLayout(page)
      await page.screenshot({ path: `${SHOTS}/editing-autolayout-${template}.png` })
      const saved = await saveAndRead(page)
      expect(overlapsBySiblings(saved, await domBoxes(page))).toEqual([])
      expect(saved).toHaveLength(before.size)

      await page.keyboard.press(`${MOD}+z`)
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()
      expectNoProblems(problems)
    })

  test('tidies a template with extra elements added from the palette', async ({ page, problems }) => {
    await openApp(page, 'lab')
    await clickEmptyCanvas(page)
    for (const label of ['Client population', 'Boundary group', 'Azure subscription', 'Note', 'Site'])
      await page.getByRole('button', { name: `Add ${label}`, exact: true }).click()
    // The new site is selected: a server goes into it, then a management point into the server.
    await page.getByRole('button', { name: 'Add Server', exact: true }).click()
    await page.getByRole('button', { name: 'Add Management point', exact: true }).click()
    await page.getByRole('button', { name: 'Add Distribution point', exact: true }).click()
    await page.keyboard.press(`${MOD}+0`)
    await clickHeader(page, canvasNode(page, 'Azure subscription Subscription 1'))
    await page.getByRole('button', { name: 'Add Cloud management gateway', exact: true }).click()

    await autoLayout(page)
    await page.screenshot({ path: `${SHOTS}/editing-autolayout-lab-extended.png` })
    expect(overlapsBySiblings(await saveAndRead(page), await domBoxes(page))).toEqual([])
    expectNoProblems(problems)
  })
})

test.describe('arranging', () => {
  test('align left of two servers from the align toolbar', async ({ page, problems }) => {
    await openApp(page, 'contoso')
    await expect(page.getByRole('toolbar', { name: 'Align and distribute' })).toHaveCount(0)
    await clickHeader(page, canvasNode(page, 'Server NYC-CP1'))
    await clickHeader(page, canvasNode(page, 'Server NYC-CP2'), 'Control')
    const toolbar = page.getByRole('toolbar', { name: 'Align and distribute' })
    await expect(toolbar).toBeVisible()
    await expect(toolbar.getByRole('button', { name: 'Distribute horizontally' })).toBeDisabled()
    await toolbar.getByRole('button', { name: 'Align left' }).click()
    await expect
      .poll(async () => (await flowPosition(page, 'srv-nyc-cp2')).x)
      .toBe((await flowPosition(page, 'srv-nyc-cp1')).x)
    await page.keyboard.press(`${MOD}+z`)
    await expect.poll(async () => (await flowPosition(page, 'srv-nyc-cp2')).x).toBe(440)

    // A server and a site are not siblings: no toolbar.
    await clickHeader(page, canvasNode(page, 'Site New York City HQ'), 'Shift')
    await expect(selectedNodes(page)).toHaveCount(3)
    await expect(toolbar).toHaveCount(0)
    expectNoProblems(problems)
  })

  test('arrow keys move the selection by the grid, Shift+arrow by one pixel; one undo step', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const start = await flowPosition(page, 'pop-roaming')
    await canvasNode(page, 'Client population Roaming laptops').click()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowDown')
    await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual({ x: start.x + 32, y: start.y + 1 })
    await page.keyboard.press(`${MOD}+z`)
    await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual(start)
    expectNoProblems(problems)
  })

  test('Shift+drag selects with a box; the drag-to-select mode selects without Shift', async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    const pane = (await page.locator('.react-flow__pane').boundingBox())!
    const pop = (await canvasNode(page, 'Client population Roaming laptops').boundingBox())!
    const from = { x: pop.x - 20, y: pop.y - 20 }
    const to = { x: pop.x + pop.width + 20, y: pop.y + pop.height + 20 }
    expect(from.x).toBeGreaterThan(pane.x)

    await boxSelect(page, from, to)
    await expect(selectedNodes(page)).toHaveCount(1)
    await expect(canvasNode(page, 'Client population Roaming laptops')).toHaveClass(/selected/)

    await clickEmptyCanvas(page)
    await expect(selectedNodes(page)).toHaveCount(0)
    const mode = page.getByRole('button', { name: 'Drag to select' })
    await mode.click()
    await expect(mode).toHaveAttribute('aria-pressed', 'true')
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 8 })
    await page.mouse.up()
    await expect(canvasNode(page, 'Client population Roaming laptops')).toHaveClass(/selected/)
    expectNoProblems(problems)
  })

  test('a selected note can be resized and its text edited in place', async ({ page, problems }) => {
    await openApp(page, 'lab')
    await page.getByRole('button', { name: 'Add Note', exact: true }).click()
    const note = canvasNode(page, 'Note Note 1')
    const before = (await note.boundingBox())!
    await dragBy(page, note.locator('.resize-grip'), 96, 48)
    const after = (await note.boundingBox())!
    expect(after.width).toBeGreaterThan(before.width + 60)
    expect(after.height).toBeGreaterThan(before.height + 20)
    await note.dblclick()
    const text = page.getByRole('textbox', { name: 'Note text' })
    await text.fill('Pilot in Q3')
    await text.press(`${MOD}+Enter`)
    await expect(note).toContainText('Pilot in Q3')
    await page.keyboard.press(`${MOD}+z`)
    await page.keyboard.press(`${MOD}+z`)
    await expect.poll(async () => (await note.boundingBox())?.width).toBeCloseTo(before.width, 0)
    expectNoProblems(problems)
  })
})

test('? shows the keyboard cheat sheet generated from the shortcut table', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  await clickEmptyCanvas(page)
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const group of ['File', 'Edit', 'Selection', 'Arrange', 'View', 'Help', 'Mouse'])
    await expect(dialog.getByRole('region', { name: group, exact: true })).toBeVisible()
  await expect(dialog.locator('.shortcut-row', { hasText: 'Duplicate' })).toContainText('D')
  await expect(dialog.locator('.shortcut-row', { hasText: 'Redo' }).locator('.chord')).toHaveCount(2)
  await page.screenshot({ path: `${SHOTS}/editing-shortcuts.png` })
  // Keys pressed in the sheet do not reach the canvas.
  await page.keyboard.press(`${MOD}+a`)
  await expect(selectedNodes(page)).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  expectNoProblems(problems)
})
