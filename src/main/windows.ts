// The window manager: each design lives in its own window. It remembers which document handle each
// window shows and whether it has unsaved changes (from 'doc:setDirty'), keeps the title and the
// macOS "edited" dot current, hands a window its design once the page has loaded ('doc:opened'),
// and guards closing and quitting with the Save / Don't Save / Cancel prompt.
//
// "Save" in that prompt sends the window the menu command 'save' and remembers the revision main
// last heard the page report (doc:setDirty carries the page's revision). The page always answers a
// save request, queued behind a save it is running. The window closes only when the page reports
// itself clean at that revision or a later one, i.e. once what it showed is on disk (its save
// succeeded, reported through saved(), or the edits were undone): an earlier save still running
// cannot close it. A failed or cancelled save of that revision, an edit newer than the save that
// counted, a new close attempt or a crashed page forget the close and stop a quit in progress, so
// no later save closes the window by surprise. The window also knows the newest revision a recovery
// copy was asked for, so a save of an older revision does not delete that copy.
// Runs in the Electron main process; windows and dialogs are injected, so tests use fakes.
import type { BrowserWindow, Rectangle } from 'electron'
import { THEME_COMMANDS } from '../shared/commands/table'
import type { MenuCommand, Opened } from '../shared/ipc/contract'
import type { NativeDialogs, UnsavedChoice } from './dialogs'
import { sendEvent } from './ipc/events'
import { windowTitle } from './window'

export type Theme = 'light' | 'dark' | 'highContrast'

export interface SavedBounds extends Rectangle {
  readonly maximized: boolean
}

export interface WindowManagerDeps {
  /** A new hardened window loading the app page, placed next to `openedFrom` when given. */
  createWindow(openedFrom?: BrowserWindow): BrowserWindow
  dialogs: Pick<NativeDialogs, 'confirmUnsaved'>
  /** What to show when a window's page loads again (a reload, or after its renderer crashed). */
  reloadPayload(handle: string): Promise<Opened | undefined>
  /**
   * The window no longer shows `handle` (closed or replaced). `keepRecovery` is true when the
   * window's renderer died, so its recovery copy is the only record of unsaved work.
   */
  releaseDocument(handle: string, keepRecovery: boolean): void
  rememberBounds(bounds: SavedBounds): void
  /** The theme every window should use (sent after the design, as a menu command). */
  theme(): Theme | undefined
  /** Resumes a quit that was paused by the unsaved-changes prompt. */
  quitApp(): void
  platform: NodeJS.Platform
}

/** The close prompt's Save, waiting for the page's save. */
interface CloseAfterSave {
  /** The page's revision when the user chose Save: a save of an earlier one does not count. */
  readonly revision: number
  /** The revision of the save that counted, once it succeeded. */
  savedRevision?: number
}

interface DesignWindow {
  readonly win: BrowserWindow
  handle: string
  fileName: string
  filePath: string | null
  designName: string
  dirty: boolean
  /** The page's revision its last doc:setDirty reported. */
  revision: number
  /** The newest revision a recovery copy was requested of (null: none). */
  snapshotRevision: number | null
  /** The design to send once the page has loaded; null after it was sent. */
  pending: Opened | null
  loaded: boolean
  prompting: boolean
  closeApproved: boolean
  closeAfterSave: CloseAfterSave | null
  /** The window was closed from a quit that its prompt paused: quit again once it is gone. */
  resumeQuitWhenClosed: boolean
  crashTimes: number[]
}

/** Renderer crashes within this window of time count towards giving up on reloading. */
const CRASH_WINDOW_MS = 60_000
const MAX_RELOADS_PER_CRASH_WINDOW = 2

export class WindowManager {
  private readonly records = new Map<number, DesignWindow>()
  private quitting = false

  constructor(private readonly deps: WindowManagerDeps) {}

  /** Opens `opened` (whose file is `filePath`, null when it has none) in a new window cascaded from `openedFrom`. */
  open(opened: Opened, filePath: string | null, openedFrom?: BrowserWindow): BrowserWindow {
    const win = this.deps.createWindow(openedFrom)
    const record: DesignWindow = {
      win,
      handle: opened.handle,
      fileName: opened.fileName,
      filePath,
      designName: opened.doc.design.name,
      dirty: opened.dirty,
      revision: 0,
      snapshotRevision: null,
      pending: opened,
      loaded: false,
      prompting: false,
      closeApproved: false,
      closeAfterSave: null,
      resumeQuitWhenClosed: false,
      crashTimes: [],
    }
    this.records.set(win.webContents.id, record)
    this.watch(record)
    this.refreshTitle(record)
    return win
  }

