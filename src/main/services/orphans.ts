// Cleans up after saves that never finished. writeFileAtomic puts `.<name>.<12 hex>.tmp` (the new
// bytes) and `.<name>.<12 hex>.prev` (a second name for the old version) beside its target; a crash,
// power cut or SIGKILL can leave them in the user's folder (OneDrive, Git working copies).
// For one target file this sweep deletes temp files (the target is only ever replaced by a rename,
// so a temp file is never the user's only copy), deletes rollback names when the target exists, and
// when the target is gone puts the newest rollback name back as the target (the last complete
// version). Anything changed within the grace period is left alone, as another instance may be
// saving right now; callers order the sweep after their own saves of the file (DocumentStore).
// Never throws: it reports what it removed, restored, kept and failed to do.
// Runs in the Electron main process and in plain Node (tests); the file system is injected.
import { basename, dirname, join, resolve } from 'node:path'
import { type SiblingKind, resolveTarget, siblingKindOf, siblingStemIsShortened } from './atomic-write'
import type { FileStats, FsAdapter } from './fs-adapter'
import { errnoOf } from './save-errors'

/** Leftovers changed less than this long ago may belong to a save in progress. */
export const DEFAULT_ORPHAN_GRACE_MS = 60_000

export interface OrphanSweepOptions {
  /** Leftovers changed more recently than this are left alone. */
  readonly graceMs?: number
  /** The current time in ms since the epoch (tests move it forward). */
  readonly now?: () => number
  /** Decides whether names compare case-insensitively (Windows, macOS). */
  readonly platform?: NodeJS.Platform
}

export interface OrphanSweep {
  /** The file swept for (after following a symlink, as a save does). */
  target: string
  /** Names in the target's folder that were deleted. */
  readonly removed: string[]
  /** The rollback name that became the target again, when the target was missing. */
  restored?: string
  /** Leftovers deliberately left alone: too recent, not a file, or not clearly this target's. */
  readonly kept: string[]
  readonly failed: Array<{ name: string; reason: string }>
}

interface Leftover {
  readonly name: string
  readonly kind: SiblingKind
  readonly mtimeMs: number
}

type TargetState = 'file' | 'missing' | 'other'

const FOLDER_GONE = new Set(['ENOENT', 'ENOTDIR'])

const reasonOf = (error: unknown): string =>
  errnoOf(error) ?? (error instanceof Error ? error.message : String(error))

/**
 * When an entry last changed. A rollback name is a new hard link to an old file: its mtime is the
 * old version's, but its ctime is the moment the link was made.
 */
function lastChangeMs(stats: FileStats): number {
  return Math.max(stats.mtimeMs, stats.ctimeMs)
}

async function targetState(fs: FsAdapter, target: string): Promise<TargetState> {
  try {
    return (await fs.stat(target)).isFile() ? 'file' : 'other'
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'missing' : 'other'
  }
}

/**
 * Makes `prevPath` the target again without ever replacing a target that reappeared: a hard link
 * fails if the target exists. Returns whether `prevPath` still has to be deleted (it does after a link).
 */
async function putBack(fs: FsAdapter, prevPath: string, target: string): Promise<boolean> {
  try {
    await fs.link(prevPath, target)
    return true
  } catch (error) {
    if (errnoOf(error) === 'EEXIST' || (await targetState(fs, target)) !== 'missing') throw error
    // A file system without hard links (a copy on FAT, some shares): rename, the target being absent.
    await fs.rename(prevPath, target)
    return false
  }
}

/** Removes, or puts back, what unfinished saves of `target` left beside it. Never throws. */
export async function sweepOrphans(
  fs: FsAdapter,
  target: string,
  options: OrphanSweepOptions = {},
): Promise<OrphanSweep> {
  const sweep: OrphanSweep = { target: resolve(target), removed: [], kept: [], failed: [] }
  try {
    await sweepInto(sweep, fs, options)
  } catch (error) {
    sweep.failed.push({ name: basename(sweep.target), reason: reasonOf(error) })
  }
  return sweep
}

