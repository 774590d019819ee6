// Open designs by opaque handle: the renderer only ever sees handles, main keeps the paths. Opening
// reads and parses a file (never writes); saving checks that nobody else changed the file (when it
// starts, and again right before the rename), keeps a backup of the version it replaces in the
// app's data folder, writes atomically and reads back. That backup can be opened as a new design.
// Opening a file also sweeps, in the background, what unfinished saves left beside it (orphans.ts),
// queued behind any save of that file. A file is one design under all its names (symlinks, hard
// links, case variants: file-identity.ts): it is never opened twice, never saved to from two
// designs, and every write of it waits in one queue keyed by its real path.
// Runs in the Electron main process and in plain Node (tests); every path comes from the caller.
import { createHash, randomBytes } from 'node:crypto'
import { basename, extname, join, resolve } from 'node:path'
import type { DesignDocument } from '../../shared/model/document'
import { MAX_FILE_BYTES } from '../../shared/model/limits'
import type { LoadErrorCode } from '../../shared/format/errors'
import { NO_FILE_TO_RELOAD, UNTITLED_FILE_NAME, fileTooLargeMessage } from '../../shared/document/opening'
import { designNameForImage, type ImageKind } from '../../shared/format/embedded'
import { loadDesignBytes } from '../../shared/format/load'
import { serializeDesign } from '../../shared/format/serialize'
import { type Result, err, ok } from '../../shared/util/result'
import { type ExpectedTarget, truncateUtf8, writeFileAtomic } from './atomic-write'
import { identifyFile, sameFile } from './file-identity'
import type { FsAdapter } from './fs-adapter'
import { type OrphanSweep, type OrphanSweepOptions, logOrphanSweep, sweepOrphans } from './orphans'
import { type SaveError, errnoOf, saveErrorCodeFor, saveErrorMessage } from './save-errors'
import { SerialQueue } from './serial-queue'

export interface OpenedFile {
  handle: string
  filePath: string | null
  fileName: string
  doc: DesignDocument
  /** Schema version the file had when it was migrated on open (the design is then unsaved). */
  migratedFrom?: number
  /** Set when the design came out of an exported image; it then has no file until saved. */
  embeddedIn?: ImageKind
  /** openFile found the file open already (under this or another name): this is that design. */
  alreadyOpen?: true
}

export type OpenErrorCode = LoadErrorCode | 'READ_FAILED' | 'NOT_FOUND'
export interface OpenError {
  code: OpenErrorCode
  message: string
  issues: readonly string[]
}

export interface SaveOptions {
  /** Replace the file even though another program changed it since it was opened or saved. */
  overwrite?: boolean
  /** Save As: write here, and from now on the handle points to this file. */
  targetPath?: string
  /** Hears that the save waits for a file another program holds, and can end that wait. */
  wait?: FileWait
}

/** A save's side of a wait for a locked file (see writeFileAtomic). */
export interface FileWait {
  readonly signal?: AbortSignal
  readonly onWaiting?: (message: string) => void
}

/** What the file on disk was when this app last read or wrote it; a different hash is a CONFLICT. */
interface DiskIdentity {
  readonly mtimeMs: number
  readonly size: number
  readonly sha256: string
}

interface Entry extends OpenedFile {
  identity?: DiskIdentity
}

const MAX_MB = Math.round(MAX_FILE_BYTES / (1024 * 1024))

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A key that is equal for two spellings of one path (case-insensitive where the OS is). */
function pathKey(filePath: string): string {
  const absolute = resolve(filePath)
  return process.platform === 'win32' || process.platform === 'darwin' ? absolute.toLowerCase() : absolute
}

export const newDocumentHandle = () => `doc_${randomBytes(12).toString('base64url')}`

const openFail = (code: OpenErrorCode, message: string, issues: readonly string[] = []) =>
  err<OpenError>({ code, message, issues })

function readFailure(error: unknown, fileName: string) {
  const name = JSON.stringify(fileName)
  const errno = errnoOf(error)
  switch (errno) {
    case 'ENOENT':
    case 'ENOTDIR':
      return openFail('NOT_FOUND', `${name} was not found. It may have been moved, renamed or deleted.`)
    case 'EISDIR':
      return openFail('READ_FAILED', `${name} is a folder, not a design file.`)
    case 'EACCES':
    case 'EPERM':
      return openFail('READ_FAILED', `${name} could not be opened: permission denied.`)
    default:
      return openFail('READ_FAILED', `${name} could not be read${errno ? ` (${errno})` : ''}.`)
  }
}

/**
 * A successful save; `backupWarning` says the previous version could not be kept as a backup,
 * `readBackWarning` that the saved file could not be read back to check it.
 */
