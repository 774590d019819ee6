// The app's security policy in one place: the Content-Security-Policy, the offline request blocker
// (no network, ever), the permission handlers (deny everything) and the per-webContents guards
// (no navigation away from the bundle, no new windows, no webviews).
// Runs in the Electron main process; takes sessions and webContents as arguments, so it is testable
// with small fakes.
import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron'

/** The renderer's origin: the privileged scheme registered in protocol.ts, one fixed host. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** True for a URL of the app's own bundle origin: scheme `app:`, host exactly `bundle`, no port or credentials. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

/** React Flow positions nodes with inline style attributes, hence 'unsafe-inline' for styles only. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
]

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ')

/** Schemes a window may load from: the bundle, DevTools, and in-memory data. Everything else is network or disk. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:'])

export function isAllowedRequestUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'app:') return isAppUrl(url)
    return ALLOWED_REQUEST_SCHEMES.has(parsed.protocol)
  } catch {
    return false
  }
}

type SessionGuards = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }

/** Cancels every request that is not for the bundle, DevTools, data: or blob:, and denies every permission. */
export function hardenSession(session: SessionGuards): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) })
  })
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

export const denyWindowOpen = (_details: HandlerDetails): WindowOpenHandlerResponse => ({ action: 'deny' })

/** Navigation is allowed only within the app's own bundle (a reload of the page); anything else is stopped. */
export function preventForeignNavigation(event: Pick<Event, 'preventDefault'>, url: string): void {
  if (!isAppUrl(url)) event.preventDefault()
}

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown
}

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: GuardedContents): void {
  contents.setWindowOpenHandler(denyWindowOpen)
  contents.on('will-navigate', (event: Event, url: string) => preventForeignNavigation(event, url))
  contents.on('will-redirect', (event: Event, url: string) => preventForeignNavigation(event, url))
  contents.on('will-attach-webview', (event: Event) => event.preventDefault())
}
