// Open designs by opaque handle: the renderer only ever sees handles, main keeps the paths. Opening
// reads and parses a file (never writes); saving checks that nobody else changed the file, keeps a
// backup of the version it replaces in the app's data folder, writes atomically and reads back.
// Opening a file also sweeps, in the background, what unfinished saves left beside it (orphans.ts),
// queued behind any save of that file.
// Runs in the Electron main process and in plain Node (tests); every path comes from the caller.
import { createHash, randomBytes } from 'node:crypto'
import { basename, join, resolve } from 'node:path'
import type { DesignDocument } from '../../shared/model/document'
import { MAX_FILE_BYTES } from '../../shared/model/limits'
import type { LoadErrorCode } from '../../shared/format/errors'
import { designNameForImage, designTextFromBytes, type ImageKind } from '../../shared/format/embedded'
import { parseDesignFile } from '../../shared/format/parse'
import { serializeDesign } from '../../shared/format/serialize'
import { type Result, err, ok } from '../../shared/util/result'
import { writeFileAtomic } from './atomic-write'
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
const UNTITLED = 'Untitled'

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

/** A successful save; `backupWarning` says the previous version could not be kept as a backup. */
export interface SavedFile {
  readonly fileName: string
  readonly filePath: string
  readonly backupWarning?: string
}

export class DocumentStore {
  private readonly fs: FsAdapter
  private readonly backupDir: string
  private readonly newHandle: () => string
  private readonly entries = new Map<string, Entry>()
  private readonly queue = new SerialQueue()
  private readonly orphanSweep: OrphanSweepOptions
  private readonly onOrphanSweep: (sweep: OrphanSweep) => void

  constructor(opts: {
    fs: FsAdapter
    backupDir: string
    newHandle?: () => string
    /** Grace period and clock of the sweeps. */
    orphanSweep?: OrphanSweepOptions
    /** Hears each background sweep that opening a file starts (default: logs what it did). */
    onOrphanSweep?: (sweep: OrphanSweep) => void
  }) {
    this.fs = opts.fs
    this.backupDir = opts.backupDir
    this.newHandle = opts.newHandle ?? newDocumentHandle
    this.orphanSweep = opts.orphanSweep ?? {}
    this.onOrphanSweep = opts.onOrphanSweep ?? ((sweep) => logOrphanSweep(sweep))
  }

  /**
   * Cleans up what unfinished saves left beside `filePath` (orphans.ts), after every save of that
   * file already queued here, so a save of this app is never swept from under it. Never rejects.
   */
  sweepOrphans(filePath: string): Promise<OrphanSweep> {
    const absolute = resolve(filePath)
    return this.queue.run(`path:${pathKey(absolute)}`, () =>
      sweepOrphans(this.fs, absolute, this.orphanSweep),
    )
  }

