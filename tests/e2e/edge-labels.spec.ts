// Connection labels: the "Show labels on connections" switch in the connections legend writes each
// connection's kind at its middle ("linked to" on a connection point's link to its CMG), the choice
// outlives a reload, and switching it off removes the labels. A click on a label selects its
// connection. Screenshots with labels on in the light, dark and high-contrast themes.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, fitView, openApp, test } from './fixtures'

const labelSwitch = (page: Page) => page.getByRole('checkbox', { name: 'Show labels on connections' })
const labels = (page: Page, text: string) =>
  page.locator('.react-flow__edge .react-flow__edge-text', { hasText: text })

/** Fits the design and zooms in twice, so the labels are at a readable size in the screenshots. */
async function zoomIn(page: Page): Promise<void> {
  await fitView(page)
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Control+=')
    await page.waitForTimeout(300)
  }
}

test('connection labels can be switched on from the legend, outlive a reload and switch off', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await expect(labelSwitch(page)).not.toBeChecked()
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0)

  await labelSwitch(page).check()
  await expect(labels(page, 'linked to').first()).toBeVisible()
  await expect(labels(page, 'created at').first()).toBeVisible()
  await zoomIn(page)
  await page.screenshot({ path: 'test-results/screenshots/edge-labels-light.png' })

  // A click on a label selects its connection.
  await page.locator('.react-flow__edge-textwrapper', { hasText: 'assigned to' }).click()
  await expect(page.locator('.react-flow__edge.selected')).toHaveAttribute(
    'aria-label',
    /^Clients assigned to site/,
  )

  await page.reload()
  await expect(page.locator('.canvas-loading')).toHaveCount(0)
  await expect(labelSwitch(page)).toBeChecked()
  await expect(labels(page, 'linked to').first()).toBeVisible()

  await page.getByRole('button', { name: 'View', exact: true }).click()
  await page.getByRole('menuitemradio', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await zoomIn(page)
  await page.screenshot({ path: 'test-results/screenshots/edge-labels-dark.png' })
  await page.getByRole('button', { name: 'View', exact: true }).click()
  await page.getByRole('menuitemradio', { name: 'High contrast theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast')
  await page.screenshot({ path: 'test-results/screenshots/edge-labels-high-contrast.png' })

  await labelSwitch(page).uncheck()
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0)
  await page.reload()
  await expect(labelSwitch(page)).not.toBeChecked()
  expectNoProblems(problems)
})
