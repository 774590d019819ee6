// What main does to bring a design on screen, shared by the IPC handlers, the menu and the OS
// (command line, second launch, macOS open-file): open a file, a recent file, a template, a blank
// design or a recovery snapshot, and the crash-recovery questions at startup.
//
// A file that cannot be opened is explained once: by a native dialog naming the file and the
// problem when main opened it on its own (menu, OS, startup), or by the page that asked, which gets
// a Fail whose message names the file and whose details list the invalid values.
//
// Where a design goes: each design has its own window. A window that still holds only an untouched
// new design (no file, no changes) is reused; otherwise a new window opens. When the request came
// from a window over IPC, that window gets the design as the answer if it was reused; if the
// design went to a new window, the caller gets `CANCELLED` with OPENED_ELSEWHERE_MESSAGE (nothing
// for it to show) and the new window receives 'doc:opened' once its page has loaded. A file that
// is open already, under any name (a symlink, a hard link, a case variant: see file-identity.ts),
// does not open again: its window comes to the front.
//
// Whether a design opens unsaved, the notice that says why, and what a new design is, are decided
// in src/shared/document/opening.ts (the web adapter uses the same decisions); this module does
// the file, window and dialog work around them.
// Runs in the Electron main process; services, windows and dialogs are injected.
import { basename } from 'node:path'
import type { BrowserWindow } from 'electron'
import {
  type Arrival,
  IMPORTED,
  NO_FILE_CHOSEN,
  NO_SUCH_TEMPLATE,
  NOT_IN_RECENT_FILES,
  type RecoveredOriginal,
  UNCHANGED,
  namingFile,
  newDesignFrom,
  openedFile,
  openedPayload,
  previousVersion,
  reloaded,
  restoredFromRecovery,
} from '../../shared/document/opening'
import type { Fail, Opened } from '../../shared/ipc/contract'
import type { DesignDocument } from '../../shared/model/document'
import { localDate, localTimeOfDay } from '../../shared/time/local-date'
import type { NativeDialogs } from '../dialogs'
import { failure } from '../ipc/register'
import type { DocumentStore, OpenedFile } from '../services/document-store'
import type { RecentFiles } from '../services/recent-files'
import { type RecoveryStore, recoveryIdFor } from '../services/recovery'
import type { WindowManager } from '../windows'
import type { TemplateCatalog } from './templates'

export const OPENED_ELSEWHERE_MESSAGE = 'The design opened in its own window.'
export const ALREADY_OPEN_MESSAGE = 'The design is already open; its window was brought to the front.'

/** Where a design should appear and how the requester learns about it. */
export interface Placement {
  /** The window the request came from (IPC) or the focused window (menu, OS). */
  readonly window?: BrowserWindow
  /** 'ipc': the caller receives the design as its answer if its window is reused; 'event': always via 'doc:opened'. */
  readonly answer: 'ipc' | 'event'
  /** May an untouched new design in `window` be replaced? False for File ▸ New, which always opens a window. */
  readonly reuse: boolean
}

export interface DesignActionsDeps {
  readonly documents: DocumentStore
  readonly recovery: RecoveryStore
  readonly recent: RecentFiles
  readonly templates: TemplateCatalog
  readonly windows: WindowManager
  readonly dialogs: NativeDialogs
  /** Today's local date, YYYY-MM-DD (the evaluation date of new designs). */
  today(): string
  /** Where damaged recovery snapshots are moved (named in the message to the user). */
  readonly damagedRecoveryDir: string
  /** A file was opened or saved: the OS recent-documents list and the menu follow. */
  onRecentChanged(filePath?: string): void
}

/** "2026-11-26 14:05" in local time, or the text itself when it is not a date. */
export function describeTime(iso: string): string {
  const date = new Date(iso)
  if (iso === '' || Number.isNaN(date.getTime())) return iso || 'an unknown time'
  return `${localDate(date)} ${localTimeOfDay(date)}`
}

/** The answer that shows an open file's design (or `doc` instead, e.g. a recovered one) as `arrival` says. */
export function showing(file: OpenedFile, arrival: Arrival, doc: DesignDocument = file.doc): Opened {
  const { handle, fileName, filePath } = file
  return openedPayload({ handle, fileName, hasFile: filePath !== null, doc }, arrival)
}

export class DesignActions {
  constructor(private readonly deps: DesignActionsDeps) {}

