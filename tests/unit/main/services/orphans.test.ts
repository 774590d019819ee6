// The clean-up after unfinished saves, against a real temp folder: temp files and rollback names a
// crash left beside a design are removed (or, when the user has since deleted the design, its last
// version is moved to the app's data folder, never brought back), while anything recent, anything
// of another file and the user's own dotfiles stay.
// Through the DocumentStore, a sweep never runs under a save of the same file.
import { link, mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../src/main/services/atomic-write'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { type FileHandleLike, type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { type OrphanSweep, sweepOrphans } from '../../../../src/main/services/orphans'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { design, errnoError, faultyFs, makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
let folder: string
let target: string
beforeEach(async () => {
  root = await makeTempDir('orphans')
  folder = join(root.path, 'OneDrive', 'Designs')
  await mkdir(folder, { recursive: true })
  target = join(folder, 'contoso.cmgd')
})
afterEach(async () => {
  await root.remove()
})

/** Ten minutes from now: every leftover made by the test is then past the default grace period. */
const later = () => Date.now() + 10 * 60_000
const TMP = '.contoso.cmgd.0123456789ab.tmp'
const PREV = '.contoso.cmgd.abcdef012345.prev'

const sorted = async (path = folder) => (await readdir(path)).sort()
const at = (isoDate: string) => new Date(isoDate)

/** realFs on a file system whose ctime is its mtime (as where no change time is kept), so a file's age is its mtime's. */
const mtimeOnlyFs: FsAdapter = {
  ...realFs,
  stat: async (path) => {
    const stats = await realFs.stat(path)
    return {
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.mtimeMs,
      mode: stats.mode,
      isFile: () => stats.isFile(),
      isDirectory: () => stats.isDirectory(),
    }
  },
}

/**
 * Saves over the existing `path` with writeFileAtomic, failing at the rename with a clean-up that
 * fails too: the real temp file and rollback name stay behind. Returns their names.
 */
async function leaveLeftovers(path: string): Promise<{ tmp: string; prev: string }> {
  const before = await readdir(folder)
  const faulty = faultyFs({
    ...realFs,
    unlink: async (file) => Promise.reject(errnoError('EIO', 'unlink', file)),
  })
  faulty.arm({ step: 'rename', errno: 'EIO', folder })
  expect((await writeFileAtomic(faulty.fs, path, 'new version')).ok).toBe(false)
  const added = (await readdir(folder)).filter((name) => !before.includes(name))
  const [tmp, ...otherTmps] = added.filter((name) => name.endsWith('.tmp'))
  const [prev, ...otherPrevs] = added.filter((name) => name.endsWith('.prev'))
  expect([added.length, otherTmps.length, otherPrevs.length]).toEqual([2, 0, 0])
  return { tmp: tmp ?? '', prev: prev ?? '' }
}

/** `name` holding `text`, last modified at `when`. */
async function fileAt(name: string, text: string, when = at('2025-01-01T00:00:00Z')): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, text)
  await utimes(path, when, when)
  return path
}

