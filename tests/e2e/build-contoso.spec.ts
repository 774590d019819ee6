// The acceptance test: the Contoso template is built from an empty canvas through the UI
// alone — palette drags, connections drawn between elements, inspector input — and saved with the
// toolbar's Save. The saved design must be equivalent to the template: the same elements by kind,
// name and nesting, the same properties (after defaults), the same phases, the same connections
// between corresponding elements and the design settings the rules read; ids and positions may
// differ. The shared rules engine, run here in the test process, must then give both designs the
// same findings and capacity, element for element.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expectSameDesign } from './design-compare'
import { canvasNode, centreOf, expect, expectNoProblems, hooks, openApp, test } from './fixtures'

const TEMPLATE = join(__dirname, '..', '..', 'resources', 'templates', 'contoso.cmgd')
/** The template's own evaluation date, typed into the design built by hand. */
const TEMPLATE_DATE = (JSON.parse(readFileSync(TEMPLATE, 'utf8')) as { design: { evaluationDate: string } })
  .design.evaluationDate
const SHOTS = 'test-results/screenshots'

// ---------------------------------------------------------------------------------------------
// Driving the UI

const pane = (page: Page) => page.locator('.react-flow__pane')
const inspector = (page: Page) => page.getByRole('region', { name: 'Selection', exact: true })
const designSettings = (page: Page) => page.getByRole('region', { name: 'Design settings', exact: true })

/** The canvas zoom, from React Flow's viewport transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform)
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? '1')
}

/** Drags a palette item to a point on the screen. */
async function drop(page: Page, label: string, point: { x: number; y: number }): Promise<void> {
  const box = (await pane(page).boundingBox())!
  await page
    .getByRole('button', { name: `Add ${label}`, exact: true })
    .dragTo(pane(page), { targetPosition: { x: point.x - box.x, y: point.y - box.y }, force: true })
}

/** Drags a palette item into a container, aiming at its header band near the left edge. */
async function dropInto(page: Page, label: string, container: Locator, offsetX: number): Promise<void> {
  const box = (await container.boundingBox())!
  const z = await zoom(page)
  await drop(page, label, { x: box.x + offsetX * z, y: box.y + 14 * z })
}

/** Drags a palette item onto empty canvas, `at` relative to the canvas's top-left corner. */
async function dropOnCanvas(page: Page, label: string, at: { x: number; y: number }): Promise<void> {
  const box = (await pane(page).boundingBox())!
  await drop(page, label, { x: box.x + at.x, y: box.y + at.y })
}

/** Zooms to fit (then out by `outSteps`) and waits until the view stops moving. */
async function fitView(page: Page, outSteps = 0): Promise<void> {
  const viewport = page.locator('.react-flow__viewport')
  const settle = async () => {
    let last = ''
    await expect
      .poll(async () => {
        const now = await viewport.evaluate((el) => (el as HTMLElement).style.transform)
        const settled = now === last
        last = now
        return settled
      })
      .toBe(true)
  }
  await pane(page).click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+0')
  await settle()
  for (let i = 0; i < outSteps; i++) {
    await page.keyboard.press('Control+-')
    await settle()
  }
}

