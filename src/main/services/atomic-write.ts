// Crash-safe file replacement: the new bytes go to a temp file in the same folder, are flushed to
// the device, and only then renamed over the target, so the target is at every instant either the
// complete old file or the complete new one. Immediately before the rename the target is compared
// with what the caller last saw, so another program's write in between is a CONFLICT, never lost.
// A rename refused because another program holds the target (Windows: antivirus, backup, sync) is
// retried with back-off for up to 30 s, announced after 1 s and cancellable. Never throws;
// failures come back as a SaveError.
// Runs in the Electron main process and in plain Node (tests, the crash test's child process).
import { createHash, randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { type Result, err, ok } from '../../shared/util/result'
import type { FileHandleLike, FileStats, FsAdapter } from './fs-adapter'
import {
  type SaveError,
  errnoOf,
  lockedFileMessage,
  saveErrorCodeFor,
  saveErrorMessage,
  waitingForReleaseMessage,
} from './save-errors'

export type { SaveError, SaveErrorCode } from './save-errors'

/** What the caller last saw at the target: no file, or a file with this content. */
export type ExpectedTarget =
  { readonly exists: false } | { readonly exists: true; readonly size: number; readonly sha256: string }

export interface AtomicWriteOptions {
  /**
   * How long in total to keep retrying a rename refused with EPERM/EACCES/EBUSY. Windows virus
   * scanners, backup and sync clients hold files open for a moment, so the default is 30 s there;
   * elsewhere those errors mean a real permission problem and are reported at once (0).
   */
  readonly renameRetryBudgetMs?: number
  /** Checked immediately before the rename: a target that no longer matches is a CONFLICT. */
  readonly expect?: ExpectedTarget
  /** Called once when a locked target has kept the write waiting for a second: say so to the user. */
  readonly onWaiting?: (message: string) => void
  /** Aborting it stops the wait for a locked target: the target stays as it was (CANCELLED). */
  readonly signal?: AbortSignal
}

/** graceful-fs and VS Code keep retrying a locked rename on Windows for tens of seconds. */
export const WINDOWS_RENAME_RETRY_BUDGET_MS = 30_000
/** A wait this long is announced (shorter ones are the usual blink of a virus scanner). */
export const WAIT_NOTICE_AFTER_MS = 1_000
/** Back-off between rename attempts: 10 ms doubling up to half a second. */
const FIRST_RETRY_DELAY_MS = 10
const MAX_RETRY_DELAY_MS = 500
const RENAME_RETRY_ERRNOS = new Set(['EPERM', 'EACCES', 'EBUSY'])
/** Bytes per write call: partial writes are continued, and a huge design is not one giant syscall. */
const WRITE_CHUNK_BYTES = 1024 * 1024
/**
 * The most of the target's name a sibling carries, in UTF-8 bytes: most file systems limit a name
 * to 255 bytes (eCryptfs to 143), and a sibling adds 18 bytes to what it keeps of the name.
 */
const MAX_NAME_BYTES_IN_SIBLING = 120

type Step = 'prepare' | 'create' | 'write' | 'flush' | 'close' | 'rename' | 'flushFolder'

/** The files a save creates beside its target: the new bytes (`tmp`), a second name for the old version (`prev`). */
export type SiblingKind = 'tmp' | 'prev'

const utf8Length = (text: string) => new TextEncoder().encode(text).length

/** The start of `name` that fits in `maxBytes` bytes of UTF-8, never ending in half a character. */
export function truncateUtf8(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name
  let kept = ''
  let bytes = 0
  for (const char of name) {
    bytes += utf8Length(char)
    if (bytes > maxBytes) break
    kept += char
  }
  return kept
}

/** The target's name as its siblings carry it (see MAX_NAME_BYTES_IN_SIBLING). */
const siblingStem = (name: string): string => truncateUtf8(name, MAX_NAME_BYTES_IN_SIBLING)

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

/** The target no longer holds what the caller expected (checked right before the rename). */
class TargetChanged extends Error {}
/** The user stopped waiting for a locked target. */
class WaitCancelled extends Error {}
/** The target stayed locked for the whole retry budget; `cause` is the last refusal. */
class StillLocked extends Error {}

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex')

async function assertUnchanged(fs: FsAdapter, target: string, expected: ExpectedTarget): Promise<void> {
  const now = await statIfExists(fs, target)
  // A file deleted meanwhile is written anew: nobody's data is lost by that.
  if (!now) return
  if (!expected.exists || now.size !== expected.size) throw new TargetChanged()
  // Same size: compare the content (an mtime can stay the same across a quick rewrite).
  if (sha256Hex(await fs.readFile(target)) !== expected.sha256) throw new TargetChanged()
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((wake, fail) => {
    if (signal?.aborted) return fail(new WaitCancelled())
    const onAbort = () => {
      clearTimeout(timer)
      fail(new WaitCancelled())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      wake()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Renames the temp file over the target, checking the target right before every attempt. A
 * refusal with EPERM/EACCES/EBUSY is retried with back-off for `budgetMs` of waiting; a refusal
 * after WAIT_NOTICE_AFTER_MS of waiting is told to `onWaiting` (once), and `signal` ends the wait.
 */
async function replaceTarget(
  fs: FsAdapter,
  from: string,
  to: string,
  budgetMs: number,
  options: AtomicWriteOptions,
): Promise<void> {
  let waitedMs = 0
  let delay = FIRST_RETRY_DELAY_MS
  let announced = false
  for (;;) {
    if (options.signal?.aborted) throw new WaitCancelled()
    try {
      if (options.expect) await assertUnchanged(fs, to, options.expect)
      await fs.rename(from, to)
      return
    } catch (error) {
      if (!RENAME_RETRY_ERRNOS.has(errnoOf(error) ?? '') || budgetMs <= 0) throw error
      if (waitedMs >= budgetMs) throw new StillLocked('still locked', { cause: error })
      if (!announced && waitedMs >= WAIT_NOTICE_AFTER_MS) {
        announced = true
        options.onWaiting?.(waitingForReleaseMessage(basename(to)))
      }
      // Pauses end exactly at the notice time, so a wait is announced after one second of it.
      const untilNotice = announced ? Number.POSITIVE_INFINITY : WAIT_NOTICE_AFTER_MS - waitedMs
      const pause = Math.min(delay, budgetMs - waitedMs, untilNotice)
      await sleep(pause, options.signal)
      waitedMs += pause
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS)
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
  const retryBudgetMs =
    options.renameRetryBudgetMs ?? (process.platform === 'win32' ? WINDOWS_RENAME_RETRY_BUDGET_MS : 0)
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
    await replaceTarget(fs, tempPath, realTarget, retryBudgetMs, options)
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
    if (error instanceof TargetChanged)
      return err({ code: 'CONFLICT', message: saveErrorMessage('CONFLICT', fileName) })
    if (error instanceof WaitCancelled)
      return err({ code: 'CANCELLED', message: saveErrorMessage('CANCELLED', fileName) })
    if (error instanceof StillLocked) {
      const errno = errnoOf(error.cause)
      return err({
        code: saveErrorCodeFor(errno, false),
        message: lockedFileMessage(fileName, Math.round(retryBudgetMs / 1000)),
      })
    }
    const errno = errnoOf(error)
    const code = saveErrorCodeFor(errno, step === 'prepare' || step === 'create')
    return err({ code, message: saveErrorMessage(code, fileName, errno) })
  }
}
