// Crash-safe file replacement: the new bytes go to a temp file in the same folder, are flushed to
// the device, and only then renamed over the target, so the target is at every instant either the
// complete old file or the complete new one. Never throws; failures come back as a SaveError.
// Runs in the Electron main process and in plain Node (tests, the crash test's child process).
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { type Result, err, ok } from '../../shared/util/result'
import type { FileHandleLike, FileStats, FsAdapter } from './fs-adapter'
import { type SaveError, errnoOf, saveErrorCodeFor, saveErrorMessage } from './save-errors'

export type { SaveError, SaveErrorCode } from './save-errors'

export interface AtomicWriteOptions {
  /**
   * Waits before retrying a rename refused with EPERM/EACCES/EBUSY. Windows virus scanners and
   * sync clients hold files open for a moment, so the default retries there and nowhere else.
   */
  readonly renameRetryDelaysMs?: readonly number[]
}

const WINDOWS_RENAME_RETRY_DELAYS_MS = [20, 60, 150, 400]
const RENAME_RETRY_ERRNOS = new Set(['EPERM', 'EACCES', 'EBUSY'])
/** Bytes per write call: partial writes are continued, and a huge design is not one giant syscall. */
const WRITE_CHUNK_BYTES = 1024 * 1024
/** Keeps temp names under the 255-byte file-name limit whatever the target's name length. */
const MAX_NAME_IN_TEMP = 100

type Step = 'prepare' | 'create' | 'write' | 'flush' | 'close' | 'rename' | 'flushFolder'

/** The files a save creates beside its target: the new bytes (`tmp`), a second name for the old version (`prev`). */
export type SiblingKind = 'tmp' | 'prev'

/** The target's name as its siblings carry it: at most MAX_NAME_IN_TEMP UTF-16 units, never half a character. */
function siblingStem(name: string): string {
  const cut = name.slice(0, MAX_NAME_IN_TEMP)
  return cut.length < name.length && /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

/** `.<name>.<random>.<suffix>` beside the target: hidden, unique, on the same file system. */
function siblingName(folder: string, name: string, suffix: SiblingKind): string {
  return join(folder, `.${siblingStem(name)}.${randomBytes(6).toString('hex')}.${suffix}`)
}

const SIBLING_NAME = /^\.(.+)\.[0-9a-f]{12}\.(tmp|prev)$/s

/**
 * Which sibling of a target named `targetName` the folder entry `entryName` is (see siblingName),
 * or undefined for any other name. `caseInsensitive` for file systems that ignore case.
 */
export function siblingKindOf(
  targetName: string,
  entryName: string,
  caseInsensitive: boolean,
): SiblingKind | undefined {
  const match = SIBLING_NAME.exec(entryName)
  if (!match) return undefined
  const [, stem = '', kind] = match
  const expected = siblingStem(targetName)
  const same = caseInsensitive ? stem.toLowerCase() === expected.toLowerCase() : stem === expected
  return same ? (kind as SiblingKind) : undefined
}

/** Siblings carry only the start of a long name, so another file with the same start shares them. */
export const siblingStemIsShortened = (targetName: string): boolean => siblingStem(targetName) !== targetName

async function statIfExists(fs: FsAdapter, path: string): Promise<FileStats | undefined> {
  try {
    return await fs.stat(path)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined
    throw error
  }
}

/** Writes through a symlink to the real file (the link stays a link); a new file keeps its path. */
export async function resolveTarget(fs: FsAdapter, target: string): Promise<string> {
  try {
    return await fs.realpath(target)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return resolve(target)
    throw error
  }
}

async function writeAll(handle: FileHandleLike, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.length) {
    const length = Math.min(WRITE_CHUNK_BYTES, bytes.length - offset)
    const { bytesWritten } = await handle.write(bytes, offset, length, null)
    if (bytesWritten <= 0)
      throw Object.assign(new Error('the file system accepted no bytes'), { code: 'EIO' })
    offset += bytesWritten
  }
}

async function renameWithRetry(
  fs: FsAdapter,
  from: string,
  to: string,
  delaysMs: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = delaysMs[attempt]
      if (delay === undefined || !RENAME_RETRY_ERRNOS.has(errnoOf(error) ?? '')) throw error
      await new Promise((wake) => setTimeout(wake, delay))
    }
  }
}

const ignoreFailure = () => undefined

export async function writeFileAtomic(
  fs: FsAdapter,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<Result<void, SaveError>> {
  const fileName = basename(target)
  const retryDelays =
    options.renameRetryDelaysMs ?? (process.platform === 'win32' ? WINDOWS_RENAME_RETRY_DELAYS_MS : [])
  let step: Step = 'prepare'
  let tempPath: string | undefined
  let handle: FileHandleLike | undefined
  let rollbackPath: string | undefined
  try {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
    const realTarget = await resolveTarget(fs, target)
    const folder = dirname(realTarget)
    const existing = await statIfExists(fs, realTarget)
    if (existing?.isDirectory())
      return err({
        code: 'WRITE_FAILED',
        message: `${JSON.stringify(fileName)} is a folder, so nothing was written there.`,
      })
    const mode = existing ? existing.mode & 0o7777 : 0o666
    // A file marked read-only (no write bit; on Windows the read-only attribute) is the user's
    // "do not change this". Renaming over it would succeed on POSIX, so refuse explicitly.
    if (existing && (mode & 0o222) === 0)
      return err({ code: 'PERMISSION_DENIED', message: saveErrorMessage('PERMISSION_DENIED', fileName) })

    step = 'create'
    tempPath = siblingName(folder, basename(realTarget), 'tmp')
    handle = await fs.open(tempPath, 'wx', mode)
    step = 'write'
    await writeAll(handle, bytes)
    // open() applies the umask; restore the replaced file's exact permissions (best effort).
    if (existing) await handle.chmod(mode).catch(ignoreFailure)
    step = 'flush'
    await handle.sync()
    step = 'close'
    const closing = handle
    handle = undefined
    await closing.close()

    // A second name for the current file lets a failed folder flush put it back. File systems
    // without hard links (FAT, some network shares) simply go without that rollback.
    if (existing) {
      const linkPath = siblingName(folder, basename(realTarget), 'prev')
      rollbackPath = await fs.link(realTarget, linkPath).then(
        () => linkPath,
        () => undefined,
      )
    }

    step = 'rename'
    await renameWithRetry(fs, tempPath, realTarget, retryDelays)
    tempPath = undefined

    step = 'flushFolder'
    try {
      await fs.fsyncDirectory(folder)
    } catch (error) {
      if (existing && rollbackPath) {
        const previousVersion = rollbackPath
        // Whatever happens next, the old version's second name must survive until it is back.
        rollbackPath = undefined
        await fs.rename(previousVersion, realTarget)
      } else if (!existing) {
        await fs.unlink(realTarget)
      } else {
        // The new version is in place and cannot be taken back; every reader sees it, so the
        // save is reported as done rather than leaving the app believing the old version is there.
        return ok(undefined)
      }
      throw error
    }
    if (rollbackPath) await fs.unlink(rollbackPath).catch(ignoreFailure)
    return ok(undefined)
  } catch (error) {
    if (handle) await handle.close().catch(ignoreFailure)
    if (tempPath) await fs.unlink(tempPath).catch(ignoreFailure)
    if (rollbackPath) await fs.unlink(rollbackPath).catch(ignoreFailure)
    const errno = errnoOf(error)
    const code = saveErrorCodeFor(errno, step === 'prepare' || step === 'create')
    return err({ code, message: saveErrorMessage(code, fileName, errno) })
  }
}