describe('sweepOrphans', () => {
  it('removes temp files an interrupted save left beside the design, and nothing else', async () => {
    await writeFile(target, 'the design')
    await fileAt(TMP, 'half a new versi')
    await fileAt('.contoso.cmgd.fedcba987654.tmp', '')
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep.removed.sort()).toEqual([TMP, '.contoso.cmgd.fedcba987654.tmp'])
    expect(sweep.failed).toEqual([])
    expect(await sorted()).toEqual(['contoso.cmgd'])
    expect(await readFile(target, 'utf8')).toBe('the design')
  })

  it('removes the rollback name of the previous version when the design exists', async () => {
    const old = await fileAt('old-version', 'previous version')
    await writeFile(target, 'current version')
    await link(old, join(folder, PREV))
    await realFs.unlink(old)
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep).toMatchObject({ removed: [PREV], failed: [] })
    expect(sweep.setAside).toBeUndefined()
    expect(await sorted()).toEqual(['contoso.cmgd'])
    expect(await readFile(target, 'utf8')).toBe('current version')
  })

  it('never resurrects a deleted design: its newest previous version goes to the app data folder', async () => {
    const setAsideDir = join(root.path, 'userData', 'backups', 'left-behind')
    await fileAt('.contoso.cmgd.000000000001.prev', 'version 1', at('2024-01-01T00:00:00Z'))
    await fileAt('.contoso.cmgd.000000000003.prev', 'version 3', at('2024-03-01T00:00:00Z'))
    await fileAt('.contoso.cmgd.000000000002.prev', 'version 2', at('2024-02-01T00:00:00Z'))
    await fileAt(TMP, 'version 4, incompl')
    const sweep = await sweepOrphans(realFs, target, { now: later, setAsideDir })
    expect(sweep.setAside).toEqual({
      name: '.contoso.cmgd.000000000003.prev',
      to: join(setAsideDir, 'contoso.000000000003.cmgd'),
    })
    expect(sweep.failed).toEqual([])
    expect(await sorted()).toEqual([])
    expect(await readFile(join(setAsideDir, 'contoso.000000000003.cmgd'), 'utf8')).toBe('version 3')
  })

  it('never resurrects a deleted design, and keeps its previous version where it is without a data folder', async () => {
    await fileAt(PREV, 'the last version')
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep).toMatchObject({ removed: [], kept: [PREV], failed: [] })
    expect(sweep.setAside).toBeUndefined()
    expect(await sorted()).toEqual([PREV])
  })

  it('copies the previous version of a deleted design when the data folder is on another drive', async () => {
    const setAsideDir = join(root.path, 'userData', 'left-behind')
    await fileAt(PREV, 'the last version')
    const otherDrive: FsAdapter = {
      ...realFs,
      rename: async (from, to) => {
        // Only a rename from the design's folder crosses drives.
        if (from.startsWith(folder) && to.startsWith(setAsideDir)) throw errnoError('EXDEV', 'rename', to)
        return realFs.rename(from, to)
      },
    }
    const sweep = await sweepOrphans(otherDrive, target, { now: later, setAsideDir })
    expect(sweep.failed).toEqual([])
    expect(sweep.setAside?.to).toBe(join(setAsideDir, 'contoso.abcdef012345.cmgd'))
    expect(await sorted()).toEqual([])
    expect(await readdir(setAsideDir)).toEqual(['contoso.abcdef012345.cmgd'])
    expect(await readFile(join(setAsideDir, 'contoso.abcdef012345.cmgd'), 'utf8')).toBe('the last version')
  })

  it('leaves leftovers of a save that may still be running alone', async () => {
    await writeFile(target, 'current version')
    await writeFile(join(folder, TMP), 'being written')
    // A rollback name made just now for an old version: its mtime is old, but it was linked now.
    const old = await fileAt('old-version', 'previous version', at('2020-01-01T00:00:00Z'))
    await link(old, join(folder, PREV))
    const sweep = await sweepOrphans(realFs, target)
    expect(sweep.removed).toEqual([])
    expect(sweep.kept.sort()).toEqual([TMP, PREV])
    expect(await sorted()).toEqual([PREV, TMP, 'contoso.cmgd', 'old-version'].sort())
  })

  it('waits with the previous versions while a newer one is recent, when the design is missing', async () => {
    await fileAt('.contoso.cmgd.000000000001.prev', 'version 1', at('2024-01-01T00:00:00Z'))
    await writeFile(join(folder, '.contoso.cmgd.000000000002.prev'), 'version 2')
    const sweep = await sweepOrphans(mtimeOnlyFs, target, {
      graceMs: 60_000,
      setAsideDir: join(root.path, 'left-behind'),
    })
    expect(sweep.setAside).toBeUndefined()
    expect(sweep.removed).toEqual([])
    expect(await sorted()).toEqual(['.contoso.cmgd.000000000001.prev', '.contoso.cmgd.000000000002.prev'])
  })

  it("never touches other files' leftovers or the user's own dotfiles", async () => {
    await writeFile(target, 'the design')
    const others = [
      '.other.cmgd.abcdef123456.tmp',
      '.contoso.cmgd.bak',
      '.contoso.cmgd.swp',
      '.contoso.cmgd.ABCDEF123456.tmp',
      '.contoso.cmgd.0123456789a.tmp',
      '.contoso.cmgd.0123456789ab.tmp.keep',
      'contoso.cmgd.0123456789ab.tmp',
      '.contoso.cmgd.cmgd.0123456789ab.tmp',
      '.ontoso.cmgd.0123456789ab.prev',
    ]
    for (const name of others) await fileAt(name, name)
    await mkdir(join(folder, '.git'))
    await fileAt('.git/.contoso.cmgd.0123456789ab.tmp', 'inside git')
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep).toMatchObject({ removed: [], kept: [], failed: [] })
    expect(await sorted()).toEqual([...others, '.git', 'contoso.cmgd'].sort())
    expect(await readdir(join(folder, '.git'))).toEqual(['.contoso.cmgd.0123456789ab.tmp'])
  })

  it('leaves a folder that happens to carry a leftover’s name alone', async () => {
    await writeFile(target, 'the design')
    await mkdir(join(folder, TMP))
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep).toMatchObject({ removed: [], kept: [TMP], failed: [] })
  })

  it('reports a leftover it cannot delete instead of throwing', async () => {
    await writeFile(target, 'the design')
    await fileAt(TMP, 'half')
    const fs: FsAdapter = {
      ...realFs,
      unlink: async (path) => {
        throw errnoError('EPERM', 'unlink', path)
      },
    }
    const sweep = await sweepOrphans(fs, target, { now: later })
    expect(sweep).toMatchObject({ removed: [], failed: [{ name: TMP, reason: 'EPERM' }] })
    expect(await sorted()).toEqual([TMP, 'contoso.cmgd'])
  })

  it('reports a folder it cannot read instead of throwing', async () => {
    const fs: FsAdapter = {
      ...realFs,
      readdir: async (path) => {
        throw errnoError('EACCES', 'scandir', path)
      },
    }
    const sweep = await sweepOrphans(fs, target, { now: later })
    expect(sweep.failed).toEqual([{ name: 'contoso.cmgd', reason: 'EACCES' }])
  })

  it('finds nothing to do in a folder that is gone', async () => {
    const sweep = await sweepOrphans(realFs, join(root.path, 'gone', 'contoso.cmgd'), { now: later })
    expect(sweep).toMatchObject({ removed: [], kept: [], failed: [] })
  })

  it('finds the leftovers of a real failed save by their real names', async () => {
    await writeFile(target, 'the design')
    const { tmp, prev } = await leaveLeftovers(target)
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep.removed).toEqual([tmp, prev])
    expect(await sorted()).toEqual(['contoso.cmgd'])
    expect(await readFile(target, 'utf8')).toBe('the design')
  })

  it('finds leftovers of a long name cut in the middle of an emoji', async () => {
    // Siblings keep 120 bytes of the name: the cut falls inside the 4-byte emoji.
    const name = `${'a'.repeat(118)}😀 design.cmgd`
    const path = join(folder, name)
    await writeFile(path, 'the design')
    const { tmp } = await leaveLeftovers(path)
    const sweep = await sweepOrphans(realFs, path, { now: later })
    expect(sweep.removed).toEqual([tmp])
  })

  it('keeps a rollback name of a long file name, which other files starting alike share', async () => {
    const longName = `${'Contoso – Fabrikam merger '.repeat(6)}.cmgd`
    const longTarget = join(folder, longName)
    await writeFile(longTarget, 'the design')
    const { tmp, prev } = await leaveLeftovers(longTarget)
    const sweep = await sweepOrphans(realFs, longTarget, { now: later })
    expect(sweep).toMatchObject({ removed: [tmp], kept: [prev], failed: [] })
    expect(await sorted()).toEqual([longName, prev].sort())
  })

  it('matches names regardless of case where the file system ignores case', async () => {
    await writeFile(target, 'the design')
    await fileAt('.Contoso.CMGD.0123456789ab.tmp', 'half')
    expect((await sweepOrphans(realFs, target, { now: later, platform: 'linux' })).removed).toEqual([])
    expect((await sweepOrphans(realFs, target, { now: later, platform: 'win32' })).removed).toEqual([
      '.Contoso.CMGD.0123456789ab.tmp',
    ])
  })

  it('sweeps beside the real file when the design is reached through a symlink', async () => {
    const elsewhere = join(root.path, 'elsewhere')
    await mkdir(elsewhere)
    await writeFile(join(elsewhere, 'real.cmgd'), 'the design')
    await symlink(join(elsewhere, 'real.cmgd'), target)
    const tmp = join(elsewhere, '.real.cmgd.0123456789ab.tmp')
    await writeFile(tmp, 'half')
    await utimes(tmp, at('2025-01-01T00:00:00Z'), at('2025-01-01T00:00:00Z'))
    const sweep = await sweepOrphans(realFs, target, { now: later })
    expect(sweep.removed).toEqual(['.real.cmgd.0123456789ab.tmp'])
    expect(await readdir(elsewhere)).toEqual(['real.cmgd'])
  })
})

