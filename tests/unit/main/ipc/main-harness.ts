// Main's document side wired as the app wires it, for tests: the real document store, recovery
// store, recent files, window manager, design actions and IPC handlers on a temp folder, with fake
// windows and native dialogs and an injectable file system (to hold or fail a save). `call` sends a
// request the way a window's page does. Test files must mock `electron` (see electron-fakes.ts).
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import type { Opened } from '../../../../src/shared/ipc/contract'
import { newDesign } from '../../../../src/shared/model/factory'
import { DesignActions } from '../../../../src/main/documents/design-actions'
import type { NativeDialogs } from '../../../../src/main/dialogs'
import { createHandlers, registerHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRegistry } from '../../../../src/main/ipc/register'
import { TemplateCatalog } from '../../../../src/main/documents/templates'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { RecentFiles } from '../../../../src/main/services/recent-files'
import { RecoveryStore } from '../../../../src/main/services/recovery'
import { WindowManager } from '../../../../src/main/windows'
import { FakeWindow, topFrame } from '../electron-fakes'

const TEMPLATES_DIR = resolve(import.meta.dirname, '../../../../resources/templates')

export const settle = () => new Promise((done) => setTimeout(done, 0))

export function mainHarness(dir: string, fs: FsAdapter = realFs) {
  const backupDir = join(dir, 'user', 'backups')
  const documents = new DocumentStore({ fs, backupDir })
  const recovery = new RecoveryStore({ fs, dir: join(dir, 'user', 'recovery') })
  const recent = new RecentFiles({ fs, file: join(dir, 'user', 'recent.json') })
  const templates = new TemplateCatalog({ fs, dir: TEMPLATES_DIR })
  const dialogs = {
    chooseDesignToOpen: vi.fn(async (): Promise<string | undefined> => undefined),
    chooseImportFiles: vi.fn(async (): Promise<string[] | undefined> => undefined),
    chooseDesignSavePath: vi.fn(async (): Promise<string | undefined> => undefined),
    chooseExportPath: vi.fn(async (): Promise<string | undefined> => undefined),
    showOpenFailure: vi.fn(async () => undefined),
    confirmUnsaved: vi.fn(async (): Promise<'save' | 'discard' | 'cancel'> => 'cancel'),
    askRecovery: vi.fn(async () => 'later' as const),
    inform: vi.fn(async () => undefined),
  } satisfies NativeDialogs
  const created: FakeWindow[] = []
  const quitApp = vi.fn()
  const windows: WindowManager = new WindowManager({
    createWindow: () => {
      const win = new FakeWindow()
      created.push(win)
      return win as never
    },
    dialogs,
    reloadPayload: (handle) => actions.reloadPayload(handle),
    releaseDocument: (handle, keep) => actions.releaseDocument(handle, keep),
    rememberBounds: () => undefined,
    theme: () => undefined,
    quitApp,
    platform: 'linux',
  })
  const actions: DesignActions = new DesignActions({
    documents,
    recovery,
    recent,
    templates,
    windows,
    dialogs,
    today: () => '2026-11-26',
    damagedRecoveryDir: join(dir, 'user', 'recovery', 'damaged'),
    onRecentChanged: () => undefined,
  })
  const listeners = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const registry = createIpcRegistry(
    { handle: (channel, listener) => listeners.set(channel, listener as never) },
    { warn: () => undefined, error: () => undefined },
  )
  registerHandlers(
    registry,
    createHandlers({
      actions,
      documents,
      recovery,
      recent,
      templates,
      windows,
      dialogs,
      fs,
      app: { name: 'CMG Designer', version: '0.1.0', platform: 'linux' },
      today: () => '2026-11-26',
      onRecentCleared: () => undefined,
      printToPdf: async () => new Uint8Array(),
    }),
  )
  /** Calls a channel the way the page in `win` would. */
  const call = (win: FakeWindow, channel: string, payload: unknown) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(
      { senderFrame: topFrame('app://bundle/index.html'), sender: win.webContents },
      payload,
    ) as Promise<Record<string, unknown>>
  }
  /** Opens `filePath` as the OS or the menu would (not from a page); the window it went to, loaded. */
  const openFromOs = async (filePath: string) => {
    const result = await actions.openPath(filePath, { answer: 'event', reuse: true })
    const win = created.at(-1)
    if (result.ok && win) {
      win.webContents.finishLoad()
      await settle()
    }
    return { result, win }
  }
  const handleOf = (win: FakeWindow) => windows.handleOf(win as never) as string
  /** A window whose page opened `filePath` through its Open dialog (a design written there first). */
  const windowWithFile = async (filePath: string, designName = 'Contoso') => {
    writeFileSync(filePath, serializeDesign(newDesign('2026-11-26', designName)))
    await actions.newDesign(undefined, { answer: 'event', reuse: false })
    const win = created.at(-1) as FakeWindow
    win.webContents.finishLoad()
    await settle()
    dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
    const opened = (await call(win, 'doc:open', {})) as Opened
    if (!opened.ok) throw new Error('the design did not open')
    return { win, opened }
  }
  return {
    documents,
    recovery,
    dialogs,
    windows,
    actions,
    created,
    quitApp,
    call,
    openFromOs,
    handleOf,
    windowWithFile,
    backupDir,
  }
}
