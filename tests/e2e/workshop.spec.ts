// Presentation mode for workshops: F5 hides the editing chrome, nothing can be moved, deleted or
// undone while presenting, leaving (Esc) puts the editor back with the design still clean; and
// stepping through the Contoso template's three phases shows the elements of each phase with the
// findings, capacity and cost of that step (compared with the rules engine run on the step's
// sub-design). One screenshot per step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseDesignFile } from '../../src/shared/format/parse'
import type { DesignDocument } from '../../src/shared/model/document'
import { formatMoney, formatNumber } from '../../src/shared/report/labels'
import { evaluateDesign } from '../../src/shared/rules/engine'
import { designAtPhase } from '../../src/renderer/src/presentation/phase-filter'
import { canvasNode, expect, expectNoProblems, hooks, openApp, test } from './fixtures'

const SHOTS = 'test-results/screenshots'

/** The Contoso template with a dated example price book, so every step has a cost. */
function contosoWithPrices(): { text: string; doc: DesignDocument } {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../resources/templates/contoso.cmgd'), 'utf8')) as {
    design: Record<string, unknown>
  }
  raw.design.priceBook = {
    currency: 'EUR',
    asOf: '2026-01-15',
    hoursPerMonth: 730,
    vmHourly: { Standard_B2s: 0.05, Standard_A2_v2: 0.1, Standard_A4_v2: 0.2 },
    egressPerGB: 0.08,
    storagePerGBMonth: 0.02,
    egressMBPerClientMonth: 200,
  }
  const text = JSON.stringify(raw, null, 2)
  const loaded = parseDesignFile(text)
  if (!loaded.ok) throw new Error(loaded.error.message)
  return { text, doc: loaded.value.doc }
}

const presentation = (page: Page) => page.getByRole('dialog', { name: /^Presentation of / })

/** The transform of a node on the editing canvas (its position on screen). */
const nodeTransform = (page: Page, name: string) =>
  canvasNode(page, name).evaluate((el) => (el as HTMLElement).style.transform)

