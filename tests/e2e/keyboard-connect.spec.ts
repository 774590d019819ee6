// Connecting elements without a mouse: a CMG and a CMG connection point are added from the palette
// with the keyboard, Ctrl+K ("Connect to…") lists the elements the connection point may link to,
// typing filters them, Enter connects — the edge is drawn, the inspector lists it, the "linked to no
// CMG" finding (CMG-STRUCT-006) clears — and Ctrl+Z removes it in one step. The connect dot of a
// node is a button (reached with Tab) that opens the same dialog on Enter or a click; with several
// elements selected the dialog says so.
// Screenshots for review go to test-results/screenshots/keyboard-connect-*.png.
import type { Page } from '@playwright/test'
import {
  canvasNode,
  expect,
  expectNoProblems,
  openApp,
  openTemplateOnItsDate,
  pinToday,
  templateDate,
  test,
  toast,
} from './fixtures'

const SHOTS = 'test-results/screenshots'

const selection = (page: Page) => page.getByRole('region', { name: 'Selection' })
const edges = (page: Page) => page.locator('.react-flow__edge')

/** Selects an element through Find (Ctrl+F, its name, Enter); focus lands on it on the canvas. */
async function findAndSelect(page: Page, name: string, accessibleName: string): Promise<void> {
  await page.keyboard.press('Control+f')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(canvasNode(page, accessibleName)).toBeFocused()
}

/** Adds an element from the palette with the keyboard (into the selected container). */
async function addFromPalette(page: Page, kindLabel: string): Promise<void> {
  await page.getByRole('button', { name: `Add ${kindLabel}`, exact: true }).focus()
  await page.keyboard.press('Enter')
}

test('keyboard only: link a new CMG connection point to a CMG, then undo it', async ({ page, problems }) => {
  await openTemplateOnItsDate(page, 'contoso')

  // A second CMG in the subscription, so that the list has something to filter.
  await findAndSelect(page, 'Contoso production', 'Azure subscription Contoso production')
  await addFromPalette(page, 'Cloud management gateway')
  await expect(selection(page)).toContainText('Cloud management gateway')

  // A connection point in the site: the app offers to create the server it runs on.
  await findAndSelect(page, 'New York City HQ', 'Site New York City HQ')
  await addFromPalette(page, 'CMG connection point')
  const question = page.getByRole('dialog', { name: /Add a server for the new CMG connection point/ })
  await expect(question).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(question).toBeHidden()
  const cpName = await selection(page).getByLabel('Name', { exact: true }).inputValue()
  const cp = canvasNode(page, `CMG connection point ${cpName}`)
  await expect(cp).toBeVisible()
  // Its findings badge lists "CMG connection point linked to no CMG" in its tooltip.
  const unlinkedFinding = cp.locator('.node-badge[title*="CMG-STRUCT-006"]')
  await expect(unlinkedFinding).toHaveCount(1)

  await findAndSelect(page, cpName, `CMG connection point ${cpName}`)
  const edgeCount = await edges(page).count()
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: `Connect ${cpName} to…` })
  await expect(dialog).toBeVisible()
  const filter = dialog.getByRole('combobox', { name: `Connect ${cpName} to` })
  await expect(filter).toBeFocused()
  const options = dialog.getByRole('option')
  // Only CMGs: a connection point links to one CMG, and to nothing else.
  await expect(options).toHaveCount(2)
  await expect(options.filter({ hasText: 'GraniteFalls' })).toContainText(
    'Cloud management gateway · Connection point linked to CMG',
  )
  await page.keyboard.type('granite')
  await expect(options).toHaveCount(1)
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await page.screenshot({ path: `${SHOTS}/keyboard-connect-dialog.png` })
  await page.keyboard.press('Enter')

  await expect(dialog).toBeHidden()
  await expect(toast(page)).toContainText(`Connected ${cpName} and GraniteFalls`)
  await expect(edges(page)).toHaveCount(edgeCount + 1)
  await expect(cp).toBeFocused()
  const connections = selection(page).getByRole('region', { name: 'Connections', exact: true })
  await expect(connections.getByRole('listitem')).toHaveText(['Linked toGraniteFalls'])
  await expect(unlinkedFinding).toHaveCount(0)

  // One undo step takes the connection away, and the finding comes back.
  await page.keyboard.press('Control+z')
  await expect(edges(page)).toHaveCount(edgeCount)
  await expect(connections).toContainText('No connections.')
  await expect(unlinkedFinding).toHaveCount(1)
  expectNoProblems(problems)
})

test("a node's connect dot is a button that opens the same dialog", async ({ page, problems }) => {
  await pinToday(page, templateDate('contoso'))
  await openApp(page, 'contoso', { view: 'as opened' })
  await findAndSelect(page, 'MP01', 'Management point MP01')
  const mp = canvasNode(page, 'Management point MP01')
  const handle = mp.getByRole('button', { name: 'Connect MP01 to…', exact: true })
  // Tab from the element reaches its connect dot.
  await page.keyboard.press('Tab')
  await expect(handle).toBeFocused()
  const box = await mp.boundingBox()
  if (!box) throw new Error('MP01 is not on screen')
  await page.screenshot({
    path: `${SHOTS}/keyboard-connect-handle.png`,
    clip: { x: box.x - 40, y: box.y - 40, width: box.width + 80, height: box.height + 80 },
  })
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Connect MP01 to…' })
  // Contoso has no boundary group, the only kind a management point connects to: the dialog says so.
  await expect(dialog).toContainText('MP01 can connect to a boundary group, but no element of the design')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(handle).toBeFocused()
  // A click without a drag opens it too (a drag draws a connection, as editing.spec.ts shows).
  await handle.click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // Several elements selected: the dialog says what to do instead of connecting anything.
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+k')
  const several = page.getByRole('dialog', { name: 'Connect to…' })
  await expect(several).toContainText(/\d+ elements are selected/)
  await expect(several.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(several).toBeHidden()
  expectNoProblems(problems)
})
