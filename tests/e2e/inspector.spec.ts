// The inspector and the design settings: editing an element's properties through the generated
// form (one undo step per committed edit, none per keystroke, text fields keep their own Ctrl+Z),
// invalid values refused with the schema's message and never stored (the title's dirty marker does
// not change), Escape reverting, a node's connections, and the design settings (name, tenants with
// the refusal to remove one in use, phases, price book). Screenshots for review go to
// test-results/screenshots/inspector-*.png.
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { TEST_TODAY } from '../support/today'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const SHOTS = 'test-results/screenshots'

const selection = (page: Page) => page.getByRole('region', { name: 'Selection' })
const designSettings = (page: Page) => page.getByRole('region', { name: 'Design settings' })
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true })

async function selectCmg(page: Page) {
  await canvasNode(page, 'Cloud management gateway GraniteFalls').click()
  await expect(selection(page)).toContainText('GraniteFalls')
}

/** Scrolls the side panel (only it) so that `target` is near its top, for a screenshot. */
async function scrollPanelTo(target: Locator) {
  await target.evaluate((el) => {
    const panel = el.closest('.side-panel')
    if (panel) panel.scrollTop += el.getBoundingClientRect().top - panel.getBoundingClientRect().top - 60
  })
}

/** Clicks a container on its header band (its middle is where children sit). */
async function selectContainer(page: Page, name: string) {
  const box = await canvasNode(page, name).boundingBox()
  if (!box) throw new Error(`${name} not visible`)
  await page.mouse.click(box.x + box.width / 2, box.y + 8)
}

test('VM count: typed digits make one undo step; the node summary follows', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  await selectCmg(page)
  const cmg = canvasNode(page, 'Cloud management gateway GraniteFalls')
  const vms = cmg.locator('.node-line').first()
  const vmCount = selection(page).getByLabel('VM instances', { exact: true })
  await expect(vmCount).toHaveValue('2')
  await expect(undoButton(page)).toBeDisabled()

  await vmCount.fill('')
  await vmCount.pressSequentially('12')
  await expect(vms).toHaveText('2 × Standard_A2_v2')
  await vmCount.press('Enter')
  await expect(vms).toHaveText('12 × Standard_A2_v2')

  // Once the value is committed, Ctrl+Z in the field undoes the design change (one undo stack),
  // and the typed digits were one step.
  await vmCount.press('Control+z')
  await expect(vms).toHaveText('2 × Standard_A2_v2')
  await expect(vmCount).toHaveValue('2')
  await expect(undoButton(page)).toBeDisabled()

  // Leaving the field commits; with focus outside a field Ctrl+Z is the design's undo again.
  await vmCount.fill('3')
  await vmCount.blur()
  await expect(vms).toHaveText('3 × Standard_A2_v2')
  await page.keyboard.press('Control+z')
  await expect(vms).toHaveText('2 × Standard_A2_v2')
  await page.keyboard.press('Control+Shift+z')
  await expect(vms).toHaveText('3 × Standard_A2_v2')

  // Help texts: a tooltip and the accessible description always, inline with the Help toggle.
  await expect(vmCount).toHaveAccessibleDescription(/Capacity = VMs × per-VM limit/)
  const help = selection(page).getByText(/^1-16; 2 or more for production/)
  await expect(help).toBeHidden()
  await selection(page).getByRole('button', { name: 'Help' }).click()
  await expect(help).toBeVisible()
  await scrollPanelTo(selection(page).getByRole('region', { name: 'Scale' }))
  await page.screenshot({ path: `${SHOTS}/inspector-help.png` })
  await selection(page).getByRole('button', { name: 'Help' }).click()
  await expect(help).toBeHidden()

  await selection(page).getByLabel('Name (prefix)', { exact: true }).focus()
  await page.locator('.side-panel').evaluate((panel) => panel.scrollTo(0, 0))
  await page.screenshot({ path: `${SHOTS}/inspector-cmg.png` })
  expectNoProblems(problems)
})