  async openFile(filePath: string): Promise<Result<OpenedFile, OpenError>> {
    const absolute = resolve(filePath)
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

  createUntitled(doc: DesignDocument, fileName: string = UNTITLED): OpenedFile {
    const entry: Entry = { handle: this.newHandle(), filePath: null, fileName, doc }
    this.entries.set(entry.handle, entry)
    return publicView(entry)
  }

  get(handle: string): OpenedFile | undefined {
    const entry = this.entries.get(handle)
    return entry && publicView(entry)
  }

  save(handle: string, doc: DesignDocument, opts: SaveOptions = {}): Promise<Result<SavedFile, SaveError>> {
    // Per handle first (so a Save queued after a Save As goes to the new path), then per path (so
    // two handles on one file never interleave their writes).
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
      return this.queue.run(`path:${pathKey(absolute)}`, () =>
        this.saveNow(entry, doc, absolute, opts.overwrite === true),
      )
    })
  }

  revert(handle: string): Promise<Result<OpenedFile, OpenError>> {
    return this.queue.run(`handle:${handle}`, async () => {
      const entry = this.entries.get(handle)
      if (!entry) return openFail('NOT_FOUND', 'This design is no longer open.')
      if (entry.filePath === null)
        return openFail('NOT_FOUND', 'This design has never been saved, so there is no file to reload.')
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

  /** Fire and forget: a failed cleanup never affects the open, and is only logged. */
  private sweepInBackground(filePath: string): void {
    this.sweepOrphans(filePath)
      .then((sweep) => this.onOrphanSweep(sweep))
      .catch((error: unknown) => console.error('Cleaning up after unfinished saves failed', error))
  }

  /** Where the single backup of `filePath`'s previous version lives (in backupDir, never beside it). */
  backupPathFor(filePath: string): string {
    const name = basename(filePath).slice(0, 100)
    return join(this.backupDir, `${sha256(pathKey(filePath)).slice(0, 16)}-${name}.bak`)
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
    // A design file's text, or the design carried by a PNG or SVG the app exported.
    const extracted = designTextFromBytes(bytes)
    if (!extracted.ok) return openFail(extracted.error.code, extracted.error.message)
    const { text, embeddedIn } = extracted.value
    const parsed = parseDesignFile(text)
    if (!parsed.ok) return parsed
    const identity = { mtimeMs, size: bytes.length, sha256: sha256(bytes) }
    return ok({
      doc: parsed.value.doc,
      identity,
      ...(parsed.value.migratedFrom === undefined ? {} : { migratedFrom: parsed.value.migratedFrom }),
      ...(embeddedIn === undefined ? {} : { embeddedIn }),
    })
  }

  private async saveNow(
    entry: Entry,
    doc: DesignDocument,
    target: string,
    overwrite: boolean,
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

    const written = await writeFileAtomic(this.fs, target, bytes)
    if (!written.ok) return err<SaveError>({ code: written.error.code, message: written.error.message })

    const identity = await this.verify(target, bytes)
    if (!identity) {
      // The disk did not keep what was written: put the previous version back so the file and the
      // remembered identity still agree, and the design stays unsaved in the app.
      if (previous) await writeFileAtomic(this.fs, target, previous)
      else await this.fs.unlink(target).catch(() => undefined)
      return err<SaveError>({
        code: 'WRITE_FAILED',
        message: `${JSON.stringify(fileName)} could not be verified after saving (the disk returned different data), so the previous version was kept. Try again, or use Save As to save it on another drive.`,
      })
    }

    entry.filePath = target
    entry.fileName = fileName
    entry.doc = doc
    entry.identity = identity
    delete entry.migratedFrom
    return ok(
      backupWarning === undefined
        ? { fileName, filePath: target }
        : { fileName, filePath: target, backupWarning },
    )
  }

  private async writeBackup(target: string, previous: Uint8Array): Promise<Result<void, SaveError>> {
    try {
      await this.fs.mkdir(this.backupDir, { recursive: true })
    } catch (error) {
      const errno = errnoOf(error)
      const code = saveErrorCodeFor(errno, true)
      return err({ code, message: saveErrorMessage(code, basename(target), errno) })
    }
    return writeFileAtomic(this.fs, this.backupPathFor(target), previous)
  }

  /** Reads the file back; returns its new identity when it holds exactly `expected`. */
  private async verify(target: string, expected: Uint8Array): Promise<DiskIdentity | undefined> {
    try {
      const onDisk = await this.fs.readFile(target)
      if (!sameBytes(onDisk, expected)) return undefined
      const stats = await this.fs.stat(target)
      return { mtimeMs: stats.mtimeMs, size: onDisk.length, sha256: sha256(onDisk) }
    } catch {
      return undefined
    }
  }
}

function tooLarge(fileName: string) {
  return openFail(
    'FILE_TOO_LARGE',
    `${JSON.stringify(fileName)} is larger than ${MAX_MB} MB, the most a design may be.`,
  )
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
