// The rules engine in the editor: findings on node badges and in the Problems panel as the design
// is edited and undone, revealing a finding's element, one-step quick fixes, suppressing with a
// reason, the what-if growth slider (evaluation only, the design stays clean), the cost panel, one
// evaluation per committed change (none on drag frames), and parity between the worker's findings
// in the browser and the command-line tool's JSON for every template. Screenshots for review go to
// test-results/screenshots/findings-*.png.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { FindingsTestHook } from '../../src/renderer/src/validation/useValidation'
import { canvasNode, expect, expectNoProblems, hooks, openTemplateOnItsDate, test, toast } from './fixtures'

const root = join(__dirname, '..', '..')
const templatePath = (id: string) => join(root, 'resources', 'templates', `${id}.cmgd`)
const CMG = 'Cloud management gateway GraniteFalls'

type HookSnapshot = Pick<FindingsTestHook, 'submitted' | 'evaluationCount' | 'revision' | 'status'>

const hookState = (page: Page): Promise<HookSnapshot> =>
  page.evaluate(() => {
    const h = window.__cmgFindings
    if (!h) throw new Error('the findings hook is not installed')
    return {
      submitted: h.submitted,
      evaluationCount: h.evaluationCount,
      revision: h.revision,
      status: h.status,
    }
  })

/** Waits until every design sent to the worker has been answered. */
async function settled(page: Page): Promise<HookSnapshot> {
  await expect
    .poll(async () => {
      const s = await hookState(page)
      return s.status === 'ok' && s.evaluationCount > 0
    })
    .toBe(true)
  return hookState(page)
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) })
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' })
/** A finding's row in the Problems panel (its header button names the rule). */
const findingRow = (scope: Locator, ruleId: string) => scope.getByRole('button', { name: new RegExp(ruleId) })
const statusFindings = (page: Page) => page.getByTestId('status-findings')

/** Selects an element on the canvas by clicking its left part (away from the badge). */
async function selectNode(page: Page, name: string): Promise<void> {
  await canvasNode(page, name).click({ position: { x: 24, y: 30 } })
}

/** Sets the CMG's VM instances in the inspector, as a user does. */
async function setVmCount(page: Page, count: number): Promise<void> {
  await selectNode(page, CMG)
  await tab(page, 'Inspector').click()
  const field = page.getByRole('spinbutton', { name: 'VM instances' })
  await field.fill(String(count))
  await field.press('Enter')
  // Leave the field so that Ctrl+Z reaches the app's undo, not the field's own.
  await tab(page, 'Problems').click()
}

test('a CMG set to one VM instance gets CMG-HA-001 on its badge and in Problems; undo removes it', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  const cmg = canvasNode(page, CMG)
  await expect(cmg.getByRole('button', { name: '2 info', exact: true })).toBeVisible()
  await expect(statusFindings(page)).toHaveText('0 errors·0 warnings·2 info')

  // One VM: no second update domain (CMG-HA-001), and 8,000 clients exceed 6,000 (CMG-CAP-001).
  await setVmCount(page, 1)
  await expect(cmg.getByRole('button', { name: '2 warnings, 2 info', exact: true })).toBeVisible()
  const warnings = problems(page).getByRole('region', { name: 'Warnings' })
  await expect(findingRow(warnings, 'CMG-HA-001')).toContainText('Production CMG with a single VM instance')
  await expect(findingRow(warnings, 'CMG-HA-001')).toContainText('GraniteFalls')
  await expect(findingRow(warnings, 'CMG-CAP-001')).toBeVisible()
  await expect(statusFindings(page)).toContainText('2 warnings')
  await expect(tab(page, 'Problems')).toContainText('2')

  await page.keyboard.press('Control+z')
  await expect(cmg.getByRole('button', { name: '2 info', exact: true })).toBeVisible()
  await expect(findingRow(problems(page), 'CMG-HA-001')).toHaveCount(0)
  await expect(statusFindings(page)).toHaveText('0 errors·0 warnings·2 info')
  expectNoProblems(pageProblems)
})

test('clicking a finding selects its element and shows its fix and documentation; the quick fix is one undo step', async ({
  page,
  context,
  problems: pageProblems,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openTemplateOnItsDate(page, 'contoso')
  await setVmCount(page, 1)
  await page.getByRole('button', { name: 'Fit view' }).click()
  await selectNode(page, 'Client population Roaming laptops')
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'pop-roaming')

  const row = findingRow(problems(page), 'CMG-HA-001')
  await row.click()
  await expect(row).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'cmg-granitefalls')
  const item = problems(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /CMG-HA-001/ }) })
  await expect(item).toContainText('Set the CMG to at least two VM instances.')
  const firstDoc = item.locator('.doc-url').first()
  await expect(firstDoc).toHaveText(/^https:\/\/learn\.microsoft\.com\//)
  await item.getByRole('button', { name: 'Copy link' }).first().click()
  await expect(toast(page)).toContainText('Link copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await firstDoc.textContent())
  await page.screenshot({ path: 'test-results/screenshots/findings-problems.png' })

  await item.getByRole('button', { name: 'Fix: Add a VM instance (1 → 2)' }).click()
  await expect(findingRow(problems(page), 'CMG-HA-001')).toHaveCount(0)
  await expect(canvasNode(page, CMG).getByRole('button', { name: '2 info', exact: true })).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(findingRow(problems(page), 'CMG-HA-001')).toHaveCount(1)
  await expect(
    canvasNode(page, CMG).getByRole('button', { name: '2 warnings, 2 info', exact: true }),
  ).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(findingRow(problems(page), 'CMG-HA-001')).toHaveCount(0)
  expectNoProblems(pageProblems)
})

