// The BrowserWindow factory: one place for the hardened webPreferences (sandboxed renderer, context
// isolation, no Node, no webviews, no DevTools in a packaged build), the window's title format and
// where a new window goes on screen.
// Runs in the Electron main process; windowTitle() and placeWindow() are pure, and so is windowOptions()
// given all its arguments (by default it reads the preload path and app.isPackaged).
import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle, app } from 'electron'
import { APP_NAME } from '../shared/model/factory'
import { preloadPath } from './app-paths'
import { APP_ENTRY_URL } from './security'

export interface WindowBounds {
  readonly x?: number
  readonly y?: number
  readonly width: number
  readonly height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const
const MIN_SIZE = { width: 720, height: 480 } as const
/** How far each new window is moved from the one it opens next to. */
const CASCADE_OFFSET = 28

/** `devTools` is false in a packaged build: the installed app cannot open DevTools on a design window. */
export function windowOptions(
  bounds: WindowBounds = DEFAULT_WINDOW_SIZE,
  preload: string = preloadPath(),
  devTools: boolean = !app.isPackaged,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  }
}

/** "contoso.cmgd • — CMG Designer" while unsaved, "contoso.cmgd — CMG Designer" once saved. */
export function windowTitle(fileName: string, dirty: boolean): string {
  return `${fileName}${dirty ? ' •' : ''} — ${APP_NAME}`
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Where a new window goes: next to (cascaded from) the window it was opened from, else at the
 * remembered bounds, else centred by the system. Bounds that would put the window on no display
 * (a monitor that was unplugged) are dropped; the size is kept.
 */
export function placeWindow(options: {
  remembered?: Rectangle
  openedFrom?: Rectangle
  workAreas: readonly Rectangle[]
}): WindowBounds {
  const base = options.openedFrom
    ? {
        ...options.openedFrom,
        x: options.openedFrom.x + CASCADE_OFFSET,
        y: options.openedFrom.y + CASCADE_OFFSET,
      }
    : options.remembered
  if (!base) return DEFAULT_WINDOW_SIZE
  const size = { width: Math.max(base.width, MIN_SIZE.width), height: Math.max(base.height, MIN_SIZE.height) }
  const onScreen = options.workAreas.some((area) => overlaps({ ...base, ...size }, area))
  return onScreen ? { x: base.x, y: base.y, ...size } : size
}

/** A new hardened window loading the renderer bundle; it is shown once its first paint is ready. */
export function createAppWindow(bounds: WindowBounds): BrowserWindow {
  const win = new BrowserWindow(windowOptions(bounds))
  win.once('ready-to-show', () => win.show())
  win
    .loadURL(APP_ENTRY_URL)
    .catch((error: unknown) => console.error('The window could not load the app page', error))
  return win
}
