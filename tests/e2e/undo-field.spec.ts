// One undo stack: once a value typed in an inspector field is committed (Enter), Ctrl+Z pressed in
// that same field undoes the design change, and the field shows the restored value; while the field
// still has uncommitted typing, Ctrl+Z undoes the typing and leaves the design alone.
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'

test('Ctrl+Z in a field after Enter undoes the design change', async ({ page, problems }) => {
  await openApp(page, 'contoso')
  const gateway = canvasNode(page, 'Cloud management gateway GraniteFalls')
  await gateway.click()
  const vms = page.getByRole('region', { name: 'Selection' }).getByLabel('VM instances', { exact: true })
  await expect(vms).toHaveValue('2')
  await expect(gateway).toContainText('2 × Standard_A2_v2')

  await vms.click()
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.type('1')
  await page.keyboard.press('Enter')
  await expect(gateway).toContainText('1 × Standard_A2_v2')

  await page.keyboard.press(`${MOD}+z`)
  await expect(gateway).toContainText('2 × Standard_A2_v2')
  await expect(vms).toHaveValue('2')
  await expect(vms).toBeFocused()

  // Uncommitted typing: Ctrl+Z takes the typing back, not the design (Ctrl+Y would redo the 1).
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.type('3')
  await page.keyboard.press(`${MOD}+z`)
  await expect(vms).not.toHaveValue('3')
  await expect(gateway).toContainText('2 × Standard_A2_v2')
  expectNoProblems(problems)
})