export interface SavedFile {
  readonly fileName: string
  readonly filePath: string
  readonly backupWarning?: string
  readonly readBackWarning?: string
}

/** Waits before reading a just-saved file back again after a read error (a scanner may hold it). */
const READ_BACK_RETRY_DELAYS_MS = [100, 400, 1000]
/** A backup is a courtesy: a locked one is not waited for as long as the design itself. */
const BACKUP_RENAME_RETRY_BUDGET_MS = 1000
/** The most of a file's name a backup's name carries, in UTF-8 bytes (file names end at 255). */
const MAX_NAME_BYTES_IN_BACKUP = 120

type ReadBack =
  | { readonly kind: 'same'; readonly identity: DiskIdentity }
  | { readonly kind: 'different' }
  | { readonly kind: 'unreadable'; readonly errno: string | undefined }

export class DocumentStore {
  private readonly fs: FsAdapter
  private readonly backupDir: string
  private readonly newHandle: () => string
  private readonly entries = new Map<string, Entry>()
  private readonly queue = new SerialQueue()
  private readonly orphanSweep: OrphanSweepOptions
  private readonly onOrphanSweep: (sweep: OrphanSweep) => void
  private readonly readBackRetryDelaysMs: readonly number[]

  constructor(opts: {
    fs: FsAdapter
    backupDir: string
    newHandle?: () => string
    /** Grace period and clock of the sweeps. */
    orphanSweep?: OrphanSweepOptions
    /** Hears each background sweep that opening a file starts (default: logs what it did). */
    onOrphanSweep?: (sweep: OrphanSweep) => void
    /** Waits between attempts to read a saved file back after a read error. */
    readBackRetryDelaysMs?: readonly number[]
  }) {
    this.fs = opts.fs
    this.backupDir = opts.backupDir
    this.newHandle = opts.newHandle ?? newDocumentHandle
    this.orphanSweep = opts.orphanSweep ?? {}
    this.onOrphanSweep = opts.onOrphanSweep ?? ((sweep) => logOrphanSweep(sweep))
    this.readBackRetryDelaysMs = opts.readBackRetryDelaysMs ?? READ_BACK_RETRY_DELAYS_MS
  }

  /**
   * Cleans up what unfinished saves left beside `filePath` (orphans.ts), after every save of that
   * file already queued here, so a save of this app is never swept from under it. Never rejects.
   */
  async sweepOrphans(filePath: string): Promise<OrphanSweep> {
    const absolute = resolve(filePath)
    // A previous version of a design that no longer exists goes to the app's data folder.
    const options = { setAsideDir: join(this.backupDir, 'left-behind'), ...this.orphanSweep }
    return this.queue.run(await this.writerKey(absolute), () => sweepOrphans(this.fs, absolute, options))
  }

  /**
   * Opens a design file. A file open already under any name (a symlink, a hard link, a case
   * variant) is not opened a second time: the answer is that design, marked `alreadyOpen`. Opens
   * run one at a time, each after any save of its file, so neither two opens nor an open and a
   * Save As can make two designs (two writers) of one file.
   */
  openFile(filePath: string): Promise<Result<OpenedFile, OpenError>> {
    const absolute = resolve(filePath)
    return this.queue.run('open', async () =>
      this.queue.run(await this.writerKey(absolute), async () => {
        const open = await this.entryShowing(absolute)
        if (open) return ok<OpenedFile>({ ...publicView(open), alreadyOpen: true })
        return this.openNow(absolute)
      }),
    )
  }

  private async openNow(absolute: string): Promise<Result<OpenedFile, OpenError>> {
    const loaded = await this.load(absolute)
    if (!loaded.ok) return loaded
    this.sweepInBackground(absolute)
    if (loaded.value.embeddedIn !== undefined) {
      // A design taken out of an exported PNG or SVG: Save must never write JSON over the image.
      const { doc, migratedFrom, embeddedIn } = loaded.value
      const entry: Entry = {
        handle: this.newHandle(),
        filePath: null,
        fileName: designNameForImage(basename(absolute)),
        doc,
        embeddedIn,
      }
      if (migratedFrom !== undefined) entry.migratedFrom = migratedFrom
      this.entries.set(entry.handle, entry)
      return ok(publicView(entry))
    }
    const entry: Entry = {
      handle: this.newHandle(),
      filePath: absolute,
      fileName: basename(absolute),
      ...loaded.value,
    }
    this.entries.set(entry.handle, entry)
    return ok(publicView(entry))
  }