test('presentation hides the editing chrome, blocks edits and leaves the design clean', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const mp = canvasNode(page, 'Management point MP01')
  await mp.click()
  const before = await nodeTransform(page, 'Management point MP01')
  await expect(page.getByTestId('status-counts')).toHaveText('12 elements · 4 connections')
  await expect(page.locator('.save-state')).toHaveText('Not saved yet')

  await page.keyboard.press('F5')
  const shown = presentation(page)
  await expect(shown).toBeVisible()
  await expect(page.locator('.palette')).toBeHidden()
  await expect(page.locator('.side-panel')).toBeHidden()
  await expect(page.locator('.toolbar')).toBeHidden()
  await expect(shown.locator('.react-flow__handle:visible')).toHaveCount(0)
  await expect(shown.locator('.react-flow__resize-control')).toHaveCount(0)
  await expect(shown.locator('.react-flow__controls, .react-flow__minimap')).toHaveCount(0)

  // Go to the last step (everything shown) and try every way of changing the design.
  await page.keyboard.press('End')
  const presentedMp = shown.locator('.react-flow__node', { hasText: 'MP01' })
  const box = await presentedMp.boundingBox()
  if (!box) throw new Error('MP01 is not drawn in the presentation')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 200, box.y + 150, { steps: 8 })
  await page.mouse.up()
  await expect(presentedMp).toHaveCSS('cursor', 'default')
  for (const key of ['Delete', 'Backspace', 'Control+a', 'Control+d', 'Control+x', 'Control+z', 'F2'])
    await page.keyboard.press(key)
  await expect(shown).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/presentation.png` })

  await page.keyboard.press('Escape')
  await expect(shown).toHaveCount(0)
  await expect(page.locator('.palette')).toBeVisible()
  await expect(page.getByTestId('status-counts')).toHaveText('12 elements · 4 connections')
  await expect(page.locator('.save-state')).toHaveText('Not saved yet')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  expect(await nodeTransform(page, 'Management point MP01')).toBe(before)

  // The toolbar button presents too, and the Exit button leaves.
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  await expect(presentation(page)).toBeVisible()
  await page.getByRole('button', { name: /Exit presentation/ }).click()
  await expect(presentation(page)).toHaveCount(0)

  // Editing works again once the presentation is over.
  await mp.click()
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('status-counts')).toHaveText('11 elements · 4 connections')
  await expect(page.locator('.save-state')).toHaveText('Unsaved changes')
  expectNoProblems(problems)
})

test('stepping through the phases shows each step’s elements, findings, capacity and cost', async ({
  page,
  problems,
}) => {
  const { text, doc } = contosoWithPrices()
  await openApp(page)
  const opened = await hooks(page).openText('contoso-priced.cmgd', text)
  expect(opened.ok).toBe(true)
  await page.keyboard.press('F5')
  const shown = presentation(page)
  await expect(shown).toBeVisible()

  const phases = doc.design.phases
  expect(phases.map((p) => p.name)).toEqual(['Today', 'Pilot', 'Target'])
  const expectedNodes = [5, 10, 12]
  for (const [i, phase] of phases.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight')
    const step = designAtPhase(doc, phase.id)
    const evaluation = evaluateDesign(step)
    expect(step.nodes).toHaveLength(expectedNodes[i] ?? -1)

    await expect(shown.locator('.present-step-label')).toHaveText(`Step ${i + 1} of 3: ${phase.name}`)
    await expect(shown.getByRole('button', { name: new RegExp(phase.name) })).toHaveAttribute(
      'aria-current',
      'step',
    )
    await expect(shown.locator('.react-flow__node')).toHaveCount(step.nodes.length)
    await expect(shown.locator('.react-flow__edge')).toHaveCount(step.edges.length)
    for (const node of step.nodes)
      await expect(shown.locator(`.react-flow__node[data-id="${node.id}"]`)).toBeVisible()
    await expect(shown.getByTestId('present-elements')).toContainText(`${step.nodes.length} elements`)

    const { errors, warnings, info } = evaluation.summary
    if (errors + warnings + info === 0) await expect(shown.getByText('No findings')).toBeVisible()
    else
      await expect(shown.getByTestId('present-finding-counts')).toHaveText(
        [
          `${errors} ${errors === 1 ? 'error' : 'errors'}`,
          `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
          `${info} ${info === 1 ? 'notice' : 'notices'}`,
        ].join(''),
      )
    // The capacity row closest to its limit comes first, with its numbers.
    const [fullest] = [...evaluation.capacity].sort((a, b) => b.load / b.limit - a.load / a.limit)
    if (fullest)
      await expect(shown.getByTestId('present-capacity').locator('li').first()).toContainText(
        `${formatNumber(fullest.load)} of ${formatNumber(fullest.limit)}`,
      )
    else await expect(shown.getByText('No capacity to measure at this step.')).toBeVisible()
    const cost = evaluation.cost
    await expect(shown.getByTestId('present-cost')).toHaveText(
      cost.cmgs.length === 0 ? 'None' : `${formatMoney(cost.monthly ?? NaN)} EUR`,
    )
    await page.screenshot({ path: `${SHOTS}/workshop-phase-${i + 1}.png` })
  }

  // The steps differ where the story says they should.
  const today = evaluateDesign(designAtPhase(doc, 'today'))
  const pilot = evaluateDesign(designAtPhase(doc, 'pilot'))
  expect(today.cost.cmgs).toHaveLength(0)
  expect(pilot.cost.monthly).toBeGreaterThan(0)
  // "New" marks the new server; the connection point inside it is new with it.
  await expect(shown.locator('.react-flow__node[data-id="srv-nyc-cp2"] .present-chip.is-new')).toHaveText(
    'New',
  )
  await expect(shown.locator('.react-flow__node[data-id="cp-nyc-2"] .present-chip.is-new')).toHaveCount(0)

  // Past the last step stays there; Left and Home go back; the strip jumps.
  await page.keyboard.press('ArrowRight')
  await expect(shown.locator('.present-step-label')).toHaveText('Step 3 of 3: Target')
  await page.keyboard.press('ArrowLeft')
  await expect(shown.locator('.present-step-label')).toHaveText('Step 2 of 3: Pilot')
  await page.keyboard.press('Home')
  await expect(shown.locator('.react-flow__node')).toHaveCount(5)
  await shown.getByRole('button', { name: /Target/ }).click()
  await expect(shown.locator('.react-flow__node')).toHaveCount(12)
  await page.keyboard.press('PageUp')
  await expect(shown.locator('.present-step-label')).toHaveText('Step 2 of 3: Pilot')

  await page.keyboard.press('Escape')
  await expect(shown).toHaveCount(0)
  await expect(page.locator('.save-state')).toHaveText('Saved as contoso-priced.cmgd')
  expectNoProblems(problems)
})

test("presentation checks a design without an evaluation date on today's date, as the editor does", async ({
  page,
  problems,
}) => {
  // Configuration Manager 2403 went out of support in 2025: on any day the suites run.
  const raw = JSON.parse(readFileSync(join(__dirname, '../../resources/templates/contoso.cmgd'), 'utf8')) as {
    design: Record<string, unknown>
  }
  raw.design.cmVersion = 2403
  delete raw.design.evaluationDate
  await openApp(page)
  expect((await hooks(page).openText('contoso-undated.cmgd', JSON.stringify(raw))).ok).toBe(true)
  await expect
    .poll(() =>
      page.evaluate(() => window.__cmgFindings?.lastEvaluation()?.findings.map((f) => f.ruleId) ?? []),
    )
    .toContain('CMG-VER-001')

  await page.keyboard.press('F5')
  const findings = presentation(page).getByRole('list', { name: 'Most important findings' })
  await expect(findings).toContainText('ConfigMgr version out of support')
  expectNoProblems(problems)
})