test('suppressing a finding asks for a reason and lists it under Suppressed; unsuppress restores it', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  await setVmCount(page, 1)
  await findingRow(problems(page), 'CMG-HA-001').click()
  await problems(page).getByRole('button', { name: 'Suppress…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Suppress CMG-HA-001 on GraniteFalls' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Suppress', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('Enter a reason')
  await dialog
    .getByRole('textbox', { name: 'Reason (required)' })
    .fill('Pilot phase: one instance is accepted.')
  await dialog.getByRole('button', { name: 'Suppress', exact: true }).click()
  await expect(dialog).toHaveCount(0)

  const suppressed = problems(page).getByRole('region', { name: 'Suppressed' })
  const warnings = problems(page).getByRole('region', { name: 'Warnings' })
  await expect(findingRow(suppressed, 'CMG-HA-001')).toContainText(
    'Suppressed: Pilot phase: one instance is accepted.',
  )
  await expect(findingRow(warnings, 'CMG-HA-001')).toHaveCount(0)
  await expect(findingRow(warnings, 'CMG-CAP-001')).toBeVisible()
  await expect(
    canvasNode(page, CMG).getByRole('button', { name: '1 warning, 2 info', exact: true }),
  ).toBeVisible()
  await expect(statusFindings(page)).toContainText('1 warning')
  await expect(page).toHaveTitle('Untitled • — CMG Designer')

  await suppressed.getByRole('button', { name: 'Unsuppress' }).click()
  await expect(findingRow(warnings, 'CMG-HA-001')).toBeVisible()
  await expect(problems(page).getByRole('region', { name: 'Suppressed' })).toHaveCount(0)
  expectNoProblems(pageProblems)
})

test('the growth slider shows the first limit to break and CMG-CAP-001 without dirtying the design', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  const before = await settled(page)
  const title = await page.title()
  await tab(page, 'Capacity').click()
  const slider = page.getByRole('slider', { name: 'Client growth factor' })
  await slider.focus()
  for (let i = 0; i < 6; i++) await slider.press('ArrowRight')
  await expect(page.getByRole('spinbutton', { name: 'Growth factor' })).toHaveValue('1.6')

  const whatIf = page.getByRole('region', { name: 'What-if growth' })
  const firstBreak = whatIf.getByTestId('first-break')
  await expect(firstBreak).toContainText('CMG GraniteFalls')
  await expect(firstBreak).toContainText('Concurrent clients')
  await expect(firstBreak).toContainText('×1.5')
  await expect(whatIf).toContainText('Over the limit at ×1.6 (1)')
  await expect(whatIf.locator('.over-row')).toContainText('12,800 / 12,000 (107 %)')
  const capacity = page.getByRole('region', { name: 'Capacity' })
  await expect(capacity.getByRole('row', { name: /CMG GraniteFalls/ })).toContainText('Over')
  await expect(canvasNode(page, CMG).getByRole('meter')).toHaveAttribute('aria-valuetext', /over the limit/)
  await expect(statusFindings(page)).toContainText('1 warning')
  await firstBreak.getByRole('button', { name: 'CMG GraniteFalls' }).click()
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'cmg-granitefalls')
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/screenshots/findings-whatif.png' })

  await tab(page, 'Problems').click()
  await expect(findingRow(problems(page), 'CMG-CAP-001')).toBeVisible()
  await expect(problems(page)).toContainText('What-if ×1.6')
  // Evaluation only: no edit, no undo step, the title's dirty marker unchanged.
  await expect(page).toHaveTitle(title)
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()
  const after = await settled(page)
  expect(after.revision).toBe(before.revision)

  await problems(page).getByRole('button', { name: 'Back to ×1' }).click()
  await expect(findingRow(problems(page), 'CMG-CAP-001')).toHaveCount(0)
  expectNoProblems(pageProblems)
})

