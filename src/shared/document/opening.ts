// What a window is told when a design comes on screen: whether it opens unsaved and the one notice
// that says why (an upgraded file, a design carried by an exported image, recovered changes, a
// previous version, a reloaded window), how a failure names the file, and what a new design is
// (blank, or a template's copy dated today). Decided once here, so Electron main and the web
// adapter (renderer/src/platform/web-adapter.ts) say the same words; each passes in what it knows
// of the file. Pure; runs in main and in the renderer.
import type { Opened } from '../ipc/contract'
import type { DesignDocument } from '../model/document'
import { newDesign } from '../model/factory'
import { MAX_FILE_BYTES } from '../model/limits'

/** The title-bar name of a design that has no file yet. */
export const UNTITLED_FILE_NAME = 'Untitled'

/** The longest notice the IPC contract carries; a longer one is cut with an ellipsis. */
export const MAX_NOTICE_LENGTH = 500

export const NO_FILE_CHOSEN = 'No file was chosen.'
export const NOT_IN_RECENT_FILES = 'That file is no longer in the list of recent files.'
export const NO_SUCH_TEMPLATE = 'There is no built-in template with that id.'
export const NO_FILE_TO_RELOAD = 'This design has never been saved, so there is no file to reload.'

/** A design a shell holds under a handle, as the window will show it. */
export interface DesignOnScreen {
  readonly handle: string
  /** The title-bar name: the file's name, or UNTITLED_FILE_NAME. */
  readonly fileName: string
  /** True when Save writes to a file without asking where. */
  readonly hasFile: boolean
  readonly doc: DesignDocument
}

/** How a design arrives: unsaved or not, and why, told once. */
export interface Arrival {
  readonly dirty: boolean
  readonly notice?: string
}

/** A new blank or template design, or a file reloaded from disk as it is. */
export const UNCHANGED: Arrival = { dirty: false }

/** A design built by File ▸ Import from Configuration Manager: it exists nowhere yet. */
export const IMPORTED: Arrival = { dirty: true }

/** The answer that puts `design` in a window. */
export function openedPayload(design: DesignOnScreen, arrival: Arrival): Opened {
  const opened: Opened = {
    ok: true,
    handle: design.handle,
    fileName: design.fileName,
    hasFile: design.hasFile,
    doc: design.doc,
    dirty: arrival.dirty,
  }
  if (arrival.notice) opened.notice = clampNotice(arrival.notice)
  return opened
}

export const clampNotice = (notice: string): string =>
  notice.length > MAX_NOTICE_LENGTH ? `${notice.slice(0, MAX_NOTICE_LENGTH - 1)}…` : notice

/** The message with the file's name in it (the load pipeline's own messages do not name the file). */
export const namingFile = (fileName: string, message: string): string =>
  message.includes(fileName) ? message : `“${fileName}” could not be opened. ${message}`

/** Why a file was not opened: it is bigger than any design may be. */
export const fileTooLargeMessage = (fileName: string): string =>
  `${JSON.stringify(fileName)} is larger than ${Math.round(MAX_FILE_BYTES / (1024 * 1024))} MB, the most a design may be.`

/** What the load pipeline found in an opened file. */
export interface LoadedFileFacts {
  /** The name of the file as chosen (the image's name when the design came out of one). */
  readonly fileName: string
  /** The schema version the file had, when it was upgraded on the way in. */
  readonly migratedFrom?: number | undefined
  /** Set when the design was carried by an exported PNG or SVG image. */
  readonly embeddedIn?: 'png' | 'svg' | undefined
}

export const migrationNotice = (from: number): string =>
  `This design was upgraded from an older file format (schema version ${from}). The file on disk is unchanged until you save.`

export const imageNotice = (imageFileName: string): string =>
  `Opened the design carried by the image “${imageFileName}”. Save it to keep it as a design file.`

/**
 * An opened file: as it is on disk, unsaved when it was upgraded, and explained when it came out
 * of an image (it then has no file until saved, so Save never writes JSON over the image).
 */
export function openedFile(file: LoadedFileFacts): Arrival {
  const migrated = file.migratedFrom !== undefined
  if (file.embeddedIn !== undefined) return { dirty: migrated, notice: imageNotice(file.fileName) }
  if (file.migratedFrom !== undefined) return { dirty: true, notice: migrationNotice(file.migratedFrom) }
  return UNCHANGED
}

/** File ▸ Revert: the file as it is on disk again; unsaved only when it had to be upgraded. */
export const reverted = (migratedFrom: number | undefined): Arrival => ({ dirty: migratedFrom !== undefined })

/** What became of the file a recovery snapshot was taken from when the snapshot is restored. */
export type RecoveredOriginal =
  /** The design had no file, or the shell keeps none (the web adapter). */
  | { readonly state: 'none' }
  /** The file opened again: Save writes back to it. */
  | { readonly state: 'reopened' }
  /** The file is open in another window: the recovered design opens untitled. */
  | { readonly state: 'open elsewhere' }
  /** The file could not be opened (`reason` says why): the recovered design opens untitled. */
  | { readonly state: 'unopenable'; readonly reason: string }

const RECOVERED = 'Unsaved changes were recovered after CMG Designer closed unexpectedly.'

export const RECOVERY_SNAPSHOT_GONE = 'The recovery snapshot no longer exists.'

export const damagedSnapshotMessage = (reason: string): string =>
  `The recovery snapshot is damaged: ${reason}`

/** A recovery snapshot restored: always unsaved, with where Save will put it. */
export function restoredFromRecovery(original: RecoveredOriginal): Arrival {
  switch (original.state) {
    case 'unopenable':
      return {
        dirty: true,
        notice: `${RECOVERED} The original file could not be opened (${original.reason}) Use Save As to keep them.`,
      }
    case 'open elsewhere':
      return {
        dirty: true,
        notice: `${RECOVERED} The original file is open in another window; use Save As to keep them.`,
      }
    default:
      return { dirty: true, notice: `${RECOVERED} Save to keep them.` }
  }
}

/** File ▸ Restore Previous Version: the backup of `originalFileName` opened as a new unsaved design. */
export const previousVersion = (originalFileName: string): Arrival => ({
  dirty: true,
  notice: `This is the previous version of “${originalFileName}”, kept when a save replaced it. It is a new unsaved design; the file itself is unchanged. Use Save As to keep this version.`,
})

/** A window whose page reloaded shows its design again: with the unsaved changes its recovery copy kept, if any. */
export const reloaded = (hadUnsavedChanges: boolean): Arrival =>
  hadUnsavedChanges
    ? {
        dirty: true,
        notice: 'The window was reloaded; your unsaved changes were recovered. Save to keep them.',
      }
    : UNCHANGED

/** File ▸ New: a blank design, or a copy of the template evaluated today; it has no file until saved. */
export function newDesignFrom(template: DesignDocument | undefined, today: string): DesignDocument {
  if (template === undefined) return newDesign(today)
  return { ...template, design: { ...template.design, evaluationDate: today } }
}