  /** Puts `opened` on screen per the placement rules above; the answer for an IPC caller. */
  private place(opened: Opened, filePath: string | null, placement: Placement): Opened | Fail {
    const { windows } = this.deps
    const target = placement.window
    if (target && !target.isDestroyed() && placement.reuse && windows.isPristine(target)) {
      windows.replace(target, opened, filePath, placement.answer === 'event')
      target.focus()
      return opened
    }
    windows.open(opened, filePath, target && !target.isDestroyed() ? target : undefined)
    return placement.answer === 'ipc' ? failure('CANCELLED', OPENED_ELSEWHERE_MESSAGE) : opened
  }

  async openPath(filePath: string, placement: Placement): Promise<Opened | Fail> {
    const { documents, windows, dialogs } = this.deps
    const result = await documents.openFile(filePath)
    if (result.ok && result.value.alreadyOpen) {
      // Open already, maybe under another name (symlink, hard link, case): its window comes forward.
      const showing = windows.windowOf(result.value.handle)
      if (showing?.isMinimized()) showing.restore()
      showing?.focus()
      return failure('CANCELLED', ALREADY_OPEN_MESSAGE)
    }
    if (!result.ok) {
      const fileName = basename(filePath)
      // Exactly one explanation: a page that asked reports the failure itself; otherwise main does.
      if (placement.answer === 'event')
        await dialogs.showOpenFailure(placement.window, fileName, result.error)
      return failure(result.error.code, namingFile(fileName, result.error.message), result.error.issues)
    }
    const file = result.value
    await this.noteRecent(file.filePath)
    const { migratedFrom, embeddedIn } = file
    const arrival = openedFile({ fileName: basename(filePath), migratedFrom, embeddedIn })
    return this.place(showing(file, arrival), file.filePath, placement)
  }

  async chooseAndOpen(placement: Placement): Promise<Opened | Fail> {
    const filePath = await this.deps.dialogs.chooseDesignToOpen(placement.window)
    if (filePath === undefined) return failure('CANCELLED', NO_FILE_CHOSEN)
    return this.openPath(filePath, placement)
  }

  async openRecent(recentId: string, placement: Placement): Promise<Opened | Fail> {
    const filePath = await this.deps.recent.resolve(recentId)
    if (filePath === undefined) return failure('NOT_FOUND', NOT_IN_RECENT_FILES)
    return this.openPath(filePath, placement)
  }

  /** A blank design, or a copy of a built-in template dated today; it has no file until saved. */
  async newDesign(templateId: string | undefined, placement: Placement): Promise<Opened | Fail> {
    const template = templateId === undefined ? undefined : await this.deps.templates.design(templateId)
    if (templateId !== undefined && template === undefined) return failure('NOT_FOUND', NO_SUCH_TEMPLATE)
    const file = this.deps.documents.createUntitled(newDesignFrom(template, this.deps.today()))
    return this.place(showing(file, UNCHANGED), null, placement)
  }

  /** A design the renderer imported from Configuration Manager exports: a new unsaved design. */
  openImported(doc: DesignDocument, placement: Placement): Opened | Fail {
    const file = this.deps.documents.createUntitled(doc)
    return this.place(showing(file, IMPORTED), null, placement)
  }

  /**
   * Opens a recovery snapshot unsaved. If it came from a file that still opens (and is not open
   * already), Save writes back to that file; otherwise it opens untitled. The snapshot is copied
   * under the new window's key before the old copy is deleted, so the work is never unprotected.
   */
  async restore(recoveryId: string, placement: Placement): Promise<Opened | Fail> {
    const { recovery, documents } = this.deps
    if (this.liveRecoveryIds().has(recoveryId))
      return failure('NOT_FOUND', 'That recovery copy belongs to an open window.')
    const snapshot = await recovery.read(recoveryId)
    if (!snapshot.ok) return failure(snapshot.error.code, snapshot.error.message)
    const { doc, fileName, filePath } = snapshot.value
    let file: OpenedFile
    let originalFile: RecoveredOriginal = { state: 'none' }
    const original = filePath === null ? undefined : await documents.openFile(filePath)
    if (original?.ok && !original.value.alreadyOpen) {
      file = original.value
      originalFile = { state: 'reopened' }
    } else if (original && !original.ok) {
      file = documents.createUntitled(doc, fileName)
      originalFile = { state: 'unopenable', reason: original.error.message }
    } else {
      file = documents.createUntitled(doc, fileName || undefined)
      if (original) originalFile = { state: 'open elsewhere' }
    }
    try {
      await recovery.put(file.handle, doc, { fileName: file.fileName, filePath: file.filePath })
      await recovery.discard(recoveryId)
    } catch (error) {
      console.error(
        'The recovery copy could not be moved to the restored window; the old copy is kept',
        error,
      )
    }
    return this.place(showing(file, restoredFromRecovery(originalFile), doc), file.filePath, placement)
  }