async function sweepInto(sweep: OrphanSweep, fs: FsAdapter, options: OrphanSweepOptions): Promise<void> {
  const graceMs = options.graceMs ?? DEFAULT_ORPHAN_GRACE_MS
  const now = (options.now ?? Date.now)()
  const platform = options.platform ?? process.platform
  const caseInsensitive = platform === 'win32' || platform === 'darwin'

  sweep.target = await resolveTarget(fs, sweep.target)
  const folder = dirname(sweep.target)
  const targetName = basename(sweep.target)
  let entries: string[]
  try {
    entries = await fs.readdir(folder)
  } catch (error) {
    if (FOLDER_GONE.has(errnoOf(error) ?? '')) return
    throw error
  }

  const eligible: Leftover[] = []
  let recentPrev = false
  for (const name of entries) {
    const kind = siblingKindOf(targetName, name, caseInsensitive)
    if (kind === undefined) continue
    let stats: FileStats
    try {
      stats = await fs.stat(join(folder, name))
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') sweep.failed.push({ name, reason: reasonOf(error) })
      continue
    }
    // Unknown times (NaN) count as recent.
    const oldEnough = now - lastChangeMs(stats) >= graceMs
    if (!stats.isFile() || !oldEnough) {
      sweep.kept.push(name)
      if (kind === 'prev') recentPrev = true
      continue
    }
    eligible.push({ name, kind, mtimeMs: stats.mtimeMs })
  }

  const remove = async (leftover: Leftover) => {
    try {
      await fs.unlink(join(folder, leftover.name))
      sweep.removed.push(leftover.name)
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') sweep.failed.push({ name: leftover.name, reason: reasonOf(error) })
    }
  }

  for (const leftover of eligible) if (leftover.kind === 'tmp') await remove(leftover)

  const prevs = eligible.filter((leftover) => leftover.kind === 'prev').sort((a, b) => b.mtimeMs - a.mtimeMs)
  const [newest, ...older] = prevs
  if (newest === undefined) return
  // A shortened name is shared by every file whose name starts the same way: a rollback name could
  // be another file's last version, so it is neither deleted nor put back here.
  const state = siblingStemIsShortened(targetName) ? 'other' : await targetState(fs, sweep.target)
  if (state === 'file') {
    for (const prev of prevs) await remove(prev)
    return
  }
  // A target that is a folder (or cannot be examined), or a newer version still settling: wait.
  if (state === 'other' || recentPrev) {
    sweep.kept.push(...prevs.map((prev) => prev.name))
    return
  }
  const newestPath = join(folder, newest.name)
  let stillLinked: boolean
  try {
    stillLinked = await putBack(fs, newestPath, sweep.target)
  } catch (error) {
    sweep.failed.push({ name: newest.name, reason: reasonOf(error) })
    sweep.kept.push(...prevs.map((prev) => prev.name))
    return
  }
  sweep.restored = newest.name
  await fs.fsyncDirectory(folder).catch(() => undefined)
  if (stillLinked)
    await fs.unlink(newestPath).catch((error: unknown) => {
      if (errnoOf(error) !== 'ENOENT') sweep.failed.push({ name: newest.name, reason: reasonOf(error) })
    })
  for (const prev of older) await remove(prev)
}

/** Logs a sweep that did or failed something; a sweep that found nothing stays quiet. */
export function logOrphanSweep(sweep: OrphanSweep, log: Pick<Console, 'info' | 'warn'> = console): void {
  const folder = dirname(sweep.target)
  if (sweep.restored !== undefined)
    log.info(`Put back ${sweep.target} from ${sweep.restored}, left behind by an unfinished save`)
  if (sweep.removed.length > 0)
    log.info(`Removed files left behind by unfinished saves in ${folder}: ${sweep.removed.join(', ')}`)
  for (const { name, reason } of sweep.failed)
    log.warn(`Could not clean up ${join(folder, name)} after an unfinished save (${reason})`)
}
