// Phases propagate to what a container holds (#15 item 9): on the canvas every element shows the
// phase it appears in when presenting; a CMG without a phase of its own inside the Pilot
// subscription shows Pilot, dashed, with a tooltip naming the subscription, and its inspector says
// so under the Phase field; elements that are always present show none.
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

test("an element shows the phase it appears in, its container's when it has none", async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const cmg = canvasNode(page, 'Cloud management gateway GraniteFalls')
  await expect(cmg.locator('.node-phase')).toHaveText('Pilot')

  // Clear the CMG's own phase: it still appears at Pilot, with its subscription.
  await cmg.click()
  await page.getByRole('combobox', { name: 'Phase' }).selectOption({ label: 'All phases' })
  const marker = cmg.locator('.node-phase')
  await expect(marker).toHaveText('Pilot')
  await expect(marker).toHaveClass(/is-inherited/)
  await expect(marker).toHaveAttribute('title', 'Appears at the Pilot phase, with Contoso production')
  await expect(page.getByText('Appears at Pilot, with Contoso production.')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/phase-marker.png' })

  await expect(canvasNode(page, 'Management point MP01').locator('.node-phase')).toHaveCount(0)
  expectNoProblems(problems)
})
