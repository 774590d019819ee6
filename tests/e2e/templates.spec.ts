// Each built-in template opens on the canvas with all its elements and connections, shows a few
// named elements by their accessible names, and is captured as a screenshot for review.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

type TemplateId = 'contoso' | 'fourth-coffee' | 'lab'

const NAMED: Record<TemplateId, string[]> = {
  contoso: [
    'Site New York City HQ',
    'Server NYC-SS',
    'Management point MP01',
    'CMG connection point CMGCP02',
    'Cloud management gateway GraniteFalls',
    'Client population Roaming laptops',
  ],
  'fourth-coffee': [
    'Site Seattle CAS',
    'Site Paris primary',
    'Management point MP-PAR',
    'Azure subscription Fourth Coffee IT',
    'Cloud management gateway FourthCoffeeCMG',
  ],
  lab: [
    'Site Lab primary',
    'Server LAB-CM01',
    'Software update point SUP01',
    'Client population Test clients',
  ],
}

function templateCounts(id: TemplateId): { nodes: number; edges: number; name: string } {
  const doc = JSON.parse(
    readFileSync(join(__dirname, '../../resources/templates', `${id}.cmgd`), 'utf8'),
  ) as {
    nodes: unknown[]
    edges: unknown[]
    design: { name: string }
  }
  return { nodes: doc.nodes.length, edges: doc.edges.length, name: doc.design.name }
}

for (const id of Object.keys(NAMED) as TemplateId[]) {
  test(`template "${id}" opens with every element on the canvas`, async ({ page, problems }) => {
    const expected = templateCounts(id)
    await openApp(page, id)

    await expect(page.locator('.react-flow__node')).toHaveCount(expected.nodes)
    await expect(page.locator('.react-flow__edge')).toHaveCount(expected.edges)
    for (const name of NAMED[id]) await expect(canvasNode(page, name)).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(expected.name)
    await expect(page.getByTestId('status-counts')).toHaveText(
      `${expected.nodes} elements · ${expected.edges} ${expected.edges === 1 ? 'connection' : 'connections'}`,
    )
    await expect(page).toHaveTitle('Untitled — CMG Designer')

    await page.screenshot({ path: `test-results/screenshots/template-${id}.png` })
    expectNoProblems(problems)
  })
}
