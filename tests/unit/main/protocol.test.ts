// The app:// bundle protocol: only files inside the renderer folder are ever served, whatever the
// URL tries (traversal, encoded separators, NUL bytes, other hosts, symlinks out of the folder),
// and every page carries the Content-Security-Policy header.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createBundleHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveBundlePath,
} from '../../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security'

const ROOT = join(tmpdir(), 'cmg-renderer-root')

const HOSTILE_URLS = [
  'app://bundle/../../etc/passwd',
  'app://bundle/%2e%2e/%2e%2e/etc/passwd',
  'app://bundle/%2E%2E/secret.txt',
  'app://bundle/..%2f..%2fetc/passwd',
  'app://bundle/..%5c..%5cwindows%5cwin.ini',
  'app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd',
  'app://bundle/%2fetc%2fpasswd',
  'app://bundle/index.html%00.png',
  'app://bundle/bad%zzencoding',
  'app://other/index.html',
  'app://bundle.evil/index.html',
  'app://bundle:99/index.html',
  'app://user@bundle/index.html',
  'https://bundle/index.html',
  'file:///etc/passwd',
]

describe('resolveBundlePath', () => {
  it('maps bundle URLs to files inside the root', () => {
    expect(resolveBundlePath('app://bundle/index.html', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveBundlePath('app://bundle/assets/index-1a2b.js?v=1#top', ROOT)).toBe(
      join(ROOT, 'assets', 'index-1a2b.js'),
    )
    expect(resolveBundlePath('app://bundle/', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveBundlePath('app://bundle', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveBundlePath('app://bundle/fonts/Inter%20Regular.woff2', ROOT)).toBe(
      join(ROOT, 'fonts', 'Inter Regular.woff2'),
    )
  })

  it.each(HOSTILE_URLS)('refuses %s', (url) => {
    expect(resolveBundlePath(url, ROOT)).toBeNull()
  })

  it('refuses a NUL byte given literally', () => {
    expect(resolveBundlePath('app://bundle/index.html\u0000.png', ROOT)).toBeNull()
  })
})

describe('the protocol handler', () => {
  let root: string
  let outside: string
  let handler: (request: Request) => Promise<Response>

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'cmg-protocol-'))
    root = join(base, 'renderer')
    outside = join(base, 'secret.txt')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>CMG Designer</title>')
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)')
    writeFileSync(outside, 'top secret')
    symlinkSync(outside, join(root, 'assets', 'link-out.txt'))
    handler = createBundleHandler(root)
  })
  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }))

  const get = (url: string, method = 'GET') => handler({ url, method } as Request)

  it('serves the page with its MIME type and the CSP header', async () => {
    const response = await get('app://bundle/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>CMG Designer</title>')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://bundle/assets/index.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each(HOSTILE_URLS)('answers 404 to %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('answers 404 to a symlink that leads out of the bundle', async () => {
    const response = await get('app://bundle/assets/link-out.txt')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('top secret')
  })

  it('answers 404 to missing files and folders', async () => {
    expect((await get('app://bundle/missing.js')).status).toBe(404)
    expect((await get('app://bundle/assets')).status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('scheme registration', () => {
  it('registers app: as a standard, secure, fetch-capable scheme without a CSP bypass', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] ?? []
    expect(schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ])
    expect(schemes?.[0]?.privileges?.bypassCSP).toBeUndefined()
    expect(schemes?.[0]?.privileges?.allowServiceWorkers).toBeUndefined()
  })
})

describe('mimeTypeFor', () => {
  it('knows the bundle file types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a/b/style.CSS')).toBe('text/css; charset=utf-8')
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml')
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('worker.wasm')).toBe('application/wasm')
    expect(mimeTypeFor('README')).toBe('application/octet-stream')
  })
})
