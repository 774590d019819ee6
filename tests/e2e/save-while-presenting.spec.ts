// Saving is never refused while presenting: unsaved edits made before a workshop can be saved with
// Ctrl+S during the presentation (the same command main's close prompt sends when the window is
// closed with "Save"), and the presentation stays on, read-only.
import { canvasNode, expect, expectNoProblems, hooks, openApp, test } from './fixtures'

test('Ctrl+S in presentation mode saves the unsaved design and keeps presenting', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await canvasNode(page, 'Cloud management gateway GraniteFalls').click()
  const vmCount = page.getByRole('region', { name: 'Selection' }).getByLabel('VM instances', { exact: true })
  await vmCount.fill('3')
  await vmCount.press('Enter')
  await expect(page).toHaveTitle('Untitled • — CMG Designer')

  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('F5')
  const presentation = page.getByRole('dialog', { name: /^Presentation of / })
  await expect(presentation).toBeVisible()

  await page.keyboard.press('Control+s')
  const fileName = 'Contoso – standalone primary with CMG.cmgd'
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  expect((await hooks(page).files())[fileName]).toContain('"vmCount": 3')
  await expect(presentation).toBeVisible()
  // Other editing shortcuts stay refused: Ctrl+Z does not undo the saved edit.
  await page.keyboard.press('Control+z')
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  expectNoProblems(problems)
})