test('an out-of-range VM count is refused with the schema message and not stored', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const cleanTitle = await page.title()
  await selectCmg(page)
  const vmCount = selection(page).getByLabel('VM instances', { exact: true })

  await vmCount.fill('200')
  await vmCount.press('Enter')
  const error = selection(page).getByRole('alert')
  await expect(error).toHaveText('must be between 0 and 99')
  await expect(vmCount).toHaveAttribute('aria-invalid', 'true')
  await expect(vmCount).toHaveAccessibleDescription(/must be between 0 and 99/)
  await expect(vmCount).toHaveValue('200')
  await expect(
    canvasNode(page, 'Cloud management gateway GraniteFalls').locator('.node-line').first(),
  ).toHaveText('2 × Standard_A2_v2')
  await expect(page).toHaveTitle(cleanTitle)
  await expect(undoButton(page)).toBeDisabled()
  await scrollPanelTo(selection(page).getByRole('region', { name: 'Scale' }))
  await page.screenshot({ path: `${SHOTS}/inspector-error.png` })

  // Leaving the field does not store it either; Escape brings the stored value back.
  await vmCount.blur()
  await expect(page).toHaveTitle(cleanTitle)
  await vmCount.focus()
  await vmCount.press('Escape')
  await expect(vmCount).toHaveValue('2')
  await expect(error).toHaveCount(0)

  const region = selection(page).getByLabel('Region', { exact: true }).first()
  await region.fill('East US')
  await region.press('Enter')
  await expect(selection(page).getByRole('alert')).toHaveText(
    'must be an Azure short region name such as eastus',
  )
  await expect(page).toHaveTitle(cleanTitle)
  expectNoProblems(problems)
})

test('site code: "NYC" is stored, "TOOLONG" refused', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  await selectContainer(page, 'Site New York City HQ')
  const siteCode = selection(page).getByLabel('Site code', { exact: true })
  await expect(siteCode).toHaveValue('CON')

  await siteCode.fill('NYC')
  await siteCode.press('Enter')
  const site = canvasNode(page, 'Site New York City HQ')
  await expect(site).toContainText('NYC · Primary site')

  await siteCode.fill('TOOLONG')
  await siteCode.press('Enter')
  await expect(selection(page).getByRole('alert')).toHaveText('must be 3 letters or digits')
  await expect(site).toContainText('NYC · Primary site')

  // Selecting another element drops the refused draft; the field shows what is stored.
  await selectCmg(page)
  await selectContainer(page, 'Site New York City HQ')
  await expect(selection(page).getByLabel('Site code', { exact: true })).toHaveValue('NYC')

  // A valid value typed without Enter is committed when another element is selected.
  await selection(page).getByLabel('Site code', { exact: true }).fill('ABC')
  await selectCmg(page)
  await expect(site).toContainText('ABC · Primary site')
  expectNoProblems(problems)
})

test('checkboxes, selects and the phase commit at once; connections can be followed and deleted', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await selectCmg(page)
  const inspector = selection(page)

  await inspector.getByLabel('Deployment method', { exact: true }).selectOption('classic')
  await expect(canvasNode(page, 'Cloud management gateway GraniteFalls')).toContainText(
    'eastus · Cloud service (classic)',
  )
  await inspector.getByRole('checkbox', { name: 'Microsoft updates' }).check()
  await inspector.getByLabel('Phase', { exact: true }).selectOption({ label: 'Target' })
  await expect(inspector.getByLabel('Phase', { exact: true })).toHaveValue('target')

  const connections = inspector.getByRole('region', { name: 'Connections' })
  await expect(connections.getByRole('listitem')).toHaveCount(3)
  await connections.getByRole('button', { name: 'Delete connection: Connection point CMGCP02' }).click()
  await expect(connections.getByRole('listitem')).toHaveCount(2)
  await expect(page.locator('.react-flow__edge')).toHaveCount(3)

  await connections.getByRole('button', { name: 'New York City HQ', exact: true }).click()
  await expect(inspector.getByLabel('Site code', { exact: true })).toHaveValue('CON')

  // Four separate steps: the delete, the phase, the content type and the method.
  for (let i = 0; i < 4; i++) await undoButton(page).click()
  await expect(undoButton(page)).toBeDisabled()
  expectNoProblems(problems)
})