  /**
   * Shows another design in an existing window (one that holds only an untouched new design).
   * The previous document is released; the page gets the new one now, or when it finishes loading.
   * `notify` is false when the caller hands the design to the page itself (as an IPC answer).
   */
  replace(win: BrowserWindow, opened: Opened, filePath: string | null, notify: boolean): void {
    const record = this.records.get(win.webContents.id)
    if (!record) return
    const previous = record.handle
    record.handle = opened.handle
    record.fileName = opened.fileName
    record.filePath = filePath
    record.designName = opened.doc.design.name
    record.dirty = opened.dirty
    record.snapshotRevision = null
    if (notify) {
      if (record.loaded) sendEvent(win.webContents, 'doc:opened', opened)
      else record.pending = opened
    } else {
      record.pending = null
    }
    this.refreshTitle(record)
    if (previous !== opened.handle) this.deps.releaseDocument(previous, false)
  }

  /** A window whose design has no file and no changes: opening another design may reuse it. */
  isPristine(win: BrowserWindow): boolean {
    const record = this.records.get(win.webContents.id)
    return !!record && record.filePath === null && !record.dirty && !record.prompting && !record.closeApproved
  }

  /** The window a request came from, if it is one of ours. */
  fromContents(contents: { readonly id: number }): BrowserWindow | undefined {
    return this.records.get(contents.id)?.win
  }

  handleOf(win: BrowserWindow): string | undefined {
    return this.records.get(win.webContents.id)?.handle
  }

  designNameOf(win: BrowserWindow): string | undefined {
    return this.records.get(win.webContents.id)?.designName
  }

  /** The window showing the design with this handle (DocumentStore.handleShowing finds a file's). */
  windowOf(handle: string): BrowserWindow | undefined {
    for (const record of this.records.values()) if (record.handle === handle) return record.win
    return undefined
  }

  liveHandles(): string[] {
    return [...this.records.values()].map((r) => r.handle)
  }

  windows(): BrowserWindow[] {
    return [...this.records.values()].map((r) => r.win)
  }

  /**
   * The page's design is (un)saved as of its `revision` (absent: main's own change, e.g. a revert,
   * keeps the last revision). A close waiting for a save proceeds once the page is clean at the
   * revision it waits for, and is abandoned by an edit newer than the save that counted.
   */
  setDirty(win: BrowserWindow, dirty: boolean, designName: string, revision?: number): void {
    const record = this.records.get(win.webContents.id)
    if (!record) return
    record.dirty = dirty
    record.designName = designName
    if (revision !== undefined) record.revision = revision
    this.refreshTitle(record)
    const waiting = record.closeAfterSave
    if (!waiting) return
    if (dirty && waiting.savedRevision !== undefined && record.revision > waiting.savedRevision)
      this.abandonClose(record)
    else this.closeIfSettled(record)
  }

  /**
   * A save of the window's design at `revision` succeeded: the new name, and a close waiting for
   * this revision (or an earlier one) may proceed once the page reports itself clean.
   */
  saved(win: BrowserWindow, fileName: string, filePath: string, revision: number): void {
    const record = this.records.get(win.webContents.id)
    if (!record) return
    record.fileName = fileName
    record.filePath = filePath
    this.refreshTitle(record)
    const waiting = record.closeAfterSave
    if (!waiting || revision < waiting.revision) return
    // The page has already reported an edit this save does not hold.
    if (record.dirty && record.revision > revision) {
      this.abandonClose(record)
      return
    }
    waiting.savedRevision = Math.max(revision, waiting.savedRevision ?? revision)
    this.closeIfSettled(record)
  }

  /**
   * A save at `revision` failed or was cancelled. A close waiting for this revision (or an earlier
   * one) is abandoned, and so is a quit; an earlier save's failure leaves it to the page's next save.
   */
  saveFailed(win: BrowserWindow, revision: number): void {
    const record = this.records.get(win.webContents.id)
    const waiting = record?.closeAfterSave
    if (!record || !waiting || revision < waiting.revision) return
    this.abandonClose(record)
  }

  /** A recovery copy of the window's design at `revision` is being written. */
  snapshotTaken(win: BrowserWindow, revision: number): void {
    const record = this.records.get(win.webContents.id)
    if (record) record.snapshotRevision = Math.max(revision, record.snapshotRevision ?? revision)
  }

  /** True when a save at `revision` holds everything the window's recovery copy holds (it may go). */
  saveCoversSnapshot(win: BrowserWindow, revision: number): boolean {
    const snapshot = this.records.get(win.webContents.id)?.snapshotRevision ?? null
    return snapshot === null || snapshot <= revision
  }

  sendCommand(win: BrowserWindow, command: MenuCommand): void {
    sendEvent(win.webContents, 'menu:command', { command })
  }

