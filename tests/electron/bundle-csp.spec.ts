// The built renderer served exactly as the Electron app serves it (the app:// protocol handler, with
// its Content-Security-Policy header and path confinement), here over a local http port so Debian
// Chromium can load it without the Electron binary. Proves the real bundle runs under the app's
// CSP without a single violation, and that the handler refuses paths outside the bundle.
import { existsSync } from 'node:fs'
import { type Server, createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { createBundleHandler } from '../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'

const rendererRoot = resolve(__dirname, '..', '..', 'out', 'renderer')

/** An http front for the app:// handler: `/x` is answered as `app://bundle/x`. */
async function serveBundle(): Promise<{ server: Server; origin: string }> {
  const handler = createBundleHandler(rendererRoot)
  const server = createServer((req, res) => {
    void handler(new Request(`app://bundle${req.url ?? '/'}`, { method: req.method ?? 'GET' })).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      },
    )
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** A GET with the path sent byte for byte (a browser would normalise `..` away first). */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(`${origin}/`, { path, method: 'GET' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => done({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

test.describe('the renderer bundle as the app serves it', () => {
  test.skip(
    !existsSync(join(rendererRoot, 'index.html')),
    'Run `npm run build` first (out/renderer is missing)',
  )

  let server: Server
  let origin: string
  test.beforeAll(async () => {
    ;({ server, origin } = await serveBundle())
  })
  test.afterAll(async () => {
    await new Promise((closed) => server.close(closed))
  })

  test('runs under the app’s Content-Security-Policy header without violations', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation
        report(`${event.violatedDirective} blocked ${event.blockedURI}`)
      })
    })
    const response = await page.goto(`${origin}/index.html`)
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    // React Flow's root exists only once the bundle's scripts ran and rendered the design.
    await expect(page.locator('.react-flow')).toBeVisible()
    await page.waitForLoadState('networkidle')
    // zod runs jitless (platform/zod-config.ts), so not even its eval probe may be reported.
    expect(violations).toEqual([])
  })

  test('refuses paths that leave the bundle', async () => {
    for (const path of [
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/assets/%00x',
    ]) {
      const { status, body } = await rawGet(origin, path)
      expect(status, path).toBe(404)
      expect(body, path).not.toContain('cmg-designer')
    }
  })
})
