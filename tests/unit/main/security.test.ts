// The security policy as a user's safety depends on it: the exact Content-Security-Policy, no
// network requests of any kind, every permission denied, no new windows, no navigation away from
// the app's bundle, no webviews.
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isAppUrl,
} from '../../../src/main/security'

describe('Content-Security-Policy', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    )
  })

  it('never allows eval, and scripts only from the bundle', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d] as const))
    expect(directives.get('script-src')).toBe("script-src 'self'")
    expect(directives.get('default-src')).toBe("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY.match(/unsafe-inline/g)).toHaveLength(1)
  })
})

describe('the offline request blocker', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/index.html',
    'ws://localhost:5173/',
    'wss://evil.example/socket',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'app://bundle.evil/index.html',
    'app://other/index.html',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false)
  })

  it.each([
    'app://bundle/index.html',
    'app://bundle/assets/index-abc.js',
    'data:image/png;base64,AAAA',
    'blob:app://bundle/6f1c3c2e-1111-2222-3333-444455556666',
    'devtools://devtools/bundled/inspector.html',
  ])('allows %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true)
  })

  it('is what the session applies to every request', () => {
    let blocker: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined
    const session = {
      webRequest: { onBeforeRequest: (listener: typeof blocker) => (blocker = listener) },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    hardenSession(session as never)
    const decide = (url: string) => {
      const callback = vi.fn()
      blocker?.({ url }, callback)
      return callback.mock.calls[0]?.[0]
    }
    expect(decide('https://fonts.example/font.woff2')).toEqual({ cancel: true })
    expect(decide('file:///home/user/contoso.cmgd')).toEqual({ cancel: true })
    expect(decide('app://bundle/index.html')).toEqual({ cancel: false })
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = {
      webRequest: { onBeforeRequest: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    hardenSession(session as never)
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0]
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn()
      requestHandler({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0]
    expect(checkHandler({}, 'media', 'app://bundle', {})).toBe(false)
    expect(checkHandler({}, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(false)
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0]
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false)
  })
})

describe('web contents guards', () => {
  function guardedContents() {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    hardenWebContents(contents as never)
    const fire = (event: string, url?: string) => {
      const e = { preventDefault: vi.fn() }
      contents.emit(event, e, url)
      return e.preventDefault.mock.calls.length > 0
    }
    return { contents, fire }
  }

  it('denies every new window', () => {
    const { contents } = guardedContents()
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0]
    expect(handler).toBe(denyWindowOpen)
    expect(
      handler({ url: 'https://evil.example', frameName: '', features: '', disposition: 'new-window' }),
    ).toEqual({
      action: 'deny',
    })
    expect(handler({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' })
  })

  it('stops navigation and redirects away from the bundle', () => {
    const { fire } = guardedContents()
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire('will-navigate', 'app://bundle.evil/index.html')).toBe(true)
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true)
    expect(fire('will-redirect', 'http://127.0.0.1/')).toBe(true)
    expect(fire('will-navigate', 'app://bundle/index.html')).toBe(false)
  })

  it('refuses to attach webviews', () => {
    const { fire } = guardedContents()
    expect(fire('will-attach-webview')).toBe(true)
  })
})

describe('isAppUrl', () => {
  it('accepts only the bundle origin, exactly', () => {
    expect(isAppUrl('app://bundle/index.html?x=1')).toBe(true)
    expect(isAppUrl('app://bundle:8080/index.html')).toBe(false)
    expect(isAppUrl('app://user@bundle/index.html')).toBe(false)
    expect(isAppUrl('app://bundlex/index.html')).toBe(false)
    expect(isAppUrl('')).toBe(false)
  })
})
