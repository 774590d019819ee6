// Editing on the canvas: adding elements from the palette (drag and keyboard), refusals with their
// reasons (a role outside a server, an illegal connection), a legal connection, undo/redo of adds
// and moves (one step per drag), and the window title's dirty marker through edit, save and undo.
import type { Page } from '@playwright/test'
import {
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

async function dropFromPalette(
  page: Page,
  label: string,
  screenPoint: { x: number; y: number },
): Promise<void> {
  const pane = page.locator('.react-flow__pane')
  const box = await pane.boundingBox()
  if (!box) throw new Error('canvas not visible')
  await page
    .getByRole('button', { name: `Add ${label}`, exact: true })
    .dragTo(pane, { targetPosition: { x: screenPoint.x - box.x, y: screenPoint.y - box.y } })
}

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.react-flow__pane').boundingBox()
  if (!box) throw new Error('canvas not visible')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

const nodes = (page: Page) => page.locator('.react-flow__node')
const edges = (page: Page) => page.locator('.react-flow__edge')

test('dragging an element from the palette onto the canvas adds it, selected', async ({ page, problems }) => {
  await openApp(page)
  await expect(nodes(page)).toHaveCount(0)

  await dropFromPalette(page, 'Client population', await canvasCentre(page))

  const added = canvasNode(page, 'Client population Client population 1')
  await expect(added).toBeVisible()
  await expect(nodes(page)).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('Client population 1')
  await expect(page).toHaveTitle('Untitled • — CMG Designer')
  expectNoProblems(problems)
})

test('a management point dropped on empty canvas is refused with the reason', async ({ page, problems }) => {
  await openApp(page)
  await dropFromPalette(page, 'Management point', await canvasCentre(page))

  await expect(toast(page)).toHaveText(
    'A management point must be inside a server — drop it onto a server (or a site, to add a server for it).',
  )
  await expect(nodes(page)).toHaveCount(0)
  await expect(page).toHaveTitle('Untitled — CMG Designer')
  expectNoProblems(problems)
})

test('a management point dropped on a site offers to create its server; one undo removes both', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const before = await nodes(page).count()
  const site = await canvasNode(page, 'Site New York City HQ').boundingBox()
  if (!site) throw new Error('site not visible')

  // Below the connection-point servers: inside the site, outside every server.
  await dropFromPalette(page, 'Management point', {
    x: site.x + site.width * 0.5,
    y: site.y + site.height * 0.85,
  })
  const dialog = page.getByRole('dialog', { name: 'Add a server for the new management point?' })
  await expect(dialog).toContainText('Create server SRV01 in New York City HQ')
  await dialog.getByRole('button', { name: 'Create server and MP' }).click()

  await expect(canvasNode(page, 'Server SRV01')).toBeVisible()
  await expect(canvasNode(page, 'Management point MP02')).toBeVisible()
  await expect(nodes(page)).toHaveCount(before + 2)
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('SRV01')

  await page.keyboard.press('Control+z')
  await expect(nodes(page)).toHaveCount(before)
  expectNoProblems(problems)
})

test('Enter on a palette item adds the element into the selected server', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const server = canvasNode(page, 'Server NYC-CP1')
  const box = await server.boundingBox()
  if (!box) throw new Error('server not visible')
  await page.mouse.click(box.x + box.width / 2, box.y + 8)
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('NYC-CP1')

  await page.getByRole('button', { name: 'Add Distribution point', exact: true }).focus()
  await page.keyboard.press('Enter')

  await expect(canvasNode(page, 'Distribution point DP01')).toBeVisible()
  const inside = page.getByRole('region', { name: 'Selection' }).locator('.property', { hasText: 'Inside' })
  await expect(inside).toContainText('NYC-CP1')
  expectNoProblems(problems)
})

test('an illegal connection is refused with the reason', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const server = await canvasNode(page, 'Server NYC-CP1').boundingBox()
  if (!server) throw new Error('server not visible')

  await connectFrom(page, 'pop-roaming', { x: server.x + server.width / 2, y: server.y + 8 })

  await expect(toast(page)).toHaveText(
    'A client population can connect to a site (assigned to), a CMG (uses) or a boundary group (in boundary group) — not to a server.',
  )
  await expect(edges(page)).toHaveCount(4)
  await expect(page).toHaveTitle('Untitled — CMG Designer')
  expectNoProblems(problems)
})

test('a legal connection gets the kind its ends imply', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  await connectFrom(
    page,
    'pop-roaming',
    await centreOf(canvasNode(page, 'Cloud management gateway GraniteFalls')),
  )

  await expect(edges(page)).toHaveCount(5)
  await expect(
    page.locator('.react-flow__edge[aria-label="Clients pinned to CMG: Roaming laptops → GraniteFalls"]'),
  ).toHaveCount(1)

  // The population is already assigned to its site: a second assignment is refused with the reason.
  const site = await canvasNode(page, 'Site New York City HQ').boundingBox()
  if (!site) throw new Error('site not visible')
  await connectFrom(page, 'pop-roaming', { x: site.x + site.width / 2, y: site.y + 10 })
  await expect(toast(page).last()).toHaveText(
    'Roaming laptops and New York City HQ are already connected (assigned to).',
  )
  await expect(edges(page)).toHaveCount(5)
  expectNoProblems(problems)
})

