// Small stand-ins for the Electron objects main-process code touches (windows, webContents, frames,
// the electron module itself), so main's logic runs under plain Node: the Electron binary is never
// loaded. Test files use `vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)`.
// createElectronMain() is a whole recording `electron` module for running the built main process
// (out/main/index.js): it enforces Electron's before/after-ready rules and logs the order of events.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { WindowOpenHandlerResponse } from 'electron'
import { vi } from 'vitest'

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  destroyed = false
  loading = true
  readonly undo = vi.fn()
  readonly redo = vi.fn()
  readonly cut = vi.fn()
  readonly copy = vi.fn()
  readonly paste = vi.fn()
  readonly delete = vi.fn()
  readonly reload = vi.fn()
  /** What setWindowOpenHandler installed (the security guard), if anything. */
  windowOpenHandler: ((details: { url: string }) => WindowOpenHandlerResponse) | undefined
  isDestroyed = () => this.destroyed
  isLoading = () => this.loading
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  /** The page finished loading: what Electron emits once the renderer's document has loaded. */
  finishLoad(): void {
    this.loading = false
    this.emit('did-finish-load')
  }
  eventsOn(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.payload)
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents()
  title = ''
  documentEdited = false
  representedFilename = ''
  destroyed = false
  focused = 0
  bounds = { x: 10, y: 20, width: 1000, height: 700 }
  maximized = false
  setTitle = (title: string) => {
    this.title = title
  }
  setDocumentEdited = (edited: boolean) => {
    this.documentEdited = edited
  }
  setRepresentedFilename = (name: string) => {
    this.representedFilename = name
  }
  isDestroyed = () => this.destroyed
  isMinimized = () => false
  restore = vi.fn()
  focus = () => {
    this.focused++
  }
  getBounds = () => ({ ...this.bounds })
  getNormalBounds = () => ({ ...this.bounds })
  isMaximized = () => this.maximized
  /** Like BrowserWindow.close(): emits 'close' (cancellable), then 'closed' unless prevented. */
  close = () => {
    if (this.destroyed) return
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (prevented) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
}

/** A frame as Electron's WebFrameMain exposes it to IPC handlers. */
export interface FakeFrame {
  url: string
  top: FakeFrame | null
}

export function topFrame(url: string): FakeFrame {
  const frame: FakeFrame = { url, top: null }
  frame.top = frame
  return frame
}

export function childFrame(url: string, parentUrl = 'app://bundle/index.html'): FakeFrame {
  return { url, top: topFrame(parentUrl) }
}

/** The fake `electron` module: only what importing main's modules needs; tests spy on the parts they use. */
export const electronModule = {
  app: {
    isPackaged: false,
    getAppPath: () => '/app',
    getPath: (name: string) => `/user/${name}`,
    getVersion: () => '0.1.0',
  },
  BrowserWindow: class {
    constructor(readonly options: unknown) {}
  },
  dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn() },
}

/** A cancellable Electron event, as app and webContents listeners receive it. */
export interface FakeEvent {
  readonly preventDefault: () => void
  readonly defaultPrevented: () => boolean
}

export function fakeEvent(): FakeEvent {
  let prevented = false
  return { preventDefault: () => (prevented = true), defaultPrevented: () => prevented }
}

export interface ElectronMainOptions {
  /** app.getPath('userData'); the other app paths are folders inside it. */
  userData: string
  /** app.getAppPath(): the project root in development (templates are read from it). */
  appPath: string
  isPackaged?: boolean
  /** What app.requestSingleInstanceLock() answers: false for a second launch. */
  singleInstance?: boolean
}

type IpcListener = (event: unknown, ...args: unknown[]) => Promise<unknown>

/**
 * A recording `electron` module for the whole main process. Like Electron, it refuses
 * enableSandbox(), commandLine.appendSwitch() and registerSchemesAsPrivileged() once the app is ready, and protocol.handle()
 * and session.defaultSession before; ipcMain.handle() refuses a second handler for a channel.
 * `timeline` lists those calls and 'ready' in the order they happened. Creating a BrowserWindow
 * emits app 'web-contents-created' for its webContents, as Electron does. app.quit() emits
 * 'before-quit', then closes every window; the app has quit (`quitted`) once none is left open.
 */