  createUntitled(doc: DesignDocument, fileName: string = UNTITLED_FILE_NAME): OpenedFile {
    const entry: Entry = { handle: this.newHandle(), filePath: null, fileName, doc }
    this.entries.set(entry.handle, entry)
    return publicView(entry)
  }

  get(handle: string): OpenedFile | undefined {
    const entry = this.entries.get(handle)
    return entry && publicView(entry)
  }

  save(handle: string, doc: DesignDocument, opts: SaveOptions = {}): Promise<Result<SavedFile, SaveError>> {
    // Per handle first (so a Save queued after a Save As goes to the new path), then per file (its
    // real path, so two names of one file never interleave their writes).
    return this.queue.run(`handle:${handle}`, async () => {
      const entry = this.entries.get(handle)
      if (!entry)
        return err<SaveError>({
          code: 'NOT_FOUND',
          message: 'This design is no longer open, so it was not saved.',
        })
      const target = opts.targetPath ?? entry.filePath
      if (target === null)
        return err<SaveError>({
          code: 'NOT_FOUND',
          message: 'This design has no file yet. Use Save As to choose one.',
        })
      const absolute = resolve(target)
      return this.queue.run(await this.writerKey(absolute), async () => {
        // Save As onto a file another design holds (under any name) would make two writers.
        if (await this.entryShowing(absolute, handle))
          return err<SaveError>({
            code: 'WRITE_FAILED',
            message: `“${basename(absolute)}” is open in another window, so it was not replaced. Close that window first, or save under another name.`,
          })
        return this.saveNow(entry, doc, absolute, opts.overwrite === true, opts.wait ?? {})
      })
    })
  }

  revert(handle: string): Promise<Result<OpenedFile, OpenError>> {
    return this.queue.run(`handle:${handle}`, async () => {
      const entry = this.entries.get(handle)
      if (!entry) return openFail('NOT_FOUND', 'This design is no longer open.')
      if (entry.filePath === null) return openFail('NOT_FOUND', NO_FILE_TO_RELOAD)
      const loaded = await this.load(entry.filePath)
      if (!loaded.ok) return loaded
      entry.doc = loaded.value.doc
      entry.identity = loaded.value.identity
      if (loaded.value.migratedFrom === undefined) delete entry.migratedFrom
      else entry.migratedFrom = loaded.value.migratedFrom
      return ok(publicView(entry))
    })
  }

  close(handle: string): void {
    this.entries.delete(handle)
  }

  /** The handle of the open design whose file `filePath` is, under whatever name, if any. */
  async handleShowing(filePath: string): Promise<string | undefined> {
    return (await this.entryShowing(resolve(filePath)))?.handle
  }

  /** The open design (other than `except`) whose file is `filePath`, by real path or file number now. */
  private async entryShowing(filePath: string, except?: string): Promise<Entry | undefined> {
    const wanted = await identifyFile(this.fs, filePath)
    for (const entry of [...this.entries.values()]) {
      if (entry.filePath === null || entry.handle === except) continue
      const identity = await identifyFile(this.fs, entry.filePath)
      if (this.entries.get(entry.handle) === entry && sameFile(wanted, identity)) return entry
    }
    return undefined
  }

  /** The queue every write of one file goes through, keyed by its real path (where atomic saves write). */
  private async writerKey(filePath: string): Promise<string> {
    return `path:${pathKey((await identifyFile(this.fs, filePath)).realPath)}`
  }

  /** Fire and forget: a failed cleanup never affects the open, and is only logged. */
  private sweepInBackground(filePath: string): void {
    this.sweepOrphans(filePath)
      .then((sweep) => this.onOrphanSweep(sweep))
      .catch((error: unknown) => console.error('Cleaning up after unfinished saves failed', error))
  }

  /** Where the single backup of `filePath`'s previous version lives (in backupDir, never beside it). */
  backupPathFor(filePath: string): string {
    const name = truncateUtf8(basename(filePath), MAX_NAME_BYTES_IN_BACKUP)
    return join(this.backupDir, `${sha256(pathKey(filePath)).slice(0, 16)}-${name}.bak`)
  }

