// Cut and paste as a move in the browser build: a server cut and pasted into a site keeps its
// connection point linked to the CMG (edge on the canvas, "Linked to" in the inspector), the paste
// and the cut undo one step each, and a copy (or a second paste of the cut) gets no link to the CMG
// outside it. Screenshot: test-results/screenshots/cut-paste-linked.png.
import type { Locator, Page } from '@playwright/test'
import { canvasNode, expect, expectNoProblems, openApp, test } from './fixtures'

const SHOTS = 'test-results/screenshots'
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const nodes = (page: Page) => page.locator('.react-flow__node')
const edges = (page: Page) => page.locator('.react-flow__edge')
const linkEdge = (page: Page, connectionPoint: string) =>
  page.locator(
    `.react-flow__edge[aria-label="Connection point linked to CMG: ${connectionPoint} → GraniteFalls"]`,
  )
const inspectorConnections = (page: Page) =>
  page.getByRole('region', { name: 'Selection' }).getByRole('region', { name: 'Connections' })

/** Clicks a container's header band (its middle may be a child element). */
async function clickHeader(page: Page, node: Locator): Promise<void> {
  const box = await node.boundingBox()
  if (!box) throw new Error('node not visible')
  await page.mouse.click(box.x + box.width / 2, box.y + 10)
}

test('a server cut and pasted into its site keeps its connection point linked to the CMG', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const nodeCount = await nodes(page).count()
  const edgeCount = await edges(page).count()
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(1)

  await clickHeader(page, canvasNode(page, 'Server NYC-CP1'))
  await page.keyboard.press(`${MOD}+x`)
  await expect(canvasNode(page, 'CMG connection point CMGCP01')).toHaveCount(0)
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(0)

  await clickHeader(page, canvasNode(page, 'Site New York City HQ'))
  await page.keyboard.press(`${MOD}+v`)
  await expect(canvasNode(page, 'Server NYC-CP1')).toBeVisible()
  await expect(nodes(page)).toHaveCount(nodeCount)
  await expect(edges(page)).toHaveCount(edgeCount)
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(1)

  await canvasNode(page, 'CMG connection point CMGCP01').click()
  const link = inspectorConnections(page).getByRole('listitem')
  await expect(link).toHaveCount(1)
  await expect(link).toContainText('Linked to')
  await expect(link).toContainText('GraniteFalls')
  await page.screenshot({ path: `${SHOTS}/cut-paste-linked.png` })

  // Undo takes back the paste (the server stays cut), then the cut.
  await page.keyboard.press(`${MOD}+z`)
  await expect(canvasNode(page, 'Server NYC-CP1')).toHaveCount(0)
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(0)
  await page.keyboard.press(`${MOD}+z`)
  await expect(canvasNode(page, 'Server NYC-CP1')).toBeVisible()
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(1)
  await expect(edges(page)).toHaveCount(edgeCount)
  expectNoProblems(problems)
})

test('a copy of the server, or a second paste of the cut one, is not linked to the CMG', async ({
  page,
  problems,
}) => {
  await openApp(page, 'contoso')
  const edgeCount = await edges(page).count()

  await clickHeader(page, canvasNode(page, 'Server NYC-CP1'))
  await page.keyboard.press(`${MOD}+c`)
  await clickHeader(page, canvasNode(page, 'Site New York City HQ'))
  await page.keyboard.press(`${MOD}+v`)
  await expect(canvasNode(page, 'CMG connection point CMGCP03')).toBeVisible()
  await expect(edges(page)).toHaveCount(edgeCount)
  await expect(linkEdge(page, 'CMGCP03')).toHaveCount(0)

  // Cut the copy and paste it twice: the first paste is the move, the second a copy.
  await clickHeader(page, canvasNode(page, 'Server NYC-CP1'))
  await page.keyboard.press(`${MOD}+x`)
  await clickHeader(page, canvasNode(page, 'Site New York City HQ'))
  await page.keyboard.press(`${MOD}+v`)
  await expect(linkEdge(page, 'CMGCP01')).toHaveCount(1)
  await clickHeader(page, canvasNode(page, 'Site New York City HQ'))
  await page.keyboard.press(`${MOD}+v`)
  await expect(canvasNode(page, 'CMG connection point CMGCP04')).toBeVisible()
  await expect(linkEdge(page, 'CMGCP04')).toHaveCount(0)
  await expect(edges(page)).toHaveCount(edgeCount)
  expectNoProblems(problems)
})