describe('DocumentStore and the sweep', () => {
  it('never resurrects a design the user deleted after a save was interrupted', async () => {
    await writeFile(target, serializeDesign(design('Contoso')))
    // A save is cut short, leaving its real leftovers; later the user deletes the design.
    const { prev } = await leaveLeftovers(target)
    const lastVersion = await readFile(join(folder, prev), 'utf8')
    await realFs.unlink(target)
    const { ctimeMs } = await realFs.stat(join(folder, prev))
    const backupDir = join(root.path, 'userData', 'backups')
    const store = new DocumentStore({
      fs: realFs,
      backupDir,
      orphanSweep: { now: () => ctimeMs + 10 * 60_000 },
    })

    // What the app does at start-up for every recent file.
    const sweep = await store.sweepOrphans(target)

    expect(sweep.failed).toEqual([])
    expect(await sorted()).toEqual([])
    const kept = join(backupDir, 'left-behind', `contoso.${prev.split('.')[3]}.cmgd`)
    expect(sweep.setAside).toEqual({ name: prev, to: kept })
    expect(await readFile(kept, 'utf8')).toBe(lastVersion)
  })

  it('sweeps the folder of a design it opens, in the background', async () => {
    await writeFile(target, serializeDesign(design('Contoso')))
    await fileAt(TMP, 'half')
    let heard: (sweep: OrphanSweep) => void = () => undefined
    const swept = new Promise<OrphanSweep>((resolve) => (heard = resolve))
    const store = new DocumentStore({
      fs: realFs,
      backupDir: join(root.path, 'backups'),
      orphanSweep: { now: later },
      onOrphanSweep: (sweep) => heard(sweep),
    })
    expect((await store.openFile(target)).ok).toBe(true)
    expect((await swept).removed).toEqual([TMP])
    expect(await sorted()).toEqual(['contoso.cmgd'])
  })

  it('does not sweep beside a file that failed to open', async () => {
    await writeFile(target, '{ damaged')
    await fileAt(TMP, 'half')
    const heard: OrphanSweep[] = []
    const store = new DocumentStore({
      fs: realFs,
      backupDir: join(root.path, 'backups'),
      orphanSweep: { now: later },
      onOrphanSweep: (sweep) => heard.push(sweep),
    })
    expect((await store.openFile(target)).ok).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(heard).toEqual([])
    expect(await sorted()).toEqual([TMP, 'contoso.cmgd'])
  })

  it('waits for a save of the same file in progress instead of deleting its temp file', async () => {
    await writeFile(target, serializeDesign(design('Contoso')))
    // The save stops after writing its temp file until the test lets it go on.
    let reachedFlush: () => void = () => undefined
    const flushing = new Promise<void>((resolve) => (reachedFlush = resolve))
    let letGo: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (letGo = resolve))
    const gatedFs: FsAdapter = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode)
        // Only the design's temp file (the backup in the app's data folder is written first).
        if (!path.startsWith(folder) || !path.endsWith('.tmp')) return handle
        const gated: FileHandleLike = {
          write: (...args) => handle.write(...args),
          chmod: (m) => handle.chmod(m),
          close: () => handle.close(),
          sync: async () => {
            reachedFlush()
            await gate
            return handle.sync()
          },
        }
        return gated
      },
    }
    const store = new DocumentStore({
      fs: gatedFs,
      backupDir: join(root.path, 'backups'),
      orphanSweep: { now: later },
      onOrphanSweep: () => undefined,
    })
    const opened = await store.openFile(target)
    if (!opened.ok) throw new Error(opened.error.message)
    const saving = store.save(opened.value.handle, design('Edited'))
    await flushing
    const sweeping = store.sweepOrphans(target)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await readdir(folder)).some((name) => name.endsWith('.tmp'))).toBe(true)
    letGo()
    expect((await saving).ok).toBe(true)
    expect((await sweeping).removed).toEqual([])
    expect(await readFile(target, 'utf8')).toBe(serializeDesign(design('Edited')))
    expect(await sorted()).toEqual(['contoso.cmgd'])
  })
})
