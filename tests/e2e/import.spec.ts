// File ▸ Import from Configuration Manager through the UI (browser build, exports supplied through
// its importFiles hook as the native dialog would): the CAS hierarchy from an Export-Csv file and a
// UTF-16 ConvertTo-Json file opens as a new unsaved design, auto-laid out, with the import report
// (unknown role, roles not modelled, properties not imported) in a dialog; a damaged export is
// explained naming the file, and the design that was open stays as it was.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const fixtures = join(__dirname, '..', 'fixtures', 'import')
const asBase64 = (name: string) => ({
  fileName: name,
  base64: readFileSync(join(fixtures, name)).toString('base64'),
})

test('importing a CAS hierarchy shows the design and the import report', async ({ page, problems }) => {
  await openApp(page)
  const files = [asBase64('cas-sites.json'), asBase64('cas-roles.csv')]
  const read = await page.evaluate((f) => window.__cmgBrowser!.importFiles(f), files)
  expect(read.ok).toBe(true)

  const report = page.getByRole('dialog', { name: 'Imported from Configuration Manager' })
  await expect(report).toBeVisible()
  await expect(report).toContainText('Created 4 sites, 7 servers and 10 roles.')
  const details = report.getByRole('list', { name: 'Import report' })
  await expect(details).toContainText('“SMS Future Widget Point” on CM-P02.contoso.com (P02)')
  await expect(details).toContainText(
    'Fallback status point (“SMS Fallback Status Point”) on CM-P02.contoso.com (P02)',
  )
  await expect(details).toContainText(
    'Management point on CM-P01.contoso.com (P01): allowCmgTraffic, aspNet45',
  )
  await page.screenshot({ path: 'test-results/screenshots/import-report.png' })
  await report.getByRole('button', { name: 'OK' }).click()
  await expect(report).toHaveCount(0)

  await expect(page).toHaveTitle('Untitled • — CMG Designer')
  for (const name of [
    'Site Contoso Central Administration',
    'Site Contoso Europe, Amsterdam',
    'Site Contoso "Americas"',
    'Server CM-P01.contoso.com',
    'Management point CM-P01',
    'CMG connection point P01-CMGCP',
    'Service connection point CM-CAS',
  ])
    await expect(canvasNode(page, name)).toBeVisible()
  await expect(page.locator('.react-flow__node')).toHaveCount(4 + 7 + 10)
  await page.screenshot({ path: 'test-results/screenshots/import-design.png' })
  expectNoProblems(problems)
})

test('a damaged export is explained by name and changes nothing', async ({ page, problems }) => {
  await openApp(page, 'lab')
  const files = [asBase64('cas-sites.csv'), asBase64('damaged-roles.json')]
  await page.evaluate((f) => void window.__cmgBrowser!.importFiles(f), files)

  const dialog = page.getByRole('alertdialog', { name: 'The exports could not be imported' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('“damaged-roles.json” cannot be imported: it is not valid JSON')
  await expect(dialog).toContainText('Nothing was imported.')
  await page.screenshot({ path: 'test-results/screenshots/import-damaged.png' })
  await dialog.getByRole('button', { name: 'OK' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(canvasNode(page, 'Server LAB-CM01')).toBeVisible()
  await expect(page).toHaveTitle('Untitled — CMG Designer')
  expectNoProblems(problems)
})

test('updating from a newer export shows the changes and applies them only when accepted', async ({
  page,
  problems,
}) => {
  await openApp(page)
  await page.evaluate(
    (f) => window.__cmgBrowser!.importFiles(f),
    [asBase64('cas-sites.csv'), asBase64('cas-roles.csv')],
  )
  await page
    .getByRole('dialog', { name: 'Imported from Configuration Manager' })
    .getByRole('button', { name: 'OK' })
    .click()
  await expect(canvasNode(page, 'Server CM-P02.contoso.com')).toBeVisible()

  const newer = [asBase64('cas-sites-newer.csv'), asBase64('cas-roles-newer.csv')]
  const update = page.getByRole('dialog', { name: 'Update from Configuration Manager' })
  await page.evaluate((f) => void window.__cmgBrowser!.importFiles(f, { update: true }), newer)
  const changes = update.getByRole('list', { name: 'Update from Configuration Manager' })
  await expect(changes).toContainText('Management point on CM-P02.contoso.com (P02): protocol http → https')
  await expect(changes).toContainText('Add Server P02-DP3.contoso.com (P02)')
  await expect(changes).toContainText('Site S01 now reports to P02 (was P01)')
  await expect(changes).toContainText('Server P01-DP2.contoso.com (P01)')
  await page.screenshot({ path: 'test-results/screenshots/import-update.png' })
  await update.getByRole('button', { name: 'Cancel' }).click()
  await expect(canvasNode(page, 'Server P02-DP3.contoso.com')).toHaveCount(0)

  await page.evaluate((f) => void window.__cmgBrowser!.importFiles(f, { update: true }), newer)
  await update.getByRole('button', { name: 'Apply 5 changes' }).click()
  await expect(canvasNode(page, 'Server P02-DP3.contoso.com')).toBeVisible()
  await expect(canvasNode(page, 'Server P01-DP2.contoso.com')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/import-updated.png' })
  // One undoable step.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(canvasNode(page, 'Server P02-DP3.contoso.com')).toHaveCount(0)
  expectNoProblems(problems)
})
