// The implementation of every invoke channel of the IPC contract. Handlers are thin: they check
// that the handle in a request belongs to the calling window, then call the file services, the
// design actions and the native dialogs. They receive requests already validated by register.ts
// and may return any Fail; nothing here throws across IPC. A save or export that waits for a file
// another program holds tells its window so ('file:wait'), which can cancel the wait.
// Runs in the Electron main process; every dependency is injected (see HandlerDeps).
import { basename, extname } from 'node:path'
import type { BrowserWindow, WebContents } from 'electron'
import { NO_FILE_CHOSEN, namingFile, reverted } from '../../shared/document/opening'
import {
  NOTHING_IMPORTED,
  TOO_MANY_EXPORTS,
  exportFileText,
  exportTooLargeMessage,
} from '../../shared/document/import-files'
import { DESIGN_FILE_EXTENSION, safeFileName, saveAsProposal } from '../../shared/document/saving'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { type Fail, MAX_IMPORT_FILES } from '../../shared/ipc/contract'
import { MAX_FILE_BYTES } from '../../shared/model/limits'
import type { DesignDocument } from '../../shared/model/document'
import { type ExpectedTarget, writeFileAtomic } from '../services/atomic-write'
import type { DocumentStore } from '../services/document-store'
import type { FsAdapter } from '../services/fs-adapter'
import type { RecentFiles } from '../services/recent-files'
import { FileServiceError } from '../services/save-errors'
import { type RecoveryStore, recoveryIdFor } from '../services/recovery'
import type { WindowManager } from '../windows'
import { type ExportKind, type NativeDialogs, exportExtension } from '../dialogs'
import { type DesignActions, type Placement, showing } from '../documents/design-actions'
import { FileWaits } from '../documents/file-waits'
import type { TemplateCatalog } from '../documents/templates'
import { type ChannelImpl, type IpcRegistry, failure } from './register'

export interface HandlerDeps {
  readonly actions: DesignActions
  readonly documents: DocumentStore
  readonly recovery: RecoveryStore
  readonly recent: RecentFiles
  readonly templates: TemplateCatalog
  readonly windows: WindowManager
  readonly dialogs: NativeDialogs
  readonly fs: FsAdapter
  readonly app: { readonly name: string; readonly version: string; readonly platform: string }
  today(): string
  /** The recent list changed (cleared): the menu and the OS list follow. */
  onRecentCleared(): void
  /** The sender's page as a PDF (webContents.printToPDF), for the 'pdf' export. */
  printToPdf(sender: WebContents): Promise<Uint8Array>
}

export type ChannelHandlers = { readonly [C in InvokeChannel]: ChannelImpl<C> }

const NOT_THIS_WINDOW = 'This design is not open in this window.'
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const PNG_DATA_URL_PREFIX = 'data:image/png;base64,'
/** Files an export may replace that hold a design: their content is backed up first. */
const DESIGN_FILE = /\.(cmgd|json)$/i

/** The bytes of an export: text as UTF-8, a PNG or a PowerPoint deck from base64 (a PNG's data: URL prefix is tolerated). */
export function exportBytes(kind: Exclude<ExportKind, 'pdf'>, data: string): Uint8Array | undefined {
  if (kind !== 'png' && kind !== 'pptx') return new TextEncoder().encode(data)
  const base64 = data.startsWith(PNG_DATA_URL_PREFIX) ? data.slice(PNG_DATA_URL_PREFIX.length) : data
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) return undefined
  return Buffer.from(base64, 'base64')
}

