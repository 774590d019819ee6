// Shared Playwright fixture for the renderer e2e tests: opens the built renderer (browser
// implementation of the preload API) blank or with a built-in template, waits until the design is
// on the canvas, and collects console errors, page errors and failed requests so every test can
// assert that none happened. Also small helpers to reach nodes by accessible name, draw a selection
// box and use the web adapter's test hooks. Every page's clock reads the suites' pinned day (tests/support/today.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
// The web adapter declares window.__cmgBrowser (its test hooks) and window.__cmgToday (its clock).
import type {} from '../../src/renderer/src/platform/web-adapter'
import { TEST_TODAY } from '../support/today'

export interface PageProblems {
  readonly messages: string[]
}

/** Makes the app in `page` see `date` (YYYY-MM-DD) as today, from the next page load on. */
export async function pinToday(page: Page, date: string): Promise<void> {
  await page.addInitScript((pinned) => {
    window.__cmgToday = pinned
  }, date)
}

export const test = base.extend<{ problems: PageProblems }>({
  page: async ({ page }, use) => {
    await pinToday(page, TEST_TODAY)
    await use(page)
  },
  problems: async ({ page }, use) => {
    const problems: PageProblems = { messages: [] }
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.messages.push(`console error: ${msg.text()}`)
    })
    page.on('pageerror', (error) => problems.messages.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) =>
      problems.messages.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
    )
    page.on('response', (response) => {
      if (response.status() >= 400) problems.messages.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await use(problems)
  },
})

export { expect }

type TemplateId = 'contoso' | 'fourth-coffee' | 'lab'

/** A built-in template's own evaluation date: the day its author checked it. */
export function templateDate(template: TemplateId): string {
  const file = join(__dirname, '..', '..', 'resources', 'templates', `${template}.cmgd`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { design: { evaluationDate: string } }).design
    .evaluationDate
}

/**
 * Opens a template on its own evaluation date, for tests that expect the findings it was written
 * with (on a later day its ConfigMgr version may be out of support, which is another test's subject).
 */
export async function openTemplateOnItsDate(page: Page, template: TemplateId): Promise<void> {
  await pinToday(page, templateDate(template))
  await openApp(page, template)
}

/**
 * Opens the app with a template (or blank) and waits for its nodes to be drawn. A template opens
 * at a readable zoom showing part of the design; unless `view` is 'as opened', the whole design is
 * then fitted into view (the canvas's "Fit view" control), as most tests reach every element.
 */
export async function openApp(
  page: Page,
  template?: TemplateId,
  { view = 'fitted' }: { view?: 'fitted' | 'as opened' } = {},
): Promise<void> {
  await page.goto(template ? `/index.html?template=${template}` : '/index.html')
  await expect(page.locator('.react-flow')).toBeVisible()
  await expect(page.locator('.canvas-loading')).toHaveCount(0)
  if (view === 'fitted' && template) await fitView(page)
}

/** Fits the whole design into view and waits for the view to settle. */
export async function fitView(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport')
  const button = page.getByRole('button', { name: 'Fit view', exact: true })
  await button.click()
  // Leave the focus where opening left it, so keys reach the app as they would without the fit.
  await button.blur()
  await page.waitForTimeout(250) // the fit's animation
  let last = ''
  await expect
    .poll(
      async () => {
        const now = (await viewport.getAttribute('style')) ?? ''
        const settled = now === last
        last = now
        return settled
      },
      { intervals: [100] },
    )
    .toBe(true)
}

/** A node on the canvas by its accessible name, e.g. "Management point MP01". */
export function canvasNode(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').and(page.getByRole('group', { name, exact: true }))
}

/** A node's canvas position from React Flow's transform. */
export async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator(`.react-flow__node[data-id="${id}"]`)
    .evaluate((el) => (el as HTMLElement).style.transform)
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform)
  if (!match) throw new Error(`unexpected transform ${transform}`)
  return { x: Number(match[1]), y: Number(match[2]) }
}

/** Draws a selection box with Shift held, from one client point to another, as a user does. */
export async function boxSelect(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.keyboard.down('Shift')
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await page.mouse.up()
  await page.keyboard.up('Shift')
}

/** The centre of an element on the page, in client coordinates. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('element not visible')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Drags an element by its centre, `dx` and `dy` pixels, in ten pointer moves. */
export async function dragBy(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const from = await centreOf(target)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 })
  await page.mouse.up()
}

/** Draws a connection from a node's connect dot to a point. */
export async function connectFrom(page: Page, sourceId: string, to: { x: number; y: number }): Promise<void> {
  const source = page.locator(`.react-flow__node[data-id="${sourceId}"]`)
  await source.hover()
  const handle = await centreOf(source.locator('.cmg-handle-out'))
  await page.mouse.move(handle.x, handle.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

export function toast(page: Page): Locator {
  return page.locator('.toast')
}

export function hooks(page: Page) {
  return {
    /** Chooses a file in the Open dialog and waits for the open to finish. */
    openText: (fileName: string, text: string) =>
      page.evaluate(([f, t]) => window.__cmgBrowser!.openText(f!, t!), [fileName, text]),
    /** Chooses a file in the Open dialog without waiting (the app may ask a question first). */
    startOpenText: (fileName: string, text: string) =>
      page.evaluate(
        ([f, t]) => {
          void window.__cmgBrowser!.openText(f!, t!)
        },
        [fileName, text],
      ),
    files: () => page.evaluate(() => window.__cmgBrowser!.files()),
    lastError: () => page.evaluate(() => window.__cmgBrowser!.lastError()),
  }
}

/** Expects that nothing went wrong in the page during the test. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.messages, problems.messages.join('\n')).toEqual([])
}