test('design settings: name, tenants, phases and the price book', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const settings = designSettings(page)
  await expect(settings).toBeVisible()

  const name = settings.getByRole('region', { name: 'General' }).getByLabel('Name', { exact: true })
  await name.fill('Contoso pilot')
  await name.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Contoso pilot')
  await expect(page).toHaveTitle(/•/)

  // A design from a template is dated today, and the version select marks each version's support on
  // that date: 2403's ended on 2025-10-22.
  const version = settings.getByLabel('ConfigMgr version', { exact: true })
  await expect(settings.getByLabel('Evaluation date', { exact: true })).toHaveValue(TEST_TODAY)
  const ended = TEST_TODAY > '2025-10-22'
  await expect(version.locator('option', { hasText: '2403' })).toHaveText(
    ended ? '2403 — out of support' : '2403 — until 2025-10-22',
  )
  await version.selectOption('2403')
  await expect(settings).toContainText(
    ended ? `Out of support since 2025-10-22 (on ${TEST_TODAY})` : 'Supported until 2025-10-22',
  )

  // A tenant in use cannot be removed; a new one can be added and named.
  await settings.getByRole('button', { name: 'Remove tenant Contoso (contoso.onmicrosoft.com)' }).click()
  await expect(settings.getByRole('alert')).toContainText(
    'is used by Azure subscription "Contoso production" and client population "Roaming laptops"',
  )
  await settings.getByRole('button', { name: 'Add tenant' }).click()
  const tenantName = settings
    .getByRole('group', { name: 'Tenant New tenant' })
    .getByLabel('Name', { exact: true })
  await expect(tenantName).toBeFocused()
  await tenantName.fill('Fabrikam')
  await tenantName.press('Enter')
  const fabrikam = settings.getByRole('group', { name: 'Tenant Fabrikam' })
  await expect(fabrikam).toBeVisible()
  await fabrikam.getByLabel('Id', { exact: true }).fill('fabrikam.onmicrosoft.com')
  await fabrikam.getByLabel('Id', { exact: true }).press('Enter')
  await expect(fabrikam.getByLabel('Id', { exact: true })).toHaveValue('fabrikam.onmicrosoft.com')

  // Phases: add one at the end, rename it, move it up.
  await settings.getByRole('button', { name: 'Add phase' }).click()
  const newPhase = settings.getByLabel('Phase 4 name')
  await expect(newPhase).toBeFocused()
  await newPhase.fill('Rollout')
  await newPhase.press('Enter')
  await settings.getByRole('button', { name: 'Move phase Rollout up' }).click()
  await expect(settings.getByLabel('Phase 3 name')).toHaveValue('Rollout')
  await expect(settings.getByLabel('Phase 4 name')).toHaveValue('Target')

  // Price book: currency and a VM hourly price; empty means unknown.
  await expect(settings).toContainText('No prices ship with CMG Designer.')
  const currency = settings.getByLabel('Currency', { exact: true })
  await currency.fill('EUR')
  await currency.press('Enter')
  const a2 = settings.getByLabel('VM price per hour Standard_A2_v2', { exact: true })
  await expect(a2).toHaveValue('')
  await a2.fill('0.12')
  await a2.press('Enter')
  await expect(settings.locator('.insp-row').filter({ hasText: 'Standard_A2_v2' })).toContainText('EUR/h')
  await a2.fill('-1')
  await a2.press('Enter')
  await expect(settings.getByRole('alert')).toHaveText('must be between 0 and 1,000,000')
  await a2.press('Escape')
  await expect(a2).toHaveValue('0.12')

  await scrollPanelTo(settings.getByRole('region', { name: 'Phases' }))
  await page.screenshot({ path: `${SHOTS}/inspector-design-lists.png` })
  await page.locator('.side-panel').evaluate((panel) => panel.scrollTo(0, 0))
  await page.screenshot({ path: `${SHOTS}/inspector-design.png` })

  // Every change above was its own step; undoing the price shows the stored price gone.
  await undoButton(page).click()
  await expect(a2).toHaveValue('')
  expectNoProblems(problems)
})