export function createElectronMain(options: ElectronMainOptions) {
  const timeline: string[] = []
  let ready = false
  let becomeReady: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (becomeReady = resolve))
  const onlyBeforeReady = (what: string) => {
    if (ready) throw new Error(`${what} must be called before the app is ready`)
    timeline.push(what)
  }
  const onlyAfterReady = (what: string) => {
    if (!ready) throw new Error(`${what} cannot be used before the app is ready`)
    timeline.push(what)
  }
  const openWindows: FakeBrowserWindow[] = []

  class FakeApp extends EventEmitter {
    isPackaged = options.isPackaged ?? false
    quitCalls = 0
    quitted = false
    readonly exit = vi.fn()
    readonly addRecentDocument = vi.fn()
    readonly clearRecentDocuments = vi.fn()
    isReady = () => ready
    whenReady = () => readyPromise
    enableSandbox = () => onlyBeforeReady('app.enableSandbox')
    /** Chromium's command line: switches by name, a later value replacing an earlier one. */
    readonly commandLine = {
      switches: new Map<string, string>(),
      getSwitchValue: (name: string) => app.commandLine.switches.get(name) ?? '',
      appendSwitch: (name: string, value = '') => {
        onlyBeforeReady(`app.commandLine.appendSwitch ${name}`)
        app.commandLine.switches.set(name, value)
      },
    }
    requestSingleInstanceLock = () => {
      timeline.push('app.requestSingleInstanceLock')
      return options.singleInstance ?? true
    }
    getPath = (name: string) => (name === 'userData' ? options.userData : join(options.userData, name))
    getAppPath = () => options.appPath
    getVersion = () => '0.1.0'
    quit = () => {
      this.quitCalls++
      const event = fakeEvent()
      this.emit('before-quit', event)
      if (event.defaultPrevented()) return
      for (const win of [...openWindows]) win.close()
      if (openWindows.length === 0) this.quitted = true
    }
  }
  const app = new FakeApp()

  class FakeBrowserWindow extends FakeWindow {
    static getAllWindows = () => [...openWindows]
    /** The app is in the background: no window has the focus. */
    static getFocusedWindow = () => null
    url = ''
    readonly show = vi.fn()
    readonly maximize = vi.fn()
    readonly loadURL = vi.fn(async (url: string) => {
      this.url = url
    })
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      super()
      openWindows.push(this)
      this.once('closed', () => openWindows.splice(openWindows.indexOf(this), 1))
      app.emit('web-contents-created', fakeEvent(), this.webContents)
    }
  }

  const protocol = {
    privileged: [] as Electron.CustomScheme[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]) {
      onlyBeforeReady('protocol.registerSchemesAsPrivileged')
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      onlyAfterReady('protocol.handle')
      protocol.handlers.set(scheme, handler)
    },
  }

  type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void
  type PermissionRequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void
  const defaultSession = {
    requestFilter: undefined as RequestFilter | undefined,
    permissionRequest: undefined as PermissionRequestHandler | undefined,
    permissionCheck: undefined as ((contents: unknown, permission: string) => boolean) | undefined,
    webRequest: {
      onBeforeRequest(filter: RequestFilter) {
        defaultSession.requestFilter = filter
      },
    },
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      defaultSession.permissionRequest = handler
    },
    setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean) {
      defaultSession.permissionCheck = handler
    },
    setDevicePermissionHandler: vi.fn(),
  }
  const session = {
    get defaultSession() {
      onlyAfterReady('session.defaultSession')
      return defaultSession
    },
  }

  const ipcMain = {
    /** Every ipcMain.handle call, in order (a channel may appear only once). */
    registered: [] as string[],
    listeners: new Map<string, IpcListener>(),
    handle(channel: string, listener: IpcListener) {
      ipcMain.registered.push(channel)
      if (ipcMain.listeners.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      ipcMain.listeners.set(channel, listener)
    },
    /** What the renderer's ipcRenderer.invoke(channel, request) gets, sent from `sender`'s `frame`. */
    invoke(channel: string, sender: FakeWebContents, frame: FakeFrame, request: unknown): Promise<unknown> {
      const listener = ipcMain.listeners.get(channel)
      if (!listener) throw new Error(`No handler for '${channel}'`)
      return listener({ sender, senderFrame: frame }, request)
    },
  }

  const Menu = {
    applicationMenu: undefined as unknown,
    buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => template,
    setApplicationMenu(menu: unknown) {
      Menu.applicationMenu = menu
    },
  }

  const dialog = {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  }

  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }

  return {
    /** What `require('electron')` returns to the main process. */
    module: { app, BrowserWindow: FakeBrowserWindow, protocol, session, ipcMain, Menu, dialog, screen },
    app,
    protocol,
    defaultSession,
    ipcMain,
    Menu,
    dialog,
    timeline,
    /** The windows that are open now, oldest first. */
    windows: () => [...openWindows],
    /** Electron finished starting: app 'ready'. */
    becomeReady() {
      ready = true
      timeline.push('ready')
      becomeReady()
    },
  }
}

export type ElectronMain = ReturnType<typeof createElectronMain>
