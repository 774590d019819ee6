// Honest what-if: a growth factor set in the Capacity tab keeps scaling the canvas's capacity bars
// after the tab is left, so a chip with the factor and a reset button shows on the canvas and in
// the status bar whenever the factor is not ×1; resetting brings the bars back and the chips go.
import { canvasNode, expect, expectNoProblems, openTemplateOnItsDate, test } from './fixtures'

const CMG = 'Cloud management gateway GraniteFalls'

test('a what-if factor left in force shows as a chip on the canvas and in the status bar until reset', async ({
  page,
  problems,
}) => {
  await openTemplateOnItsDate(page, 'contoso')
  const meter = canvasNode(page, CMG).getByRole('meter')
  const canvasChip = page.getByRole('group', { name: 'What-if factor on the canvas' })
  const statusChip = page.getByRole('group', { name: 'What-if factor on the status bar' })
  await expect(meter).toHaveAttribute('aria-valuetext', /.+/)
  const atOne = await meter.getAttribute('aria-valuetext')
  await expect(canvasChip).toHaveCount(0)
  await expect(statusChip).toHaveCount(0)

  await page.getByRole('tab', { name: 'Capacity' }).click()
  await page.getByRole('spinbutton', { name: 'Growth factor' }).fill('1.5')
  await page.getByRole('tab', { name: 'Inspector' }).click()
  await expect(page.getByRole('region', { name: 'What-if growth' })).toHaveCount(0)

  await expect(meter).not.toHaveAttribute('aria-valuetext', atOne!)
  await expect(canvasChip).toBeVisible()
  await expect(canvasChip).toContainText('×1.5')
  await expect(statusChip).toBeVisible()
  await expect(statusChip).toContainText('×1.5')
  // The chip sits clear of the other overlays on the canvas.
  const chip = (await canvasChip.boundingBox())!
  for (const other of await page
    .locator('.canvas .react-flow__panel:not(.whatif-chip-panel)')
    .evaluateAll((panels) => panels.map((p) => p.getBoundingClientRect().toJSON() as DOMRect)))
    expect(
      chip.x < other.right &&
        other.left < chip.x + chip.width &&
        chip.y < other.bottom &&
        other.top < chip.y + chip.height,
    ).toBe(false)
  await page.screenshot({ path: 'test-results/screenshots/what-if-chip.png' })

  await canvasChip.getByRole('button', { name: 'Reset the what-if factor to ×1' }).click()
  await expect(meter).toHaveAttribute('aria-valuetext', atOne!)
  await expect(canvasChip).toHaveCount(0)
  await expect(statusChip).toHaveCount(0)
  expectNoProblems(problems)
})

test('the chip opens the Capacity tab and the status bar chip resets too', async ({ page, problems }) => {
  await openTemplateOnItsDate(page, 'contoso')
  await page.getByRole('tab', { name: 'Capacity' }).click()
  await page.getByRole('spinbutton', { name: 'Growth factor' }).fill('2')
  await page.getByRole('tab', { name: 'Cost' }).click()
  const statusChip = page.getByRole('group', { name: 'What-if factor on the status bar' })
  await statusChip.getByRole('button', { name: /What-if: clients ×2/ }).click()
  await expect(page.getByRole('tab', { name: 'Capacity' })).toHaveAttribute('aria-selected', 'true')
  await statusChip.getByRole('button', { name: 'Reset the what-if factor to ×1' }).click()
  await expect(page.getByRole('spinbutton', { name: 'Growth factor' })).toHaveValue('1')
  await expect(page.getByRole('group', { name: /What-if factor/ })).toHaveCount(0)
  expectNoProblems(problems)
})