test("renaming a tenant's id carries the elements that use it along, in one step", async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const card = designSettings(page).getByRole('group', { name: 'Tenant Contoso (contoso.onmicrosoft.com)' })
  const id = card.getByLabel('Id', { exact: true })
  await id.fill('contoso tenant')
  await id.press('Enter')
  await expect(card.getByRole('alert')).toHaveText('must be 1-64 letters, digits, "-", "_" or "."')
  await id.fill('contoso-tenant')
  await id.press('Enter')
  await expect(id).toHaveValue('contoso-tenant')

  await selectContainer(page, 'Azure subscription Contoso production')
  await expect(selection(page).getByLabel('Entra tenant', { exact: true })).toHaveValue('contoso-tenant')
  await canvasNode(page, 'Client population Roaming laptops').click()
  await expect(selection(page).getByLabel('Identity tenant', { exact: true })).toHaveValue('contoso-tenant')
  await undoButton(page).click()
  await expect(selection(page).getByLabel('Identity tenant', { exact: true })).toHaveValue('contoso')
  await expect(undoButton(page)).toBeDisabled()
  expectNoProblems(problems)
})

test('a multi-selection shows its count and sets the phase of all its elements in one step', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await page.keyboard.press('Control+a')
  await expect(selection(page)).toContainText('16 items selected')
  const phase = selection(page).getByLabel('Phase', { exact: true })
  await expect(phase.locator('option:checked')).toHaveText('Mixed')
  await phase.selectOption({ label: 'Today' })
  await expect(phase).toHaveValue('today')
  await undoButton(page).click()
  await expect(phase.locator('option:checked')).toHaveText('Mixed')
  await expect(undoButton(page)).toBeDisabled()
  expectNoProblems(problems)
})

test('removing a phase that elements use asks first, then moves them to all phases', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const settings = designSettings(page)
  await settings.getByRole('button', { name: 'Remove phase Pilot' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove phase "Pilot"?' })
  await expect(dialog).toContainText('5 elements first appear in this phase')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(settings.getByLabel('Phase 2 name')).toHaveValue('Pilot')

  await settings.getByRole('button', { name: 'Remove phase Pilot' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Remove phase' }).click()
  await expect(settings.getByLabel('Phase 2 name')).toHaveValue('Target')
  await selectCmg(page)
  await expect(selection(page).getByLabel('Phase', { exact: true })).toHaveValue('')
  await undoButton(page).click()
  await expect(selection(page).getByLabel('Phase', { exact: true })).toHaveValue('pilot')
  expectNoProblems(problems)
})

test('the inspector has no accessibility violations and is keyboard reachable', async ({
  page,
  problems,
}) => {
  test.slow() // four axe-core runs
  await openApp(page, 'contoso')
  for (const open of [
    async () => undefined,
    () => selectCmg(page),
    () => canvasNode(page, 'Client population Roaming laptops').click(),
    () => selectContainer(page, 'Server NYC-SS'),
  ]) {
    await open()
    const results = await new AxeBuilder({ page }).include('.inspector').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  }
  // The population's concurrency is optional: empty stores "all clients".
  await canvasNode(page, 'Client population Roaming laptops').click()
  const concurrent = selection(page).getByLabel('Concurrent', { exact: true })
  await expect(concurrent).toHaveAttribute('placeholder', 'all clients')
  await concurrent.fill('2500')
  await concurrent.press('Enter')
  await expect(canvasNode(page, 'Client population Roaming laptops')).toContainText('(2,500 concurrent)')
  await concurrent.fill('')
  await concurrent.press('Enter')
  await expect(canvasNode(page, 'Client population Roaming laptops')).not.toContainText('concurrent')

  // Tab moves from field to field.
  const clients = selection(page).getByLabel('Clients', { exact: true })
  await clients.focus()
  await page.keyboard.press('Tab')
  await expect(concurrent).toBeFocused()
  expectNoProblems(problems)
})