export function createHandlers(deps: HandlerDeps): ChannelHandlers {
  const { actions, documents, recovery, recent, templates, windows, dialogs } = deps
  const waits = new FileWaits()

  const callerWindow = (sender: WebContents): BrowserWindow | undefined => windows.fromContents(sender)
  const fromCaller = (sender: WebContents): Placement => ({
    window: callerWindow(sender),
    answer: 'ipc',
    reuse: true,
  })

  /** The caller's window when `handle` is the design it shows. */
  const ownerOf = (sender: WebContents, handle: string): BrowserWindow | undefined => {
    const win = callerWindow(sender)
    return win && windows.handleOf(win) === handle ? win : undefined
  }

  async function saveTo(
    win: BrowserWindow,
    handle: string,
    doc: DesignDocument,
    revision: number,
    options: { overwrite?: boolean; targetPath?: string },
  ) {
    const wait = waits.begin(win.webContents)
    const saved = await documents.save(handle, doc, { ...options, wait }).finally(() => wait.end())
    if (!saved.ok) {
      windows.saveFailed(win, revision)
      return failure(saved.error.code, saved.error.message)
    }
    // A recovery copy of an edit newer than this save stays: it is the only record of that edit.
    if (windows.saveCoversSnapshot(win, revision))
      await recovery.discard(recoveryIdFor(handle)).catch((error: unknown) => {
        console.error('The recovery copy of a saved design could not be deleted', error)
      })
    await actions.noteRecent(saved.value.filePath)
    windows.saved(win, saved.value.fileName, saved.value.filePath, revision)
    const { backupWarning, readBackWarning } = saved.value
    const warnings = [readBackWarning, backupWarning].filter((text) => text !== undefined)
    return {
      ok: true as const,
      fileName: saved.value.fileName,
      revision,
      ...(warnings.length > 0 ? { warning: warnings.join('\n') } : {}),
    }
  }

  async function saveAs(win: BrowserWindow, handle: string, doc: DesignDocument, revision: number) {
    const proposed = saveAsProposal(documents.get(handle)?.filePath ?? null, doc.design.name)
    const chosen = await dialogs.chooseDesignSavePath(win, proposed)
    if (chosen === undefined) {
      windows.saveFailed(win, revision)
      return failure('CANCELLED', 'The design was not saved.')
    }
    // The native dialog has already asked before replacing an existing file; the document store
    // refuses a file another window shows, under any of its names.
    const targetPath = extname(chosen) === '' ? `${chosen}${DESIGN_FILE_EXTENSION}` : chosen
    return saveTo(win, handle, doc, revision, { targetPath, overwrite: true })
  }

  return {
    'app:info': () => ({ ok: true, ...deps.app, today: deps.today() }),

    'templates:list': async () => ({ ok: true, templates: await templates.list() }),

    'doc:new': ({ templateId }, { sender }) => actions.newDesign(templateId, fromCaller(sender)),

    'doc:open': (_req, { sender }) => actions.chooseAndOpen(fromCaller(sender)),

    'doc:openRecent': ({ recentId }, { sender }) => actions.openRecent(recentId, fromCaller(sender)),

    'doc:save': async ({ handle, doc, revision, overwrite }, { sender }) => {
      const win = ownerOf(sender, handle)
      if (!win) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      if (documents.get(handle)?.filePath == null) return saveAs(win, handle, doc, revision)
      return saveTo(win, handle, doc, revision, overwrite === undefined ? {} : { overwrite })
    },

    'doc:saveAs': async ({ handle, doc, revision }, { sender }) => {
      const win = ownerOf(sender, handle)
      if (!win) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      return saveAs(win, handle, doc, revision)
    },

    'doc:revert': async ({ handle }, { sender }) => {
      const win = ownerOf(sender, handle)
      if (!win) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      const fromDisk = await documents.revert(handle)
      if (!fromDisk.ok) {
        const fileName = documents.get(handle)?.fileName ?? ''
        return failure(
          fromDisk.error.code,
          namingFile(fileName, fromDisk.error.message),
          fromDisk.error.issues,
        )
      }
      await recovery.discard(recoveryIdFor(handle)).catch((error: unknown) => {
        console.error('The recovery copy of a reverted design could not be deleted', error)
      })
      const file = fromDisk.value
      const opened = showing(file, reverted(file.migratedFrom))
      windows.setDirty(win, opened.dirty, file.doc.design.name)
      return opened
    },

    'doc:setDirty': ({ handle, dirty, designName, revision }, { sender }) => {
      const win = ownerOf(sender, handle)
      if (!win) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      windows.setDirty(win, dirty, designName, revision)
      return { ok: true }
    },

    'doc:close': ({ handle }, { sender }) => {
      const win = callerWindow(sender)
      if (!win) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      if (windows.handleOf(win) === handle) {
        // The window's own design: close the window once this answer is sent (the close still
        // asks about unsaved changes main knows of).
        setImmediate(() => {
          if (!win.isDestroyed()) win.close()
        })
        return { ok: true }
      }
      // A design this window showed before it switched: main released it at the switch.
      if (windows.liveHandles().includes(handle)) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      return { ok: true }
    },

    'recent:list': async () => ({
      ok: true,
      items: (await recent.list()).slice(0, 20).map(({ id, fileName, folder }) => ({ id, fileName, folder })),
    }),

    'recent:clear': async () => {
      try {
        await recent.clear()
      } catch (error) {
        return fileServiceFailure(error, 'The list of recent files could not be cleared.')
      }
      deps.onRecentCleared()
      return { ok: true }
    },

    'recovery:put': async ({ handle, doc, revision }, { sender }) => {
      const win = ownerOf(sender, handle)
      const file = win && documents.get(handle)
      if (!file) return failure('NOT_FOUND', NOT_THIS_WINDOW)
      windows.snapshotTaken(win, revision)
      try {
        await recovery.put(handle, doc, { fileName: file.fileName, filePath: file.filePath })
        return { ok: true }
      } catch (error) {
        return fileServiceFailure(error, 'The recovery copy could not be written.')
      }
    },

    'recovery:list': async () => {
      const live = actions.liveRecoveryIds()
      const items = (await recovery.list()).filter((item) => !live.has(item.id)).slice(0, 100)
      return {
        ok: true,
        items: items.map(({ id, designName, fileName, savedAt, damaged }) => ({
          id,
          designName: designName.slice(0, 200),
          fileName,
          savedAt,
          damaged,
        })),
      }
    },

    'recovery:restore': ({ id }, { sender }) => actions.restore(id, fromCaller(sender)),

    'recovery:discard': async ({ id }) => {
      if (actions.liveRecoveryIds().has(id))
        return failure('NOT_FOUND', 'That recovery copy belongs to an open window.')
      try {
        await recovery.discard(id)
        return { ok: true }
      } catch (error) {
        return fileServiceFailure(error, 'The recovery copy could not be deleted.')
      }
    },

    'export:write': async ({ kind, suggestedName, data }, { sender }) => {
      const win = callerWindow(sender)
      if (!win) return failure('NOT_FOUND', 'Exports are written for a design window.')
      const extension = exportExtension(kind)
      const bytes = kind === 'pdf' ? undefined : exportBytes(kind, data)
      if (bytes === undefined && kind !== 'pdf')
        return failure(
          'INVALID_REQUEST',
          `The ${kind === 'png' ? 'PNG image' : 'PowerPoint'} data is not valid base64.`,
        )
      const chosen = await dialogs.chooseExportPath(win, kind, safeFileName(suggestedName, extension))
      if (chosen === undefined) return failure('CANCELLED', 'Nothing was exported.')
      const target = extname(chosen) === '' ? `${chosen}${extension}` : chosen
      // The native dialog asked before replacing a file, but never replaces an open design.
      if ((await documents.handleShowing(target)) !== undefined)
        return failure(
          'WRITE_FAILED',
          `“${basename(target)}” is a design open in a window, so the export did not replace it. Export under another name.`,
        )
      // A design file replaced by an export stays recoverable: Restore Previous Version opens it.
      let expect: ExpectedTarget | undefined
      if (DESIGN_FILE.test(target)) {
        const backedUp = await documents.backUpBeforeReplacing(target)
        if (!backedUp.ok) return failure(backedUp.error.code, backedUp.error.message)
        expect = backedUp.value
      }
      const content = bytes ?? (await deps.printToPdf(sender))
      const wait = waits.begin(win.webContents)
      const written = await writeFileAtomic(deps.fs, target, content, {
        ...(expect ? { expect } : {}),
        signal: wait.signal,
        onWaiting: wait.onWaiting,
      }).finally(() => wait.end())
      if (!written.ok) return failure(written.error.code, written.error.message)
      return { ok: true, fileName: basename(target) }
    },

    'import:read': async (_req, { sender }) => {
      const paths = await dialogs.chooseImportFiles(callerWindow(sender))
      if (paths === undefined) return failure('CANCELLED', NO_FILE_CHOSEN)
      if (paths.length > MAX_IMPORT_FILES) return failure('READ_FAILED', TOO_MANY_EXPORTS)
      const files: { fileName: string; text: string }[] = []
      for (const path of paths) {
        const read = await readExportFile(deps.fs, path)
        if (typeof read === 'string') return failure('READ_FAILED', `${read} ${NOTHING_IMPORTED}`)
        files.push(read)
      }
      return { ok: true, files }
    },

    'import:open': ({ doc }, { sender }) => actions.openImported(doc, fromCaller(sender)),

    'file:cancelWait': ({ waitId }, { sender }) =>
      waits.cancel(sender.id, waitId)
        ? { ok: true }
        : failure('NOT_FOUND', 'That save is no longer waiting for the file.'),
  }
}

