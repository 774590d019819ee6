// Start and help (#15 item 10): the empty canvas shows how to start a design and gets out of the
// way of a palette drop; F1 and the empty canvas's link open the user guide with its screenshots;
// and the walk-through of docs/user-guide.md, taking the guide's screenshots as it goes (into
// test-results/user-guide, and into docs/user-guide when UPDATE_USER_GUIDE=1 so the guide can be
// refreshed from a run).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openApp, pinToday, templateDate, test } from './fixtures'

const SHOT_DIRS = [
  'test-results/user-guide',
  ...(process.env.UPDATE_USER_GUIDE === '1' ? [join(__dirname, '..', '..', 'docs', 'user-guide')] : []),
]

async function guideShot(page: Page, name: string): Promise<void> {
  for (const dir of SHOT_DIRS) {
    mkdirSync(dir, { recursive: true })
    await page.screenshot({ path: join(dir, name) })
  }
}

const startGuide = (page: Page) => page.getByRole('region', { name: 'Start your design' })

/** axe's violations on the whole page, as readable lines (empty when clean). */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The guide's pictures show a projector-sized window on the day the templates were checked. */
async function asInTheGuide(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await pinToday(page, templateDate('fourth-coffee'))
}

test('an empty canvas shows how to start, and a template starts from it', async ({ page, problems }) => {
  await asInTheGuide(page)
  await openApp(page)
  const guide = startGuide(page)
  await expect(guide).toBeVisible()
  await expect(guide.getByRole('button', { name: 'Import from Configuration Manager…' })).toBeVisible()
  await expect(guide.getByRole('button', { name: 'Open a design…' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await guideShot(page, '01-start.png')

  await guide.getByRole('button', { name: /Fourth Coffee/ }).click()
  await expect(canvasNode(page, 'Site Seattle CAS')).toBeVisible()
  await expect(guide).toHaveCount(0)
  expectNoProblems(problems)
})

test('an element dropped from the palette onto the guide, even on its buttons, lands on the canvas', async ({
  page,
  problems,
}) => {
  await openApp(page)
  const button = await startGuide(page).getByRole('button', { name: 'Open a design…' }).boundingBox()
  if (!button) throw new Error('the start guide is not drawn')
  // Dragged by hand (not dragTo, which refuses a target covered by another element), onto a button.
  await page.getByRole('button', { name: 'Add Site', exact: true }).hover()
  await page.mouse.down()
  await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(startGuide(page)).toHaveCount(0)
  expectNoProblems(problems)
})

test('F1 and the start guide open the user guide with its screenshots; Escape returns focus', async ({
  page,
  problems,
}) => {
  await openApp(page)
  const userGuide = page.getByRole('dialog', { name: 'User guide' })

  await startGuide(page).getByRole('button', { name: 'Read the user guide' }).click()
  await expect(userGuide).toBeVisible()
  await expect(userGuide.getByRole('heading', { name: '1. Start' })).toBeVisible()
  await expect(userGuide.getByRole('heading', { name: '4. Present' })).toBeAttached()
  expect(await axeViolations(page)).toEqual([])
  const images = userGuide.locator('img')
  expect(await images.count()).toBeGreaterThanOrEqual(6)
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(userGuide).toHaveCount(0)
  await expect(startGuide(page).getByRole('button', { name: 'Read the user guide' })).toBeFocused()

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('F1')
  await expect(userGuide).toBeVisible()
  await userGuide.getByRole('button', { name: 'Close' }).click()
  await expect(userGuide).toHaveCount(0)
  expectNoProblems(problems)
})

test('the walk-through of the user guide, with its screenshots', async ({ page, problems }) => {
  await asInTheGuide(page)
  await openApp(page, 'fourth-coffee', { view: 'as opened' })

  // 2. Build: a site selected (by its title bar), the inspector beside it.
  await canvasNode(page, 'Site Seattle CAS').click({ position: { x: 60, y: 12 } })
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('textbox', { name: 'Name' }).first(),
  ).toHaveValue('Seattle CAS')
  await guideShot(page, '02-build.png')

  // 3. Check: Problems and Capacity.
  await page.getByRole('tab', { name: /^Problems/ }).click()
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible()
  await guideShot(page, '03-problems.png')
  await page.getByRole('tab', { name: /^Capacity/ }).click()
  await expect(page.getByText('Client growth factor')).toBeVisible()
  await guideShot(page, '04-capacity.png')

  // 4. Present.
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  const presentation = page.getByRole('dialog', { name: /^Presentation of / })
  await expect(presentation).toBeVisible()
  // The step's findings come from a worker: the picture shows them rather than "Checking…".
  await expect(presentation.getByRole('complementary', { name: /: summary$/ })).toHaveAttribute(
    'aria-busy',
    'false',
  )
  await guideShot(page, '05-present.png')
  await page.keyboard.press('Escape')
  await expect(presentation).toHaveCount(0)

  // 5. Export.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: /^PNG image/ }).click()
  const exportDialog = page.getByRole('dialog', { name: /^Export/ })
  await expect(exportDialog).toBeVisible()
  await guideShot(page, '06-export.png')
  expectNoProblems(problems)
})
