// Cleans up after saves that never finished. writeFileAtomic puts `.<name>.<12 hex>.tmp` (the new
// bytes) and `.<name>.<12 hex>.prev` (a second name for the old version) beside its target; a crash,
// power cut or SIGKILL can leave them in the user's folder (OneDrive, Git working copies).
// For one target file this sweep deletes temp files (the target is only ever replaced by a rename,
// so a temp file is never the user's only copy) and deletes rollback names when the target exists.
// A save never leaves its target missing, so a rollback name without its target means the user
// deleted or moved the design afterwards: the newest one is moved into the app's data folder (kept,
// out of the user's way) and never renamed back, which would bring a deleted design back to life.
// Anything changed within the grace period is left alone, as another instance may be saving right
// now; callers order the sweep after their own saves of the file (DocumentStore).
// Never throws: it reports what it removed, set aside, kept and failed to do.
// Runs in the Electron main process and in plain Node (tests); the file system is injected.
import { basename, dirname, extname, join, resolve } from 'node:path'
import {
  type SiblingKind,
  resolveTarget,
  siblingKindOf,
  siblingStemIsShortened,
  truncateUtf8,
  writeFileAtomic,
} from './atomic-write'
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
  /**
   * A folder of the app's data where the previous version of a design that no longer exists is
   * moved. Without it such leftovers are only kept where they are.
   */
  readonly setAsideDir?: string
}

export interface OrphanSweep {
  /** The file swept for (after following a symlink, as a save does). */
  target: string
  /** Names in the target's folder that were deleted. */
  readonly removed: string[]
  /** The rollback name of a design that no longer exists, and where in the app's data it went. */
  setAside?: { readonly name: string; readonly to: string }
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

/** `contoso.cmgd` and `.contoso.cmgd.0123456789ab.prev` → `contoso.0123456789ab.cmgd`: openable, unique. */
function setAsideName(targetName: string, prevName: string): string {
  const extension = extname(targetName)
  const stem = truncateUtf8(targetName.slice(0, targetName.length - extension.length), 120)
  const unique = /\.([0-9a-f]{12})\.prev$/.exec(prevName)?.[1] ?? 'previous'
  return `${stem}.${unique}${truncateUtf8(extension, 20)}`
}

/** Moves a rollback name into `dir` (copying when `dir` is on another drive). Returns the new path. */
async function moveAside(fs: FsAdapter, prevPath: string, dir: string, targetName: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true })
  const to = join(dir, setAsideName(targetName, basename(prevPath)))
  try {
    await fs.rename(prevPath, to)
    return to
  } catch (error) {
    if (errnoOf(error) !== 'EXDEV') throw error
  }
  const copied = await writeFileAtomic(fs, to, await fs.readFile(prevPath), { renameRetryBudgetMs: 0 })
  if (!copied.ok) throw new Error(copied.error.message)
  await fs.unlink(prevPath)
  return to
}

/** Removes, or sets aside, what unfinished saves of `target` left beside it. Never throws. */
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
  // be another file's last version, so it is neither deleted nor moved here.
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
  // The design was deleted or moved after the save: never bring it back where it was.
  if (options.setAsideDir === undefined) {
    sweep.kept.push(...prevs.map((prev) => prev.name))
    return
  }
  try {
    const to = await moveAside(fs, join(folder, newest.name), options.setAsideDir, targetName)
    sweep.setAside = { name: newest.name, to }
  } catch (error) {
    sweep.failed.push({ name: newest.name, reason: reasonOf(error) })
    sweep.kept.push(...prevs.map((prev) => prev.name))
    return
  }
  for (const prev of older) await remove(prev)
}

/** Logs a sweep that did or failed something; a sweep that found nothing stays quiet. */
export function logOrphanSweep(sweep: OrphanSweep, log: Pick<Console, 'info' | 'warn'> = console): void {
  const folder = dirname(sweep.target)
  if (sweep.setAside !== undefined)
    log.info(
      `Moved ${join(folder, sweep.setAside.name)}, the previous version of the missing ${sweep.target} left behind by an unfinished save, to ${sweep.setAside.to}`,
    )
  if (sweep.removed.length > 0)
    log.info(`Removed files left behind by unfinished saves in ${folder}: ${sweep.removed.join(', ')}`)
  for (const { name, reason } of sweep.failed)
    log.warn(`Could not clean up ${join(folder, name)} after an unfinished save (${reason})`)
}
