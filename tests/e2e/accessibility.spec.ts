// axe (every rule it runs by default) finds nothing on the whole editor with a template open: with
// nothing selected, with a CMG and with a site-system role selected (the inspector showing their
// forms), with the legend collapsed, and with the "Connect to…" dialog open. Also the names axe
// cannot judge: no two regions of the inspector, and no two of its fields, share a name. A failure
// lists each violation with its rule, its elements and axe's advice.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openTemplateOnItsDate, test } from './fixtures'

const selection = (page: Page) => page.getByRole('region', { name: 'Selection' })

/** Runs axe on the whole page; the violations as readable lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n` +
      v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  )
}

async function expectAxeClean(page: Page): Promise<void> {
  const found = await violations(page)
  expect.soft(found, found.join('\n')).toEqual([])
}

/** The accessible names of the inspector's regions and of its form controls that appear twice. */
async function repeatedNames(page: Page): Promise<string[]> {
  const inspector = selection(page)
  const names: string[] = []
  for (const role of ['region', 'textbox', 'combobox', 'spinbutton', 'checkbox'] as const)
    for (const element of await inspector.getByRole(role).all()) {
      const label =
        (await element.getAttribute('aria-label')) ??
        (await element.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''))
      names.push(`${role} "${label}"`)
    }
  return names.filter((name, i) => names.indexOf(name) !== i)
}

test.describe('accessibility of the editor', () => {
  test('axe finds no violation: nothing selected, a CMG, a role, the legend collapsed', async ({
    page,
    problems,
  }) => {
    await openTemplateOnItsDate(page, 'contoso')
    await expectAxeClean(page)

    await canvasNode(page, 'Cloud management gateway GraniteFalls').click()
    await expect(selection(page)).toContainText('GraniteFalls')
    await expectAxeClean(page)
    expect(await repeatedNames(page)).toEqual([])
    // The CMG's own region and its resource group's are told apart by name.
    await expect(selection(page).getByRole('combobox', { name: 'Region', exact: true })).toHaveCount(1)
    await expect(
      selection(page).getByRole('combobox', { name: 'Resource group Region', exact: true }),
    ).toHaveCount(1)
    await expect(selection(page).getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(1)

    await canvasNode(page, 'Management point MP01').click()
    await expect(selection(page)).toContainText('MP01')
    await expectAxeClean(page)
    expect(await repeatedNames(page)).toEqual([])
    await expect(selection(page).getByRole('region', { name: 'Connections', exact: true })).toHaveCount(1)

    // The legend's toggle is a button that says whether the legend is open.
    const legendToggle = page.getByRole('button', { name: 'Connections', exact: true })
    await expect(legendToggle).toHaveAttribute('aria-expanded', 'true')
    await legendToggle.click()
    await expect(legendToggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByText('Connection point linked to CMG', { exact: true })).toBeHidden()
    await expectAxeClean(page)
    expectNoProblems(problems)
  })

  test('axe finds no violation with the Connect dialog open, or its "nothing selected" message', async ({
    page,
    problems,
  }) => {
    await openTemplateOnItsDate(page, 'fourth-coffee')
    await page.keyboard.press('Control+k')
    const nothing = page.getByRole('dialog', { name: 'Connect to…' })
    await expect(nothing).toContainText('Select one element first')
    await expectAxeClean(page)
    await page.keyboard.press('Escape')
    await expect(nothing).toBeHidden()

    await canvasNode(page, 'Cloud management gateway FourthCoffeeCMG').click()
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Connect FourthCoffeeCMG to…' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('option').first()).toBeVisible()
    await expectAxeClean(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    expectNoProblems(problems)
  })
})
