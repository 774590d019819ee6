// Issue #15's acceptance test: Fourth Coffee (Microsoft's example 2 — a CAS in Seattle, primaries in
// Seattle and Paris, one CMG created at the CAS in an Azure subscription, a CMG connection point per
// primary, two client populations) is built from a blank design through the UI alone, the way a
// power user would: palette items clicked into the selected container, inspector fields typed and
// committed, connections drawn from connect dots, the finished Seattle primary copied and pasted as
// Paris. Every UI action is counted (a click, a key chord, a drag, a field typed and committed) and
// the build must take at most 130. The design saved with the toolbar's Save must then equal the
// template (design-compare.ts): the same elements by kind, name and nesting, the same properties after
// defaults, the same connections and settings, and — from the shared rules engine — the same
// findings and capacity, element for element. Ids and positions may differ.
// Screenshot: test-results/screenshots/build-fourth-coffee.png.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expectSameDesign } from './design-compare'
import {
  canvasNode,
  centreOf,
  expect,
  expectNoProblems,
  fitView as fitViewAndSettle,
  hooks,
  openApp,
  pinToday,
  templateDate,
  test,
} from './fixtures'

const TEMPLATE = join(__dirname, '..', '..', 'resources', 'templates', 'fourth-coffee.cmgd')
const SHOTS = 'test-results/screenshots'
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
/** The budget of user actions for the whole build. */
const ACTION_BUDGET = 130
const DESIGN_NAME = 'Fourth Coffee – CAS with two primaries'

// ---------------------------------------------------------------------------------------------
// Counted UI actions: each helper below is one user action and adds one to the count.

let actions = 0

// A step that cannot happen fails within seconds, not at the end of the test's long timeout.
test.use({ actionTimeout: 10_000 })

async function act<T>(what: () => Promise<T>): Promise<T> {
  actions += 1
  return what()
}

const inspector = (page: Page) => page.getByRole('region', { name: 'Selection', exact: true })
const designSettings = (page: Page) => page.getByRole('region', { name: 'Design settings', exact: true })
const edges = (page: Page) => page.locator('.react-flow__edge')

/** Clicks a palette item: adds the element into the selected container (or, top level, mid-view). */
async function add(page: Page, kindLabel: string): Promise<void> {
  await act(() => page.getByRole('button', { name: `Add ${kindLabel}`, exact: true }).click())
}

/**
 * Adds a role to the selected site, confirming the server the app offers to create for it; returns
 * the new server's name.
 */
async function addWithServer(page: Page, kindLabel: string): Promise<string> {
  await add(page, kindLabel)
  const question = page.getByRole('dialog', { name: /^Add a server for the new / })
  await expect(question).toBeVisible()
  const server = /Create server (\S+) in /.exec((await question.textContent()) ?? '')?.[1]
  if (server === undefined) throw new Error('the question names no server')
  await act(() => page.keyboard.press('Enter'))
  await expect(question).toBeHidden()
  return server
}

/** Whether all of an element is in the free part of the canvas (not under the legend or the map). */
async function onScreen(page: Page, node: Locator): Promise<boolean> {
  const box = await node.boundingBox()
  const pane = (await page.locator('.react-flow__pane').boundingBox())!
  if (!box) return false
  const covered = await Promise.all(
    ['.react-flow__minimap', '.edge-legend'].map(async (selector) => {
      const other = await page.locator(selector).first().boundingBox()
      return (
        other !== null &&
        box.x < other.x + other.width &&
        other.x < box.x + box.width &&
        box.y < other.y + other.height &&
        other.y < box.y + box.height
      )
    }),
  )
  return (
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height &&
    !covered.some(Boolean)
  )
}

/** Clicks an element on the canvas (a container on its header band) and waits until it is selected. */
async function select(page: Page, accessibleName: string, name: string): Promise<void> {
  const node = canvasNode(page, accessibleName)
  if (!(await onScreen(page, node))) await fitView(page)
  const box = await node.boundingBox()
  if (!box) throw new Error(`${accessibleName} is not on the canvas`)
  const container = /^(Site|Server|Azure subscription) /.test(accessibleName)
  await act(() => page.mouse.click(box.x + box.width / 2, container ? box.y + 10 : box.y + box.height / 2))
  await expect(inspector(page).locator('.inspector-heading-name')).toHaveText(name)
}