test('the cost panel shows unknown prices honestly and totals a priced design with its assumptions', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  await tab(page, 'Cost').click()
  const cost = page.getByRole('region', { name: 'Cost estimate' })
  await expect(cost.getByTestId('cost-total')).toHaveText('unknown')
  await expect(cost).toContainText('Price book: no currency set, undated')
  await expect(cost).toContainText('unknown: the price book has no hourly rate for Standard_A2_v2')

  const priced = JSON.parse(readFileSync(templatePath('contoso'), 'utf8')) as {
    design: Record<string, unknown>
  }
  priced.design.priceBook = {
    currency: 'EUR',
    asOf: '2026-10-01',
    hoursPerMonth: 730,
    vmHourly: { Standard_B2s: null, Standard_A2_v2: 0.12, Standard_A4_v2: null },
    egressPerGB: 0.08,
    storagePerGBMonth: 0.02,
    egressMBPerClientMonth: 200,
  }
  expect(await hooks(page).openText('contoso-priced.cmgd', JSON.stringify(priced))).toMatchObject({
    ok: true,
  })
  await tab(page, 'Cost').click()
  // 2 VMs × 730 h × 0.12 = 175.20; 8,000 clients × 200 MB = 1,562.5 GB × 0.08 = 125.00; no content.
  await expect(cost.getByTestId('cost-total')).toHaveText('EUR 300.20')
  await expect(cost).toContainText('Price book: EUR, dated 2026-10-01')
  const cmg = cost.getByRole('article', { name: 'Cost of CMG GraniteFalls' })
  await expect(cmg.getByRole('row', { name: /Virtual machines/ })).toContainText('EUR 175.20')
  await expect(cmg.getByRole('row', { name: /Outbound data/ })).toContainText('EUR 125.00')
  await expect(cost.locator('.cost-assumptions li')).toHaveCount(4)
  await expect(cost).toContainText('edited in the design settings')
  await page.screenshot({ path: 'test-results/screenshots/findings-cost.png' })
  expectNoProblems(pageProblems)
})

test('Fourth Coffee shows two CMG-HA-002 warnings, with badges on their elements', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'fourth-coffee')
  await tab(page, 'Problems').click()
  const warnings = problems(page).getByRole('region', { name: 'Warnings' })
  await expect(findingRow(warnings, 'CMG-HA-002')).toHaveCount(2)
  await expect(findingRow(warnings, 'CMG-HA-002').first()).toContainText(
    'Fewer than two CMG connection points per site',
  )
  await expect(
    canvasNode(page, 'CMG connection point CMGCP-SEA').getByRole('button', {
      name: '1 warning',
      exact: true,
    }),
  ).toBeVisible()
  await expect(
    canvasNode(page, 'Cloud management gateway FourthCoffeeCMG').getByRole('button', {
      name: '2 warnings, 2 info',
      exact: true,
    }),
  ).toBeVisible()
  // The capacity bar's tooltip lists every row of the element.
  await expect(canvasNode(page, 'CMG connection point CMGCP-SEA').getByRole('meter')).toHaveAttribute(
    'title',
    /Client connections through this server.*12,000 \/ 16,384 \(73 %\)\nCMG VMs served.*4 \/ 4 \(100 %\)/,
  )
  await page.getByRole('button', { name: 'Fit view' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/screenshots/findings-badges.png' })
  expectNoProblems(pageProblems)
})

test('the rules run once per committed change and never during a drag', async ({
  page,
  problems: pageProblems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  const before = await settled(page)
  const pop = canvasNode(page, 'Client population Roaming laptops')
  const box = await pop.boundingBox()
  if (!box) throw new Error('population not visible')
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + box.height / 2 + 40, { steps: 15 })
  await page.mouse.move(box.x + 90, box.y + box.height / 2 + 80, { steps: 15 })
  await page.mouse.up()
  const after = await settled(page)
  expect(after.submitted - before.submitted).toBe(1)
  expect(after.evaluationCount - before.evaluationCount).toBe(1)
  expect(after.revision).toBeGreaterThan(before.revision)
  expectNoProblems(pageProblems)
})

for (const id of ['contoso', 'fourth-coffee', 'lab'] as const) {
  test(`the worker's findings for ${id} equal the command-line tool's JSON`, async ({
    page,
    problems: pageProblems,
  }) => {
    const cli = join(root, 'bin', 'cmg-designer.cjs')
    expect(existsSync(join(root, 'out', 'cli', 'index.cjs')), 'build the CLI first: npm run build:cli').toBe(
      true,
    )
    // The app dates a design made from a template today; open it on the template's own date so
    // both sides evaluate the same design.
    await openTemplateOnItsDate(page, id)
    await settled(page)
    const inBrowser = await page.evaluate(() =>
      (window.__cmgFindings?.lastEvaluation()?.findings ?? []).map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        nodeIds: f.nodeIds,
        message: f.message,
      })),
    )
    // The CLI exits 1 when a design has errors; its JSON is on stdout either way.
    let stdout: string
    try {
      stdout = execFileSync(process.execPath, [cli, 'validate', templatePath(id), '--format', 'json'], {
        encoding: 'utf8',
      })
    } catch (e) {
      stdout = (e as { stdout?: string }).stdout ?? ''
    }
    const fromCli = (JSON.parse(stdout) as { findings: typeof inBrowser }).findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      nodeIds: f.nodeIds,
      message: f.message,
    }))
    expect(fromCli.length).toBeGreaterThan(0)
    expect(inBrowser).toEqual(fromCli)
    expectNoProblems(pageProblems)
  })
}