  /**
   * The backup of the file `handle` is saved to (the version its last save replaced), opened as a
   * new design without a file, so nothing on disk changes until the user saves it somewhere.
   */
  async openPreviousVersion(handle: string): Promise<Result<OpenedFile, OpenError>> {
    const entry = this.entries.get(handle)
    if (!entry) return openFail('NOT_FOUND', 'This design is no longer open.')
    if (entry.filePath === null)
      return openFail(
        'NOT_FOUND',
        'This design has never been saved to a file, so there is no previous version of it.',
      )
    const name = JSON.stringify(entry.fileName)
    const backupPath = this.backupPathFor(entry.filePath)
    const loaded = await this.load(backupPath)
    if (!loaded.ok) {
      if (loaded.error.code === 'NOT_FOUND')
        return openFail(
          'NOT_FOUND',
          `There is no previous version of ${name}. CMG Designer keeps one when a save replaces the file with different content; ${name} has not been saved over on this computer yet.`,
        )
      return openFail(
        loaded.error.code,
        `The previous version of ${name} could not be opened. ${loaded.error.message}`,
        loaded.error.issues,
      )
    }
    const extension = extname(entry.fileName)
    const stem = entry.fileName.slice(0, entry.fileName.length - extension.length)
    return ok(this.createUntitled(loaded.value.doc, `${stem} (previous version)${extension}`))
  }

  /**
   * Before something other than a save replaces the design file at `filePath` (an export written
   * over it): keeps its current content as that file's backup. Returns what was there (for the
   * last-moment check of the write), or a SaveError when it could not be kept.
   */
  async backUpBeforeReplacing(filePath: string): Promise<Result<ExpectedTarget, SaveError>> {
    const absolute = resolve(filePath)
    const fileName = basename(absolute)
    return this.queue.run(await this.writerKey(absolute), async () => {
      let current: Uint8Array
      try {
        current = await this.fs.readFile(absolute)
      } catch (error) {
        const errno = errnoOf(error)
        if (errno === 'ENOENT') return ok<ExpectedTarget>({ exists: false })
        const code = saveErrorCodeFor(errno, false)
        return err<SaveError>({ code, message: saveErrorMessage(code, fileName, errno) })
      }
      const backedUp = await this.writeBackup(absolute, current)
      if (!backedUp.ok)
        return err<SaveError>({
          code: backedUp.error.code,
          message: `${JSON.stringify(fileName)} was not replaced: its current content could not be kept as a backup first (${backedUp.error.message})`,
        })
      return ok<ExpectedTarget>({ exists: true, size: current.length, sha256: sha256(current) })
    })
  }

  private async load(
    filePath: string,
  ): Promise<
    Result<
      { doc: DesignDocument; identity: DiskIdentity; migratedFrom?: number; embeddedIn?: ImageKind },
      OpenError
    >
  > {
    const fileName = basename(filePath)
    let bytes: Uint8Array
    let mtimeMs: number
    try {
      const stats = await this.fs.stat(filePath)
      if (stats.isDirectory())
        return openFail('READ_FAILED', `${JSON.stringify(fileName)} is a folder, not a design file.`)
      // A device or pipe could be read forever.
      if (!stats.isFile())
        return openFail('READ_FAILED', `${JSON.stringify(fileName)} is not a regular file.`)
      if (stats.size > MAX_FILE_BYTES) return tooLarge(fileName)
      mtimeMs = stats.mtimeMs
      bytes = await this.fs.readFile(filePath)
    } catch (error) {
      return readFailure(error, fileName)
    }
    // The file may have grown between stat and read.
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(fileName)
    // A design file, or the design carried by a PNG or SVG the app exported.
    const loaded = loadDesignBytes(bytes)
    if (!loaded.ok) return loaded
    const { doc, migratedFrom, embeddedIn } = loaded.value
    const identity = { mtimeMs, size: bytes.length, sha256: sha256(bytes) }
    return ok({
      doc,
      identity,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
      ...(embeddedIn === undefined ? {} : { embeddedIn }),
    })
  }