/** Types into a field and commits it with Enter (Ctrl+Enter in a multi-line field). */
async function type(scope: Locator, label: string, value: string, multiline = false): Promise<void> {
  const field = scope.getByLabel(label, { exact: true }).first()
  await act(async () => {
    await field.fill(value)
    await field.press(multiline ? 'Control+Enter' : 'Enter')
  })
  await expect(field).toHaveValue(value)
  await expect(field).not.toHaveClass(/is-dirty/)
}

async function choose(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByRole('combobox', { name: label, exact: true })
  await act(() => field.selectOption(value))
  await expect(field).toHaveValue(value)
}

async function tick(scope: Locator, label: string): Promise<void> {
  const box = scope.getByRole('checkbox', { name: label, exact: true })
  await act(() => box.check())
  await expect(box).toBeChecked()
}

/** Renames the selected element. */
async function rename(page: Page, name: string): Promise<void> {
  await type(inspector(page).getByRole('region', { name: 'General' }), 'Name', name)
  await expect(inspector(page).locator('.inspector-heading-name')).toHaveText(name)
}

/** The canvas's "Fit view" control, so that everything is on screen. */
async function fitView(page: Page): Promise<void> {
  await act(() => fitViewAndSettle(page))
}

/** Draws a connection from an element's connect dot to `target` (a container on its header band). */
async function connect(
  page: Page,
  source: string,
  target: string,
  targetIsContainer: boolean,
): Promise<void> {
  const from = canvasNode(page, source)
  const to = canvasNode(page, target)
  if (!(await onScreen(page, from)) || !(await onScreen(page, to))) await fitView(page)
  const fromBox = (await from.boundingBox())!
  await page.mouse.move(fromBox.x + fromBox.width / 2, fromBox.y + 10) // shows its connect dot
  const handle = await centreOf(from.locator('.cmg-handle-out'))
  const box = (await to.boundingBox())!
  const end = targetIsContainer ? { x: box.x + box.width / 2, y: box.y + 10 } : await centreOf(to)
  const count = await edges(page).count()
  await act(async () => {
    await page.mouse.move(handle.x, handle.y)
    await page.mouse.down()
    await page.mouse.move(end.x, end.y, { steps: 12 })
    await page.mouse.up()
  })
  await expect(edges(page)).toHaveCount(count + 1)
}

// ---------------------------------------------------------------------------------------------
// The design, one part at a time

/** Design settings (nothing selected): the name, AD user discovery and the Fourth Coffee tenant. */
async function buildSettings(page: Page): Promise<void> {
  const settings = designSettings(page)
  await type(settings.getByRole('region', { name: 'General' }), 'Name', DESIGN_NAME)
  await tick(settings.getByRole('region', { name: 'Discovery and PKI' }), 'AD user discovery')
  await act(() => settings.getByRole('button', { name: '+ Add tenant' }).click())
  const tenant = settings.getByRole('group', { name: /^Tenant / })
  await type(tenant, 'Name', 'Fourth Coffee')
  await type(tenant, 'Id', 'fourthcoffee')
  await expect(tenant.getByLabel('Cloud management', { exact: true })).toBeChecked()
  await tick(tenant, 'Entra user discovery')
}

/** The CAS: its site server with the service connection point and a software update point. */
async function buildCas(page: Page): Promise<void> {
  await add(page, 'Site')
  await rename(page, 'Seattle CAS')
  const siteForm = inspector(page).getByRole('region', { name: 'Site', exact: true })
  await type(siteForm, 'Site code', 'CAS')
  await choose(siteForm, 'Site type', 'cas')
  await type(siteForm, 'Location', 'Seattle HQ')

  const server = await addWithServer(page, 'Service connection point')
  await rename(page, 'SCP')
  await add(page, 'Software update point') // into the selected role's server
  await rename(page, 'SUP-CAS')
  await select(page, `Server ${server}`, server)
  await rename(page, 'SEA-CAS')
  await siteServer(page, 'sea-cas.fourthcoffee.com')
}

/** The selected server's FQDN, and that it is its site's site server. */
async function siteServer(page: Page, fqdn: string): Promise<void> {
  const serverForm = inspector(page).getByRole('region', { name: 'Server', exact: true })
  await type(serverForm, 'FQDN', fqdn)
  await tick(serverForm, 'Site server')
}

