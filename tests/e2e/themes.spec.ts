// Light, dark and high-contrast themes: switched from the View menu, remembered across a reload,
// and every text meets WCAG AA contrast in each theme, in the editor with a template loaded and in
// presentation mode (axe-core's color-contrast rule). One screenshot per theme.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, openApp, openTemplateOnItsDate, test } from './fixtures'

const THEMES = [
  { label: 'Light theme', attribute: 'light', shot: 'theme-light' },
  { label: 'Dark theme', attribute: 'dark', shot: 'theme-dark' },
  { label: 'High contrast theme', attribute: 'high-contrast', shot: 'theme-high-contrast' },
] as const

async function chooseTheme(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'View', exact: true }).click()
  await page.getByRole('menuitemradio', { name: label }).click()
}

/** The color-contrast violations on the page, one readable line per offending element. */
async function contrastViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  )
}

for (const theme of THEMES) {
  test(`${theme.label}: text contrast meets WCAG AA in the editor and when presenting`, async ({
    page,
    problems,
  }) => {
    await openApp(page, 'contoso')
    await chooseTheme(page, theme.label)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.attribute)
    await page.getByRole('button', { name: 'View', exact: true }).click()
    await expect(page.getByRole('menuitemradio', { name: theme.label })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await page.keyboard.press('Escape')

    // A selected element and an open menu show their own colours too.
    await page.locator('.react-flow__node[data-id="cmg-granitefalls"]').click()
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible()
    expect(await contrastViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.screenshot({ path: `test-results/screenshots/${theme.shot}.png` })

    await page.keyboard.press('F5')
    const presentation = page.getByRole('dialog', { name: /^Presentation of / })
    await expect(presentation).toBeVisible()
    for (const step of ['Today', 'Pilot', 'Target']) {
      await presentation.getByRole('button', { name: new RegExp(step) }).click()
      await expect(presentation.locator('.present-step-label')).toContainText(step)
      // The step's findings, capacity and cost are checked in a worker: their colours once shown.
      await expect(presentation.getByRole('complementary', { name: /: summary$/ })).toHaveAttribute(
        'aria-busy',
        'false',
      )
      expect(await contrastViolations(page), `presenting step ${step}`).toEqual([])
    }
    if (theme.attribute !== 'light')
      await page.screenshot({ path: `test-results/screenshots/presentation-${theme.attribute}.png` })
    await page.keyboard.press('Escape')

    // Remembered: a reload comes back in the same theme.
    await page.reload()
    await expect(page.locator('.react-flow')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.attribute)
    expectNoProblems(problems)
  })
}

test('severity and status read without colour: icons with words in the step summary', async ({ page }) => {
  await openTemplateOnItsDate(page, 'contoso')
  await page.keyboard.press('F5')
  const presentation = page.getByRole('dialog', { name: /^Presentation of / })
  await presentation.getByRole('button', { name: /Pilot/ }).click()
  const counts = presentation.getByTestId('present-finding-counts').locator('li')
  await expect(counts).toHaveCount(3)
  for (const [i, word] of ['error', 'warning', 'notice'].entries()) {
    await expect(counts.nth(i)).toContainText(word)
    await expect(counts.nth(i).locator('svg.state-icon')).toHaveCount(1)
  }
  // Each severity has its own shape, not just its own colour.
  const shapes = await counts.evaluateAll((items) =>
    items.map((li) => li.querySelector('svg')?.innerHTML ?? ''),
  )
  expect(new Set(shapes.map((svg) => svg.replace(/stroke="[^"]*"|fill="[^"]*"/g, ''))).size).toBe(3)
  // On the elements: the severity icon with the count, and the words as the accessible name.
  await expect(presentation.getByRole('img', { name: '1 warning' })).toBeVisible()
  await expect(presentation.locator('.present-capacity .present-status').first()).toContainText(/limit/)
})