test('undo and redo an added element and a move, one step per drag', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const count = await nodes(page).count()
  const start = await flowPosition(page, 'pop-roaming')

  await dragBy(page, canvasNode(page, 'Client population Roaming laptops'), 150, 90)
  const moved = await flowPosition(page, 'pop-roaming')
  expect(moved).not.toEqual(start)

  await page.getByRole('button', { name: 'Add Note', exact: true }).click()
  await expect(nodes(page)).toHaveCount(count + 1)

  await page.keyboard.press('Control+z')
  await expect(nodes(page)).toHaveCount(count)
  expect(await flowPosition(page, 'pop-roaming')).toEqual(moved)

  await page.keyboard.press('Control+z')
  await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual(start)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => flowPosition(page, 'pop-roaming')).toEqual(moved)
  await page.keyboard.press('Control+y')
  await expect(nodes(page)).toHaveCount(count + 1)
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
  expectNoProblems(problems)
})

test("the title's dirty marker follows edit, save and undo back to the saved state", async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await expect(page).toHaveTitle('Untitled — CMG Designer')

  await dragBy(page, canvasNode(page, 'Client population Roaming laptops'), 0, 120)
  await expect(page).toHaveTitle('Untitled • — CMG Designer')
  const savedPosition = await flowPosition(page, 'pop-roaming')

  await page.keyboard.press('Control+s')
  const fileName = 'Contoso – standalone primary with CMG.cmgd'
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  const saved = (await hooks(page).files())[fileName]
  expect(saved).toBeDefined()
  const savedDoc = JSON.parse(saved!) as { nodes: { id: string; position: { x: number; y: number } }[] }
  expect(savedDoc.nodes.find((n) => n.id === 'pop-roaming')?.position).toEqual(savedPosition)

  await dragBy(page, canvasNode(page, 'Client population Roaming laptops'), 0, -120)
  await expect(page).toHaveTitle(`${fileName} • — CMG Designer`)

  await page.keyboard.press('Control+z')
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  await page.keyboard.press('Control+z')
  await expect(page).toHaveTitle(`${fileName} • — CMG Designer`)
  expectNoProblems(problems)
})

test('renaming an element and writing a note in place are undoable edits', async ({ page, problems }) => {
  await openApp(page, 'lab')
  await canvasNode(page, 'Client population Test clients').dblclick()
  const nameField = page.getByRole('textbox', { name: 'Element name' })
  await expect(nameField).toBeFocused()
  await nameField.fill('Pilot laptops')
  await nameField.press('Enter')
  await expect(canvasNode(page, 'Client population Pilot laptops')).toBeVisible()

  await page.getByRole('button', { name: 'Add Note', exact: true }).click()
  await page.keyboard.press('F2')
  const noteField = page.getByRole('textbox', { name: 'Note text' })
  await noteField.fill('Ask the network team about port 10124')
  await noteField.press('Control+Enter')
  await expect(canvasNode(page, 'Note Note 1')).toContainText('Ask the network team about port 10124')

  await page.keyboard.press('Control+z')
  await expect(canvasNode(page, 'Note Note 1')).toContainText('Empty note')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(canvasNode(page, 'Client population Test clients')).toBeVisible()
  expectNoProblems(problems)
})

test('Delete removes an element with its contents and connections; Ctrl+A selects everything', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const nodeCount = await nodes(page).count()
  const server = await canvasNode(page, 'Server NYC-CP1').boundingBox()
  if (!server) throw new Error('server not visible')
  await page.mouse.click(server.x + server.width / 2, server.y + 8)
  await page.keyboard.press('Delete')

  await expect(canvasNode(page, 'Server NYC-CP1')).toHaveCount(0)
  await expect(canvasNode(page, 'CMG connection point CMGCP01')).toHaveCount(0)
  await expect(nodes(page)).toHaveCount(nodeCount - 2)
  await expect(edges(page)).toHaveCount(3)

  await page.keyboard.press('Control+a')
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText(
    `${nodeCount - 2 + 3} items selected`,
  )
  await page.keyboard.press('Backspace')
  await expect(nodes(page)).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(nodes(page)).toHaveCount(nodeCount)
  await expect(edges(page)).toHaveCount(4)
  expectNoProblems(problems)
})

test('a selected container can be resized from its corner, as one undoable step', async ({
  page,
  problems,
}) => {
  await openApp(page, 'lab')
  const site = canvasNode(page, 'Site Lab primary')
  const before = await site.boundingBox()
  if (!before) throw new Error('site not visible')
  await page.mouse.click(before.x + before.width / 2, before.y + 10)
  await dragBy(page, site.locator('.resize-grip'), 120, 60)

  const after = await site.boundingBox()
  expect(after!.width).toBeGreaterThan(before.width + 60)
  expect(after!.height).toBeGreaterThan(before.height + 20)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await site.boundingBox())?.width).toBeCloseTo(before.width, 0)
  expectNoProblems(problems)
})