/** Draws a connection from a node's connect dot to a point inside `target`. */
async function connect(page: Page, source: Locator, target: Locator, headerOnly = false): Promise<void> {
  await source.hover()
  const handle = await centreOf(source.locator('.cmg-handle-out'))
  const box = (await target.boundingBox())!
  const to = headerOnly ? { x: box.x + box.width / 2, y: box.y + 10 } : await centreOf(target)
  await page.mouse.move(handle.x, handle.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

/** Types into a typed field and commits it with Enter (Ctrl+Enter in a multi-line field). */
async function type(scope: Locator, label: string, value: string, multiline = false): Promise<void> {
  const field = scope.getByLabel(label, { exact: true })
  await field.fill(value)
  await field.press(multiline ? 'Control+Enter' : 'Enter')
  await expect(field).toHaveValue(value)
  await expect(field).not.toHaveClass(/is-dirty/)
}

async function choose(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByRole('combobox', { name: label, exact: true })
  await field.selectOption(value)
  await expect(field).toHaveValue(value)
}

async function tick(scope: Locator, label: string): Promise<void> {
  const box = scope.getByRole('checkbox', { name: label, exact: true })
  await box.check()
  await expect(box).toBeChecked()
}

/** Renames the selected element and puts it into a phase ('' = all phases). */
async function nameAndPhase(page: Page, name: string, phase = ''): Promise<void> {
  const general = inspector(page).getByRole('region', { name: 'General' })
  await type(general, 'Name', name)
  if (phase !== '') {
    await general.getByLabel('Phase', { exact: true }).selectOption({ label: phase })
    await expect(general.getByLabel('Phase', { exact: true })).not.toHaveValue('')
  }
}

/** Expects exactly this element selected (the inspector shows it). */
async function expectSelected(page: Page, kindLabel: string, name: string | RegExp): Promise<void> {
  await expect(inspector(page).locator('.inspector-heading')).toContainText(kindLabel)
  await expect(inspector(page).locator('.inspector-heading-name')).toHaveText(name)
}

test('the Contoso design built from an empty canvas through the UI equals the template', async ({
  page,
  problems,
}) => {
  test.setTimeout(300_000)
  await openApp(page)
  await expect(page.locator('.react-flow__node')).toHaveCount(0)

  // Design settings (nothing selected).
  const settings = designSettings(page)
  const general = settings.getByRole('region', { name: 'General' })
  await type(general, 'Name', 'Contoso – standalone primary with CMG')
  await choose(general, 'ConfigMgr version', '2509')
  await choose(general, 'Environment', 'production')
  await type(general, 'Evaluation date', TEMPLATE_DATE)
  await tick(settings.getByRole('region', { name: 'Discovery and PKI' }), 'AD user discovery')
  await settings.getByRole('button', { name: '+ Add tenant' }).click()
  const tenant = settings.getByRole('group', { name: /^Tenant / })
  await type(tenant, 'Name', 'Contoso (contoso.onmicrosoft.com)')
  await type(tenant, 'Id', 'contoso')
  await expect(tenant.getByLabel('Cloud management', { exact: true })).toBeChecked()
  await tick(tenant, 'Entra user discovery')
  const phases = settings.getByRole('region', { name: 'Phases' })
  for (const [index, name] of ['Today', 'Pilot', 'Target'].entries()) {
    await phases.getByRole('button', { name: '+ Add phase' }).click()
    const field = phases.getByLabel(`Phase ${index + 1} name`)
    await field.fill(name)
    await field.press('Enter')
    await expect(field).toHaveValue(name)
  }

  // The site with its three servers and their roles.
  await dropOnCanvas(page, 'Site', { x: 330, y: 340 })
  await expectSelected(page, 'Site', 'Site 1')
  await nameAndPhase(page, 'New York City HQ')
  const siteForm = inspector(page).getByRole('region', { name: 'Site', exact: true })
  await type(siteForm, 'Site code', 'CON')
  await choose(siteForm, 'Site type', 'primary')
  await type(siteForm, 'Location', 'New York City HQ datacenter')
  const site = canvasNode(page, 'Site New York City HQ')

  const servers: [string, string, string][] = [
    ['NYC-SS', 'nyc-ss.contoso.com', ''],
    ['NYC-CP1', 'nyc-cp1.contoso.com', 'Pilot'],
    ['NYC-CP2', 'nyc-cp2.contoso.com', 'Target'],
  ]
  for (const [name, fqdn, phase] of servers) {
    await fitView(page, 1)
    await dropInto(page, 'Server', site, 112)
    await expectSelected(page, 'Server', /^SRV0\d$/)
    await nameAndPhase(page, name, phase)
    const serverForm = inspector(page).getByRole('region', { name: 'Server', exact: true })
    await type(serverForm, 'FQDN', fqdn)
    if (name === 'NYC-SS') await tick(serverForm, 'Site server')
  }

  await fitView(page)
  const siteServer = canvasNode(page, 'Server NYC-SS')
  await dropInto(page, 'Service connection point', siteServer, 90)
  await expectSelected(page, 'Service connection point', 'SCP01')
  await nameAndPhase(page, 'SCP')
  await choose(inspector(page), 'Mode', 'online')

  await dropInto(page, 'Management point', siteServer, 90)
  await expectSelected(page, 'Management point', 'MP01')
  await choose(inspector(page), 'Protocol', 'http')
  await tick(inspector(page), 'Allow CMG traffic')
  await tick(inspector(page), 'ASP.NET 4.5 enabled')

  await dropInto(page, 'Software update point', siteServer, 90)
  await expectSelected(page, 'Software update point', 'SUP01')
  await tick(inspector(page), 'Allow CMG traffic')

  for (const [server, point, phase] of [
    ['NYC-CP1', 'CMGCP01', 'Pilot'],
    ['NYC-CP2', 'CMGCP02', 'Target'],
  ] as const) {
    await dropInto(page, 'CMG connection point', canvasNode(page, `Server ${server}`), 90)
    await expectSelected(page, 'CMG connection point', point)
    await nameAndPhase(page, point, phase)
  }

  // The Azure subscription with the CMG below the site, and the client population left of it.
  await fitView(page, 2)
  const siteBox = (await site.boundingBox())!
  const paneBox = (await pane(page).boundingBox())!
  await dropOnCanvas(page, 'Azure subscription', {
    x: siteBox.x - paneBox.x + siteBox.width / 2,
    y: siteBox.y - paneBox.y + siteBox.height + 100,
  })
  await expectSelected(page, 'Azure subscription', 'Subscription 1')
  await nameAndPhase(page, 'Contoso production', 'Pilot')
  const subscriptionForm = inspector(page).getByRole('region', { name: 'Subscription', exact: true })
  await type(subscriptionForm, 'Subscription name', 'Contoso production')
  await choose(subscriptionForm, 'Entra tenant', 'contoso')
  await type(
    inspector(page).getByRole('region', { name: 'Resource providers' }),
    'Registered providers',
    'Microsoft.KeyVault\nMicrosoft.Storage\nMicrosoft.Network\nMicrosoft.Compute',
    true,
  )

  await dropInto(
    page,
    'Cloud management gateway',
    canvasNode(page, 'Azure subscription Contoso production'),
    140,
  )
  await expectSelected(page, 'Cloud management gateway', 'CMG01')
  await nameAndPhase(page, 'GraniteFalls', 'Pilot')
  const identity = inspector(page).getByRole('region', { name: 'Identity' })
  await type(identity, 'Name (prefix)', 'GraniteFalls')
  await type(identity, 'Service name', 'GraniteFalls.contoso.com')
  await choose(identity, 'Certificate issuer', 'publicCA')
  await type(identity, 'Key length', '2048')
  await tick(identity, 'DNS CNAME configured')
  const deployment = inspector(page).getByRole('region', { name: 'Deployment' })
  await choose(deployment, 'Deployment method', 'vmss')
  await choose(deployment, 'Lifecycle', 'new')
  await choose(deployment, 'Azure environment', 'AzurePublicCloud')
  const region = deployment.getByLabel('Region', { exact: true }).first()
  await region.fill('eastus')
  await region.press('Enter')
  await expect(region).toHaveValue('eastus')
  const resourceGroup = deployment.getByRole('group', { name: 'Resource group' })
  await type(resourceGroup, 'Resource group Name', 'rg-cmg-eastus')
  await choose(resourceGroup, 'Resource group Mode', 'new')
  await type(resourceGroup, 'Resource group Region', 'eastus')
  const scale = inspector(page).getByRole('region', { name: 'Scale' })
  await type(scale, 'VM size', 'Standard_A2_v2')
  await type(scale, 'VM instances', '2')
  await expect(inspector(page).getByLabel('Serve content', { exact: true })).toBeChecked()

  await dropOnCanvas(page, 'Client population', {
    x: siteBox.x - paneBox.x,
    y: siteBox.y - paneBox.y + siteBox.height + 100,
  })
  await expectSelected(page, 'Client population', 'Client population 1')
  await nameAndPhase(page, 'Roaming laptops', 'Pilot')
  await type(inspector(page), 'Clients', '8000')
  await choose(inspector(page), 'Location', 'internet')
  await expect(inspector(page).getByLabel('Uses the CMG', { exact: true })).toBeChecked()
  await choose(inspector(page), 'Join type', 'hybridJoined')
  await choose(inspector(page), 'Authentication', 'entra')
  await choose(inspector(page), 'User identities', 'hybrid')
  await choose(inspector(page), 'Identity tenant', 'contoso')

  // Connections.
  const cmg = canvasNode(page, 'Cloud management gateway GraniteFalls')
  await connect(page, cmg, site, true)
  await connect(page, canvasNode(page, 'CMG connection point CMGCP01'), cmg)
  await connect(page, canvasNode(page, 'CMG connection point CMGCP02'), cmg)
  await connect(page, canvasNode(page, 'Client population Roaming laptops'), site, true)
  await expect(page.locator('.react-flow__edge')).toHaveCount(4)
  await page.screenshot({ path: `${SHOTS}/editing-build-contoso.png` })

  // Save through the toolbar and compare what was written with the template.
  const before = await hooks(page).files()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const fileName = 'Contoso – standalone primary with CMG.cmgd'
  await expect.poll(async () => (await hooks(page).files())[fileName]).toBeDefined()
  expect(before[fileName]).toBeUndefined()
  // The saved design equals the template, and the rules engine sees the same design in both.
  expectSameDesign((await hooks(page).files())[fileName]!, readFileSync(TEMPLATE, 'utf8'), {
    elements: 12,
    edges: 4,
    vmCount: 2,
  })
  expectNoProblems(problems)
})
