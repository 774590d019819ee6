// The privileged `app://bundle/` scheme that serves the built renderer (out/renderer) to the
// windows. Every request path is decoded and confined to the renderer folder (traversal, encoded
// separators, NUL bytes, other hosts and symlinks that leave the folder all get a 404), files are
// read with fs and sent with a fixed MIME type and the Content-Security-Policy header.
// Runs in the Electron main process (Electron's protocol module is passed in, so the handler also
// runs under plain Node in tests).
import { promises as nodeFs } from 'node:fs'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Must run before the app is ready: `standard` gives the scheme real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` and `corsEnabled` let module
 * scripts and the module worker load from it. No service workers, no CSP bypass.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ])
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * The file a request URL names inside `root`, or null when the URL must be refused: another
 * scheme or host, credentials or a port, a segment that decodes to `.`/`..` or contains a slash,
 * a backslash or a NUL byte, malformed percent-encoding, or anything resolving outside `root`.
 * The raw URL text is inspected (not a normalised URL object) so `..` never gets a chance to be
 * folded away before the check. `/` and empty paths serve index.html.
 */
export function resolveBundlePath(url: string, root: string): string | null {
  const match = /^app:\/\/([^/?#]*)([^?#]*)/.exec(url)
  if (!match || match[1] !== APP_HOST) return null
  const rawPath = match[2] ?? ''
  const segments: string[] = []
  for (const rawSegment of rawPath.split('/')) {
    if (rawSegment === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(rawSegment)
    } catch {
      return null
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  if (segments.length === 0) segments.push('index.html')
  const base = resolve(root)
  const full = resolve(base, ...segments)
  return isInside(base, full) ? full : null
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export interface BundleFs {
  realpath(path: string): Promise<string>
  stat(path: string): Promise<{ isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
}

/**
 * The `protocol.handle` callback for the app scheme. Only GET and HEAD; a resolved path is also
 * checked after following symlinks, so a link inside out/renderer cannot expose other files.
 */
export function createBundleHandler(
  root: string,
  fs: BundleFs = nodeFs,
): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined
  return async (request) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
      const filePath = resolveBundlePath(request.url, root)
      if (filePath === null) return notFound()
      realRoot ??= fs.realpath(resolve(root)).catch((error: unknown) => {
        realRoot = undefined
        throw error
      })
      const [rootReal, fileReal] = await Promise.all([realRoot, fs.realpath(filePath)])
      if (!isInside(rootReal, fileReal)) return notFound()
      if (!(await fs.stat(fileReal)).isFile()) return notFound()
      // Copied into a plain ArrayBuffer-backed array, the body type fetch's Response accepts everywhere.
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(fileReal))
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(fileReal),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      })
    } catch {
      return notFound()
    }
  }
}

/** Serves `rendererRoot` on app://bundle/ for the default session. Call once the app is ready. */
export function serveRendererBundle(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createBundleHandler(rendererRoot))
}
