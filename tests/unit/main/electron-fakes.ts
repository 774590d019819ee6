// Small stand-ins for the Electron objects main-process code touches (windows, webContents, frames,
// the electron module itself), so main's logic runs under plain Node: the Electron binary is never
// loaded. Test files use `vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)`.
import { EventEmitter } from 'node:events'
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
  isDestroyed = () => this.destroyed
  isLoading = () => this.loading
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