/** The Seattle primary: site server (MP and SUP taking CMG traffic), connection point server. */
async function buildSeattle(page: Page): Promise<void> {
  await add(page, 'Site')
  await rename(page, 'Seattle primary')
  const siteForm = inspector(page).getByRole('region', { name: 'Site', exact: true })
  await type(siteForm, 'Site code', 'SEA')
  await type(siteForm, 'Location', 'Seattle HQ (same datacenter)')

  const server = await addWithServer(page, 'Management point')
  await rename(page, 'MP-SEA')
  await tick(inspector(page), 'Allow CMG traffic')
  await tick(inspector(page), 'ASP.NET 4.5 enabled')
  await add(page, 'Software update point')
  await rename(page, 'SUP-SEA')
  await tick(inspector(page), 'Allow CMG traffic')
  await select(page, `Server ${server}`, server)
  await rename(page, 'SEA-SS')
  await siteServer(page, 'sea-ss.fourthcoffee.com')

  await select(page, 'Site Seattle primary', 'Seattle primary')
  const cpServer = await addWithServer(page, 'CMG connection point')
  await rename(page, 'CMGCP-SEA')
  await select(page, `Server ${cpServer}`, cpServer)
  await rename(page, 'SEA-CP')
  await type(
    inspector(page).getByRole('region', { name: 'Server', exact: true }),
    'FQDN',
    'sea-cp.fourthcoffee.com',
  )
}

/** A client population of hybrid-joined laptops on the internet signing in with Entra ID. */
async function buildPopulation(page: Page, name: string, count: number): Promise<void> {
  await add(page, 'Client population')
  await rename(page, name)
  await type(inspector(page), 'Clients', String(count))
  await choose(inspector(page), 'Join type', 'hybridJoined')
  await choose(inspector(page), 'Authentication', 'entra')
  await choose(inspector(page), 'Identity tenant', 'fourthcoffee')
}

/** The accessible names of the elements on the canvas ("Site Seattle CAS", …). */
async function canvasNames(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))
}

/**
 * Paris: the finished Seattle primary and its population copied and pasted (the copies keep the
 * population's assignment to its site, their only connection inside the copy), then the copies
 * renamed and given their own site code, location, FQDNs and client count.
 */
async function buildParisAsCopy(page: Page): Promise<void> {
  await select(page, 'Site Seattle primary', 'Seattle primary')
  const pop = canvasNode(page, 'Client population Seattle roamers')
  if (!(await onScreen(page, pop))) await fitView(page)
  await act(() => pop.click({ modifiers: [MOD] }))
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  const before = new Set(await canvasNames(page))
  const edgeCount = await edges(page).count()
  await act(() => page.keyboard.press(`${MOD}+c`))
  await act(() => page.keyboard.press(`${MOD}+v`))
  await expect(page.locator('.react-flow__node')).toHaveCount(before.size + 7)
  await expect(edges(page)).toHaveCount(edgeCount + 1)
  const pasted = (await canvasNames(page)).filter((n) => !before.has(n))
  // The copies land just below and right of the originals: drag them (still selected) clear.
  const copiedSite = pasted.find((n) => n.startsWith('Site '))!
  const box = (await canvasNode(page, copiedSite).boundingBox())!
  await act(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + 10)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + 10 + box.height + 40, { steps: 12 })
    await page.mouse.up()
  })
  /** Selects the copy of an element and renames it, then `more` sets its other fields. */
  const edit = async (kindLabel: string, original: string, name: string, more?: () => Promise<void>) => {
    const copy = pasted.find((n) => n.startsWith(`${kindLabel} ${original}`))
    if (copy === undefined) throw new Error(`no copy of ${original} among ${pasted.join(', ')}`)
    await select(page, copy, copy.slice(kindLabel.length + 1))
    await rename(page, name)
    if (more) await more()
  }
  const fqdn = (value: string) => () =>
    type(inspector(page).getByRole('region', { name: 'Server', exact: true }), 'FQDN', value)

  await edit('Site', 'Seattle primary', 'Paris primary', async () => {
    const siteForm = inspector(page).getByRole('region', { name: 'Site', exact: true })
    await type(siteForm, 'Site code', 'PAR')
    await type(siteForm, 'Location', 'Paris office')
  })
  await edit('Server', 'SEA-SS', 'PAR-SS', fqdn('par-ss.fourthcoffee.com'))
  await edit('Management point', 'MP-SEA', 'MP-PAR')
  await edit('Software update point', 'SUP-SEA', 'SUP-PAR')
  await edit('Server', 'SEA-CP', 'PAR-CP', fqdn('par-cp.fourthcoffee.com'))
  await edit('CMG connection point', 'CMGCP-SEA', 'CMGCP-PAR')
  await edit('Client population', 'Seattle roamers', 'Paris roamers', () =>
    type(inspector(page), 'Clients', '9000'),
  )
}

