// From a finding or the cost estimate to the field that settles it: "Show the field" on a finding
// selects its element, opens the Inspector and focuses the property its quick fix would set (also
// a nested one); "Open the price book" in Cost focuses the design's price book; and a CMG's region
// field suggests the Azure regions of its Azure environment while still taking any region name. Screenshots for review go to
// test-results/screenshots/show-field-*.png.
import type { Locator, Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openTemplateOnItsDate, test } from './fixtures'

const CMG = 'Cloud management gateway GraniteFalls'
const ROAMING = 'Client population Roaming laptops'

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) })
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' })

/** The regions a region field suggests (its datalist), as short name and display name. */
function regionsOffered(page: Page, field: Locator): () => Promise<{ name: string; label: string }[]> {
  return async () => {
    const listId = await field.getAttribute('list')
    if (listId === null) return []
    return page
      .locator(`datalist[id="${listId}"] option`)
      .evaluateAll((options) =>
        options.map((o) => ({ name: (o as HTMLOptionElement).value, label: (o as HTMLOptionElement).label })),
      )
  }
}

/** Selects an element on the canvas and opens the Inspector on it. */
async function inspect(page: Page, name: string): Promise<void> {
  await canvasNode(page, name).click({ position: { x: 24, y: 30 } })
  await tab(page, 'Inspector').click()
}

/** Clears the selection, opens the finding in Problems and presses its "Show the field". */
async function showFieldOf(page: Page, ruleId: string): Promise<void> {
  await page.keyboard.press('Escape')
  await tab(page, 'Problems').click()
  await problems(page)
    .getByRole('button', { name: new RegExp(ruleId) })
    .click()
  await problems(page).getByRole('button', { name: 'Show the field' }).click()
}

test('"Show the field" on a finding focuses the property that settles it', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  await inspect(page, CMG)
  await page.getByRole('checkbox', { name: 'DNS CNAME configured' }).uncheck()

  await showFieldOf(page, 'CMG-CERT-003')

  await expect(tab(page, 'Inspector')).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('.inspector-heading-name')).toHaveText('GraniteFalls')
  const field = page.getByRole('checkbox', { name: 'DNS CNAME configured' })
  await expect(field).toBeFocused()
  await expect(field).not.toBeChecked()
  await expect(field).toBeInViewport()
  // Its row stays highlighted until the focus leaves it.
  await expect(page.locator('.is-shown-field')).toContainText('DNS CNAME configured')
  await page.screenshot({ path: 'test-results/screenshots/show-field-cname.png' })
  expectNoProblems(pageProblems)
})

test('"Show the field" reaches a field inside a nested object', async ({ page, problems: pageProblems }) => {
  await openTemplateOnItsDate(page, 'contoso')
  await inspect(page, ROAMING)
  await page.getByRole('checkbox', { name: 'Enable clients to use a CMG' }).uncheck()

  await showFieldOf(page, 'CMG-CS-001')

  await expect(page.locator('.inspector-heading-name')).toHaveText('Roaming laptops')
  await expect(page.getByRole('checkbox', { name: 'Enable clients to use a CMG' })).toBeFocused()
  expectNoProblems(pageProblems)
})

test('a finding without a quick fix offers no "Show the field"', async ({ page }) => {
  await openTemplateOnItsDate(page, 'contoso')
  await inspect(page, CMG)
  // An existing resource group in another region than the CMG's: which one to use is the user's call.
  await page.getByRole('combobox', { name: 'Resource group Mode' }).selectOption('existing')
  const region = page.getByRole('combobox', { name: 'Region', exact: true })
  await region.fill('westus')
  await region.press('Enter')
  await tab(page, 'Problems').click()
  await problems(page)
    .getByRole('button', { name: /CMG-AZ-005/ })
    .click()
  await expect(problems(page).getByRole('button', { name: 'Show the field' })).toHaveCount(0)
})

test('"Open the price book" in Cost focuses the price book of the design', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  await canvasNode(page, CMG).click({ position: { x: 24, y: 30 } })
  await tab(page, 'Cost').click()
  await page.getByRole('button', { name: 'Open the price book' }).click()

  await expect(tab(page, 'Inspector')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Design settings' })).toBeVisible()
  const currency = page.getByRole('textbox', { name: 'Currency' })
  await expect(currency).toBeFocused()
  await expect(currency).toBeInViewport()
  // The app's frame stays put: only the side panel scrolls.
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeInViewport({ ratio: 1 })
  await page.screenshot({ path: 'test-results/screenshots/show-field-price-book.png' })
  expectNoProblems(pageProblems)
})

test("a CMG's region is chosen from its Azure environment's regions", async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  await inspect(page, CMG)
  const selection = page.getByRole('region', { name: 'Selection' })
  const region = selection.getByLabel('Region', { exact: true })
  const offered = regionsOffered(page, region)
  await expect(region).toHaveValue('eastus')
  await expect.poll(offered).toContainEqual({ name: 'westus', label: 'West US' })
  expect((await offered()).some((r) => r.name.startsWith('usgov'))).toBe(false)
  await region.fill('westus')
  await region.press('Enter')
  await expect(canvasNode(page, CMG)).toContainText('westus')

  await selection.getByRole('combobox', { name: 'Azure environment' }).selectOption('AzureUSGovernmentCloud')
  await expect.poll(offered).toContainEqual({ name: 'usgovvirginia', label: 'USGov Virginia' })
  expect((await offered()).map((r) => r.name)).not.toContain('westus')
  // The region chosen in the public cloud stays as it is until the user picks another.
  await expect(region).toHaveValue('westus')
  const groupRegion = selection.getByLabel('Resource group Region', { exact: true })
  await expect
    .poll(regionsOffered(page, groupRegion))
    .toContainEqual({ name: 'usgovtexas', label: 'USGov Texas' })
  await region.fill('usgovvirginia')
  await region.press('Enter')
  await expect(canvasNode(page, CMG)).toContainText('usgovvirginia')

  await region.focus()
  await page.getByRole('region', { name: 'Deployment' }).screenshot({
    path: 'test-results/screenshots/show-field-region.png',
  })
  expectNoProblems(pageProblems)
})

test('a region the list does not know still loads, shows and can be entered', async ({ page }) => {
  await openTemplateOnItsDate(page, 'contoso')
  await inspect(page, CMG)
  const region = page.getByRole('region', { name: 'Selection' }).getByLabel('Region', { exact: true })
  await region.fill('newregion2')
  await region.press('Enter')
  await expect(canvasNode(page, CMG)).toContainText('newregion2')
  await expect(region).toHaveValue('newregion2')
})
