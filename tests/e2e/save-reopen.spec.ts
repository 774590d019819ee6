// A design survives the round trip a consultant makes every day: open a template, edit it, save,
// open the saved file again (through the same Open path), and find exactly the edited design, clean.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDesignFile } from '../../src/shared/format/parse'
import { TEST_TODAY } from '../support/today'
import { canvasNode, expect, expectNoProblems, hooks, openApp, test } from './fixtures'

const template = readFileSync(join(__dirname, '../../resources/templates/contoso.cmgd'), 'utf8')

test('open a template, edit, save, reopen: the reopened design is the edited one and is clean', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await canvasNode(page, 'Cloud management gateway GraniteFalls').click()
  const vmCount = page.getByRole('region', { name: 'Selection' }).getByLabel('VM instances', { exact: true })
  await vmCount.fill('3')
  await vmCount.press('Enter')
  await expect(page).toHaveTitle('Untitled • — CMG Designer')

  await page.keyboard.press('Control+s')
  const fileName = 'Contoso – standalone primary with CMG.cmgd'
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  const saved = (await hooks(page).files())[fileName]
  expect(saved).toBeDefined()

  // The saved file is the template with exactly that one change.
  const savedDoc = parseDesignFile(saved!)
  const original = parseDesignFile(template)
  if (!savedDoc.ok || !original.ok) throw new Error('saved or template file does not load')
  // A design made from a template is dated today.
  const expected = structuredClone(original.value.doc)
  expected.design.evaluationDate = TEST_TODAY
  const cmg = expected.nodes.find((n) => n.id === 'cmg-granitefalls')
  if (cmg?.kind !== 'cmg') throw new Error('template has no CMG')
  cmg.props.vmCount = 3
  expect(savedDoc.value.doc.nodes).toEqual(expected.nodes)
  expect(savedDoc.value.doc.edges).toEqual(expected.edges)
  expect(savedDoc.value.doc.design).toEqual(expected.design)

  // Reopen it in a fresh window: same design, shown clean under its file name.
  await openApp(page)
  expect((await hooks(page).openText(fileName, saved!)).ok).toBe(true)
  await expect(page).toHaveTitle(`${fileName} — CMG Designer`)
  await expect(
    canvasNode(page, 'Cloud management gateway GraniteFalls').locator('.node-line').first(),
  ).toHaveText('3 × Standard_A2_v2')
  await expect(page.locator('.react-flow__node')).toHaveCount(original.value.doc.nodes.length)
  expectNoProblems(problems)
})