/** A Configuration Manager export's text (size-capped, UTF-8 or UTF-16), or why it cannot be imported. */
async function readExportFile(
  fs: FsAdapter,
  path: string,
): Promise<{ fileName: string; text: string } | string> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const info = await fs.stat(path)
    if (!info.isFile()) return `“${fileName}” cannot be imported: it is not a file.`
    if (info.size > MAX_FILE_BYTES) return exportTooLargeMessage(fileName)
    bytes = await fs.readFile(path)
  } catch {
    return `“${fileName}” could not be read.`
  }
  return exportFileText(fileName, bytes)
}

/** A FileServiceError (recovery, recent files) as a Fail with its code and sentence; anything else as WRITE_FAILED. */
function fileServiceFailure(error: unknown, fallback: string): Fail {
  if (error instanceof FileServiceError) return failure(error.code, error.message)
  console.error(fallback, error)
  return failure('WRITE_FAILED', fallback)
}

/** Registers every handler; the registry refuses duplicates, and the meta-test checks none is missing. */
export function registerHandlers(registry: IpcRegistry, handlers: ChannelHandlers): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) registerOne(registry, handlers, channel)
}

function registerOne<C extends InvokeChannel>(
  registry: IpcRegistry,
  handlers: ChannelHandlers,
  channel: C,
): void {
  registry.handle(channel, handlers[channel])
}
