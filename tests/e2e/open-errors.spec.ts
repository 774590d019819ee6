// Opening damaged, foreign and newer files shows an in-app error dialog that names the file and the
// problem (with every invalid value listed), and leaves the design that was open untouched. A good
// file opened the same way replaces the design and titles the window with its name.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { canvasNode, expect, expectNoProblems, hooks, openApp, test } from './fixtures'

const contosoText = readFileSync(join(__dirname, '../../resources/templates/contoso.cmgd'), 'utf8')
const labText = readFileSync(join(__dirname, '../../resources/templates/lab.cmgd'), 'utf8')

interface RawDoc {
  formatVersion: number
  nodes: { id: string; kind: string; props: Record<string, unknown> }[]
  edges: { id: string; kind: string }[]
}

function contosoWith(change: (doc: RawDoc) => void): string {
  const doc = JSON.parse(contosoText) as RawDoc
  change(doc)
  return JSON.stringify(doc, null, 2)
}

const cmgIndex = (JSON.parse(contosoText) as RawDoc).nodes.findIndex((n) => n.kind === 'cmg')
const assignedIndex = (JSON.parse(contosoText) as RawDoc).edges.findIndex((e) => e.kind === 'assignedTo')

const CASES: { name: string; file: string; text: string; title: string; detail?: string }[] = [
  {
    name: 'truncated JSON',
    file: 'truncated.cmgd',
    text: contosoText.slice(0, Math.floor(contosoText.length / 2)),
    title: 'The file is damaged (not valid JSON)',
  },
  {
    name: "another application's JSON",
    file: 'drawing.json',
    text: JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }),
    title: 'This is not a CMG Designer file',
  },
  {
    name: 'a file from a newer version',
    file: 'future.cmgd',
    text: contosoWith((d) => {
      d.formatVersion = 99
    }),
    title: 'The file was made by a newer version of CMG Designer',
  },
  {
    name: 'a negative CMG VM count',
    file: 'negative-vms.cmgd',
    text: contosoWith((d) => {
      d.nodes[cmgIndex]!.props.vmCount = -2
    }),
    title: 'The file contains invalid values',
    detail: `nodes[${cmgIndex}].props.vmCount: must be between 0 and 99`,
  },
  {
    name: 'an edge of the wrong kind',
    file: 'wrong-edge.cmgd',
    text: contosoWith((d) => {
      d.edges[assignedIndex]!.kind = 'linkedTo'
    }),
    title: 'The file contains invalid values',
    detail: `edges[${assignedIndex}].kind: a linkedTo edge runs from cmgConnectionPoint to cmg, not from clientPopulation to site`,
  },
]

for (const c of CASES) {
  test(`opening ${c.name} explains the problem and keeps the open design`, async ({ page, problems }) => {
    await openApp(page, 'lab')
    const result = await hooks(page).openText(c.file, c.text)
    expect(result.ok).toBe(false)

    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading')).toHaveText(c.title)
    await expect(dialog).toContainText(c.file)
    if (c.detail) await expect(dialog.getByRole('list', { name: 'Problems found' })).toContainText(c.detail)
    await page.screenshot({ path: `test-results/screenshots/open-error-${c.file.replace(/\W+/g, '-')}.png` })

    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(canvasNode(page, 'Server LAB-CM01')).toBeVisible()
    await expect(page).toHaveTitle('Untitled — CMG Designer')
    expectNoProblems(problems)
  })
}

test('opening a valid file replaces the design and names the window after it', async ({ page, problems }) => {
  await openApp(page)
  const result = await hooks(page).openText('proof-of-concept.cmgd', labText)
  expect(result.ok).toBe(true)
  await expect(page).toHaveTitle('proof-of-concept.cmgd — CMG Designer')
  await expect(page.locator('.react-flow__node')).toHaveCount((JSON.parse(labText) as RawDoc).nodes.length)
  await expect(canvasNode(page, 'CMG connection point CMGCP01')).toBeVisible()
  expectNoProblems(problems)
})

test('opening a file over unsaved changes asks first; Cancel keeps them, "Don\'t save" replaces the design', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  await page.getByRole('button', { name: 'Add Note', exact: true }).click()
  await expect(page).toHaveTitle('Untitled • — CMG Designer')

  await hooks(page).startOpenText('lab.cmgd', labText)
  const question = page.getByRole('dialog', {
    name: 'Save changes to "Contoso – standalone primary with CMG"?',
  })
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toHaveCount(0)
  await expect(canvasNode(page, 'Note Note 1')).toBeVisible()
  await expect(page).toHaveTitle('Untitled • — CMG Designer')

  await hooks(page).startOpenText('lab.cmgd', labText)
  await question.getByRole('button', { name: "Don't save" }).click()
  await expect(page).toHaveTitle('lab.cmgd — CMG Designer')
  await expect(canvasNode(page, 'Server LAB-CM01')).toBeVisible()
  expectNoProblems(problems)
})