  /** Called from app 'before-quit': closing windows now belongs to a quit. */
  quitRequested(): void {
    this.quitting = true
  }

  /**
   * The user stopped the quit (Cancel, or a save it waited for failed). Every window forgets it,
   * so another window whose Save or Don't Save is still settling does not start the quit again.
   */
  private cancelQuit(): void {
    this.quitting = false
    for (const record of this.records.values()) record.resumeQuitWhenClosed = false
  }

  /** The close waiting for a save will not happen: forget it, and stop the quit it belonged to. */
  private abandonClose(record: DesignWindow): void {
    record.closeAfterSave = null
    this.cancelQuit()
  }

  /** Closes a window waiting for its save once the page is clean at the revision it waited for. */
  private closeIfSettled(record: DesignWindow): void {
    const waiting = record.closeAfterSave
    if (!waiting || record.dirty || record.revision < waiting.revision || record.win.isDestroyed()) return
    record.closeAfterSave = null
    record.closeApproved = true
    record.win.close()
  }

  private refreshTitle(record: DesignWindow): void {
    if (record.win.isDestroyed()) return
    record.win.setTitle(windowTitle(record.fileName, record.dirty))
    if (this.deps.platform === 'darwin') {
      record.win.setDocumentEdited(record.dirty)
      record.win.setRepresentedFilename(record.filePath ?? '')
    }
  }

  private watch(record: DesignWindow): void {
    const { win } = record
    const contents = win.webContents
    const contentsId = contents.id
    contents.on('did-finish-load', () => void this.deliver(record))
    contents.on('render-process-gone', (_event, details) => this.rendererGone(record, details.reason))
    // The title is main's ("file • — CMG Designer"), not the page's <title>.
    win.on('page-title-updated', (event) => event.preventDefault())
    win.on('close', (event) => {
      if (record.dirty && !record.closeApproved) {
        event.preventDefault()
        void this.confirmClose(record)
        return
      }
      this.deps.rememberBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() })
    })
    win.on('closed', () => {
      this.records.delete(contentsId)
      this.deps.releaseDocument(record.handle, record.crashTimes.length > 0)
      if (record.resumeQuitWhenClosed) this.deps.quitApp()
    })
  }

  private async deliver(record: DesignWindow): Promise<void> {
    const firstLoad = !record.loaded
    record.loaded = true
    if (!firstLoad) {
      // A reloaded page counts its revisions from the start, and no longer has a save to answer.
      // It starts from its recovery copy, so any save of it holds what that copy holds.
      record.revision = 0
      record.snapshotRevision = null
      if (record.closeAfterSave) this.abandonClose(record)
    }
    const handle = record.handle
    const payload = record.pending ?? (firstLoad ? undefined : await this.deps.reloadPayload(handle))
    record.pending = null
    if (record.win.isDestroyed() || record.handle !== handle) return
    if (payload) {
      record.dirty = payload.dirty
      this.refreshTitle(record)
      sendEvent(record.win.webContents, 'doc:opened', payload)
    }
    const theme = this.deps.theme()
    if (theme) this.sendCommand(record.win, THEME_COMMANDS[theme])
  }

  private rendererGone(record: DesignWindow, reason: string): void {
    if (reason === 'clean-exit' || record.win.isDestroyed()) return
    // The page that was to save is gone.
    if (record.closeAfterSave) this.abandonClose(record)
    const now = Date.now()
    record.crashTimes = [...record.crashTimes.filter((t) => now - t < CRASH_WINDOW_MS), now]
    console.error(`The window showing ${record.fileName} stopped (${reason})`)
    if (record.crashTimes.length <= MAX_RELOADS_PER_CRASH_WINDOW) record.win.webContents.reload()
  }

  private async confirmClose(record: DesignWindow): Promise<void> {
    if (record.prompting) return
    // A new close attempt replaces one still waiting for a save.
    record.closeAfterSave = null
    record.prompting = true
    let choice: UnsavedChoice
    try {
      choice = await this.deps.dialogs.confirmUnsaved(record.win, record.designName || record.fileName)
    } catch (error) {
      console.error('The unsaved-changes prompt failed', error)
      choice = 'cancel'
    } finally {
      record.prompting = false
    }
    if (record.win.isDestroyed()) return
    switch (choice) {
      case 'save':
        record.closeAfterSave = { revision: record.revision }
        record.resumeQuitWhenClosed = this.quitting
        // The page may have reported itself saved while the question was open.
        if (record.dirty) this.sendCommand(record.win, 'save')
        else this.closeIfSettled(record)
        return
      case 'discard':
        record.closeApproved = true
        record.resumeQuitWhenClosed = this.quitting
        record.win.close()
        return
      case 'cancel':
        this.cancelQuit()
        return
    }
  }
}
