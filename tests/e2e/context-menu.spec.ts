// Context menus from the command table: a right-click on an element, a connection or the empty
// canvas (or Shift+F10 / the Menu key for the selection) opens a menu of that context's commands
// instead of the browser's; it is keyboard navigable, Escape closes it, and choosing an item runs
// the command. Screenshot: test-results/screenshots/context-menu-element.png.
import type { Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const nodes = (page: Page) => page.locator('.react-flow__node')
const edges = (page: Page) => page.locator('.react-flow__edge')
const menu = (page: Page) => page.getByRole('menu')
const item = (page: Page, name: string) => menu(page).getByRole('menuitem', { name, exact: true })
const itemNames = async (page: Page) =>
  (await menu(page).getByRole('menuitem').allTextContents()).map((text) =>
    text.replace(/(Ctrl|⌘).*$|F2$|Delete$/, ''),
  )

/** Records whether each contextmenu event reached the window with the browser menu still allowed. */
async function watchBrowserMenus(page: Page): Promise<() => Promise<boolean[]>> {
  await page.evaluate(() => {
    const seen: boolean[] = []
    ;(window as unknown as { browserMenus: boolean[] }).browserMenus = seen
    window.addEventListener('contextmenu', (event) => seen.push(!event.defaultPrevented))
  })
  return () => page.evaluate(() => (window as unknown as { browserMenus: boolean[] }).browserMenus)
}

test('right-click on an element lists its commands; Escape closes; an item runs', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const browserMenus = await watchBrowserMenus(page)
  const gateway = canvasNode(page, 'Cloud management gateway GraniteFalls')
  const count = await nodes(page).count()

  await gateway.click({ button: 'right' })
  await expect(menu(page)).toBeVisible()
  await expect(gateway).toHaveClass(/selected/)
  expect(await itemNames(page)).toEqual([
    'Cut',
    'Copy',
    'Paste',
    'Duplicate',
    'Delete',
    'Rename',
    'Connect To…',
  ])
  await expect(item(page, 'Cut')).toBeFocused()
  await page.screenshot({ path: 'test-results/screenshots/context-menu-element.png' })
  expect(await browserMenus()).toEqual([false])

  await page.keyboard.press('Escape')
  await expect(menu(page)).toHaveCount(0)
  await expect(nodes(page)).toHaveCount(count)

  await gateway.click({ button: 'right' })
  await item(page, 'Duplicate').click()
  await expect(menu(page)).toHaveCount(0)
  await expect(nodes(page)).toHaveCount(count + 1)
  expectNoProblems(problems)
})

test('right-click on a connection offers Delete, which removes it', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const count = await edges(page).count()
  const edge = edges(page).first()
  await edge.click({ button: 'right' })
  await expect(menu(page)).toBeVisible()
  expect(await itemNames(page)).toEqual(['Delete'])
  await item(page, 'Delete').click()
  await expect(edges(page)).toHaveCount(count - 1)
  expectNoProblems(problems)
})

test('right-click on the empty canvas offers canvas commands; Select All selects everything', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const pane = page.locator('.react-flow__pane')
  const box = (await pane.boundingBox())!
  await pane.click({ button: 'right', position: { x: box.width / 2, y: box.height - 16 } })
  expect(await itemNames(page)).toEqual(['Paste', 'Select All', 'Zoom to Fit', 'Auto-Layout'])
  await item(page, 'Select All').click()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(await nodes(page).count())
  expectNoProblems(problems)
})

test('Shift+F10 and the Menu key open the menu for the selection, navigable by keyboard', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const gateway = canvasNode(page, 'Cloud management gateway GraniteFalls')
  const count = await nodes(page).count()
  await gateway.click()
  await page.keyboard.press('Shift+F10')
  await expect(menu(page)).toBeVisible()
  await expect(item(page, 'Cut')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(item(page, 'Connect To…')).toBeFocused()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  await expect(item(page, 'Copy')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu(page)).toHaveCount(0)

  await page.keyboard.press('ContextMenu')
  await expect(menu(page)).toBeVisible()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowUp')
  await expect(item(page, 'Rename')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(item(page, 'Delete')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(item(page, 'Duplicate')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(menu(page)).toHaveCount(0)
  await expect(nodes(page)).toHaveCount(count + 1)
  expectNoProblems(problems)
})