  /**
   * File ▸ Restore Previous Version: the backup of the file shown in the placement's window (the
   * version its last save replaced) opens as a new unsaved design; the file itself is not touched.
   * When there is none, or it cannot be read, a dialog says so.
   */
  async openPreviousVersion(placement: Placement): Promise<Opened | Fail> {
    const { documents, windows, dialogs } = this.deps
    const handle = placement.window && windows.handleOf(placement.window)
    if (handle === undefined) return failure('NOT_FOUND', 'No design window is active.')
    const previous = await documents.openPreviousVersion(handle)
    if (!previous.ok) {
      const shown = documents.get(handle)?.fileName ?? 'this design'
      await dialogs.inform(
        placement.window,
        previous.error.code === 'NOT_FOUND'
          ? `There is no previous version of “${shown}”.`
          : `The previous version of “${shown}” could not be opened.`,
        [previous.error.message, ...previous.error.issues.slice(0, 5)].join('\n'),
      )
      return failure(previous.error.code, previous.error.message, previous.error.issues)
    }
    const original = documents.get(handle)?.fileName ?? ''
    return this.place(showing(previous.value, previousVersion(original)), null, placement)
  }

  /** Recovery ids of the designs open right now (their snapshots are live, not left over). */
  liveRecoveryIds(): Set<string> {
    return new Set(this.deps.windows.liveHandles().map(recoveryIdFor))
  }

  /** After the first window is ready: one question per snapshot a previous run left behind. */
  async offerRecovery(parent: BrowserWindow | undefined): Promise<void> {
    const { recovery, dialogs } = this.deps
    const live = this.liveRecoveryIds()
    const items = (await recovery.list()).filter((item) => !live.has(item.id))
    for (const item of items) {
      const name = item.designName || item.fileName || 'an untitled design'
      const when = describeTime(item.savedAt)
      const placement: Placement = { window: parent, answer: 'event', reuse: true }
      try {
        if (item.damaged) {
          await recovery.moveAsideDamaged(item.id)
          await dialogs.inform(
            parent,
            'A recovery copy could not be read.',
            `The unsaved copy of “${name}” from ${when} is damaged and cannot be restored. It was moved to ${this.deps.damagedRecoveryDir} and not deleted.`,
          )
          continue
        }
        const choice = await dialogs.askRecovery(parent, {
          designName: item.designName,
          fileName: item.fileName,
          hasOriginal: item.filePath !== null,
          savedAt: when,
        })
        if (choice === 'restore') {
          const restored = await this.restore(item.id, placement)
          if (!restored.ok && restored.code !== 'CANCELLED')
            await dialogs.inform(
              parent,
              `“${name}” could not be restored.`,
              `${restored.message} The recovery copy was kept.`,
            )
        } else if (choice === 'openOriginal' && item.filePath !== null) {
          const opened = await this.openPath(item.filePath, placement)
          if (opened.ok || opened.code === 'CANCELLED') await recovery.discard(item.id)
        } else if (choice === 'discard') {
          await recovery.discard(item.id)
        }
      } catch (error) {
        console.error(`Recovery of ${item.id} failed; the copy is kept`, error)
      }
    }
  }

  /** The design a window shows again after its page reloaded: its recovery copy if there is one, else the file. */
  async reloadPayload(handle: string): Promise<Opened | undefined> {
    const file = this.deps.documents.get(handle)
    if (!file) return undefined
    const snapshot = await this.deps.recovery.read(recoveryIdFor(handle))
    return snapshot.ok ? showing(file, reloaded(true), snapshot.value.doc) : showing(file, reloaded(false))
  }

  /** A window let go of a design: forget the handle and, unless its renderer died, its recovery copy. */
  releaseDocument(handle: string, keepRecovery: boolean): void {
    this.deps.documents.close(handle)
    if (!keepRecovery)
      this.deps.recovery
        .discard(recoveryIdFor(handle))
        .catch((error: unknown) => console.error('A recovery copy could not be deleted', error))
  }

  async noteRecent(filePath: string | null): Promise<void> {
    if (filePath === null) return
    try {
      await this.deps.recent.add(filePath)
    } catch (error) {
      console.error('The recent-files list could not be updated', error)
    }
    this.deps.onRecentChanged(filePath)
  }
}