/** The Azure subscription and the CMG in it: VM scale set in West US, four instances. */
async function buildAzure(page: Page): Promise<void> {
  await act(() => page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } }))
  await add(page, 'Azure subscription')
  await rename(page, 'Fourth Coffee IT')
  const subscriptionForm = inspector(page).getByRole('region', { name: 'Subscription', exact: true })
  await type(subscriptionForm, 'Subscription name', 'Fourth Coffee IT')
  await choose(subscriptionForm, 'Entra tenant', 'fourthcoffee')
  await type(
    inspector(page).getByRole('region', { name: 'Resource providers' }),
    'Registered providers',
    'Microsoft.KeyVault\nMicrosoft.Storage\nMicrosoft.Network\nMicrosoft.Compute',
    true,
  )

  await add(page, 'Cloud management gateway')
  await rename(page, 'FourthCoffeeCMG')
  const identity = inspector(page).getByRole('region', { name: 'Identity' })
  await type(identity, 'Name (prefix)', 'FourthCoffeeCMG')
  await type(identity, 'Service name', 'FourthCoffeeCMG.fourthcoffee.com')
  await tick(identity, 'DNS CNAME configured')
  const deployment = inspector(page).getByRole('region', { name: 'Deployment' })
  await type(deployment, 'Region', 'westus')
  const resourceGroup = deployment.getByRole('group', { name: 'Resource group' })
  await type(resourceGroup, 'Resource group Name', 'rg-cmg-westus')
  await type(resourceGroup, 'Resource group Region', 'westus')
  await type(inspector(page).getByRole('region', { name: 'Scale' }), 'VM instances', '4')
}

/** The connections the copy did not bring: the hierarchy, the CMG's site, the links, Seattle's clients. */
async function buildConnections(page: Page): Promise<void> {
  await fitView(page)
  await connect(page, 'Cloud management gateway FourthCoffeeCMG', 'Site Seattle CAS', true)
  await connect(page, 'Site Seattle CAS', 'Site Seattle primary', true)
  await connect(page, 'Site Seattle CAS', 'Site Paris primary', true)
  await connect(page, 'CMG connection point CMGCP-SEA', 'Cloud management gateway FourthCoffeeCMG', false)
  await connect(page, 'CMG connection point CMGCP-PAR', 'Cloud management gateway FourthCoffeeCMG', false)
}

test('Fourth Coffee built from a blank design through the UI, within the action budget, equals the template', async ({
  page,
  problems,
}) => {
  test.setTimeout(300_000)
  actions = 0
  await pinToday(page, templateDate('fourth-coffee'))
  await openApp(page)
  await expect(page.locator('.react-flow__node')).toHaveCount(0)

  await buildSettings(page)
  await buildCas(page)
  await buildSeattle(page)
  await buildPopulation(page, 'Seattle roamers', 12000)
  await connect(page, 'Client population Seattle roamers', 'Site Seattle primary', true)
  await buildParisAsCopy(page)
  await buildAzure(page)
  await buildConnections(page)
  await expect(page.locator('.react-flow__node')).toHaveCount(20)
  await expect(edges(page)).toHaveCount(7)

  // Save through the toolbar.
  const fileName = `${DESIGN_NAME}.cmgd`
  expect((await hooks(page).files())[fileName]).toBeUndefined()
  await act(() => page.getByRole('button', { name: 'Save', exact: true }).click())
  await expect.poll(async () => (await hooks(page).files())[fileName]).toBeDefined()
  console.log(`Fourth Coffee built from a blank design in ${actions} user actions`)
  await page.screenshot({ path: `${SHOTS}/build-fourth-coffee.png` })
  expect(actions).toBeLessThanOrEqual(ACTION_BUDGET)

  // The saved design equals the template, and the rules engine sees the same design in both.
  expectSameDesign((await hooks(page).files())[fileName]!, readFileSync(TEMPLATE, 'utf8'), {
    elements: 20,
    edges: 7,
    vmCount: 4,
  })
  expectNoProblems(problems)
})