  private async saveNow(
    entry: Entry,
    doc: DesignDocument,
    target: string,
    overwrite: boolean,
    wait: FileWait,
  ): Promise<Result<SavedFile, SaveError>> {
    const fileName = basename(target)
    const fail = (code: SaveError['code'], errno?: string) =>
      err<SaveError>({ code, message: saveErrorMessage(code, fileName, errno) })

    const bytes = new TextEncoder().encode(serializeDesign(doc))
    if (bytes.length > MAX_FILE_BYTES)
      return err<SaveError>({
        code: 'WRITE_FAILED',
        message: `${JSON.stringify(fileName)} was not saved: the design is larger than ${MAX_MB} MB, the most a design file may be.`,
      })

    let previous: Uint8Array | undefined
    try {
      previous = await this.fs.readFile(target)
    } catch (error) {
      const errno = errnoOf(error)
      // A file deleted since it was opened is simply written anew.
      if (errno !== 'ENOENT') return fail(saveErrorCodeFor(errno, false), errno)
    }

    const isSameFile = entry.filePath !== null && pathKey(entry.filePath) === pathKey(target)
    if (isSameFile && entry.identity && previous && sha256(previous) !== entry.identity.sha256 && !overwrite)
      return fail('CONFLICT')

    // A broken app-data folder must never stop the user from saving the design itself: a backup
    // that cannot be written is reported with the successful save instead.
    let backupWarning: string | undefined
    if (previous && !sameBytes(previous, bytes)) {
      const backedUp = await this.writeBackup(target, previous)
      if (!backedUp.ok)
        backupWarning = `The design was saved, but its previous version could not be kept as a backup in the app's data folder (${backedUp.error.message})`
    }

    // Checked again right before the rename: a change by another program since `previous` was read
    // is a CONFLICT, so nothing is overwritten that is not in the backup.
    const expect: ExpectedTarget = previous
      ? { exists: true, size: previous.length, sha256: sha256(previous) }
      : { exists: false }
    const written = await writeFileAtomic(this.fs, target, bytes, { expect, ...wait })
    if (!written.ok) return err<SaveError>({ code: written.error.code, message: written.error.message })

    const readBack = await this.readBack(target, bytes)
    if (readBack.kind === 'different') {
      // The disk did not keep what was written: put the previous version back so the file and the
      // remembered identity still agree, and the design stays unsaved in the app.
      if (previous) await writeFileAtomic(this.fs, target, previous)
      else await this.fs.unlink(target).catch(() => undefined)
      return err<SaveError>({
        code: 'WRITE_FAILED',
        message: `${JSON.stringify(fileName)} could not be verified after saving (the disk returned different data), so the previous version was kept. Try again, or use Save As to save it on another drive.`,
      })
    }
    // The rename succeeded, so the new version is in place even when it cannot be read back: the
    // save stands (putting the old version back could fail the same way), with a warning.
    let readBackWarning: string | undefined
    let identity: DiskIdentity
    if (readBack.kind === 'same') identity = readBack.identity
    else {
      identity = { mtimeMs: Number.NaN, size: bytes.length, sha256: sha256(bytes) }
      readBackWarning = `${JSON.stringify(fileName)} was saved, but reading it back to check it failed${readBack.errno ? ` (${readBack.errno})` : ''}, even after several tries, so it could not be verified. Another program may be holding it; if the drive is unreliable, also use Save As to keep a copy elsewhere.`
    }

    entry.filePath = target
    entry.fileName = fileName
    entry.doc = doc
    entry.identity = identity
    delete entry.migratedFrom
    return ok({
      fileName,
      filePath: target,
      ...(backupWarning === undefined ? {} : { backupWarning }),
      ...(readBackWarning === undefined ? {} : { readBackWarning }),
    })
  }

  private async writeBackup(target: string, previous: Uint8Array): Promise<Result<void, SaveError>> {
    try {
      await this.fs.mkdir(this.backupDir, { recursive: true })
    } catch (error) {
      const errno = errnoOf(error)
      const code = saveErrorCodeFor(errno, true)
      return err({ code, message: saveErrorMessage(code, basename(target), errno) })
    }
    return writeFileAtomic(this.fs, this.backupPathFor(target), previous, {
      renameRetryBudgetMs: process.platform === 'win32' ? BACKUP_RENAME_RETRY_BUDGET_MS : 0,
    })
  }

  /**
   * Reads the file back: its new identity when it holds exactly `expected`. A read that fails (a
   * virus scanner opening the new file, a network blip) is tried again a few times before the
   * file is reported unreadable; an error is never taken for different content.
   */
  private async readBack(target: string, expected: Uint8Array): Promise<ReadBack> {
    for (let attempt = 0; ; attempt++) {
      try {
        const onDisk = await this.fs.readFile(target)
        if (!sameBytes(onDisk, expected)) return { kind: 'different' }
        const stats = await this.fs.stat(target)
        return {
          kind: 'same',
          identity: { mtimeMs: stats.mtimeMs, size: onDisk.length, sha256: sha256(onDisk) },
        }
      } catch (error) {
        const delay = this.readBackRetryDelaysMs[attempt]
        if (delay === undefined) return { kind: 'unreadable', errno: errnoOf(error) }
        await new Promise((wake) => setTimeout(wake, delay))
      }
    }
  }
}

function tooLarge(fileName: string) {
  return openFail('FILE_TOO_LARGE', fileTooLargeMessage(fileName))
}

function publicView(entry: Entry): OpenedFile {
  const view: OpenedFile = {
    handle: entry.handle,
    filePath: entry.filePath,
    fileName: entry.fileName,
    doc: entry.doc,
  }
  if (entry.migratedFrom !== undefined) view.migratedFrom = entry.migratedFrom
  if (entry.embeddedIn !== undefined) view.embeddedIn = entry.embeddedIn
  return view
}
