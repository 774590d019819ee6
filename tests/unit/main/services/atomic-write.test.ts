// writeFileAtomic against a real temp folder, with faults injected at every step of the write.
// (The last-moment conflict check, the wait for a locked file and long names: atomic-write-guards.test.ts.)
import { chmod, readFile, readdir, stat, symlink, writeFile, lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../src/main/services/atomic-write'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { WRITE_STEPS, errnoError, faultyFs, makeTempDir } from './fs-doubles'

let dir: { path: string; remove: () => Promise<void> }
beforeEach(async () => {
  dir = await makeTempDir('atomic')
})
afterEach(async () => {
  await dir.remove()
})

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one, leaving no temp file', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    expect(await writeFileAtomic(realFs, target, 'first\n')).toEqual({ ok: true, value: undefined })
    expect(await readFile(target, 'utf8')).toBe('first\n')
    expect(await writeFileAtomic(realFs, target, new TextEncoder().encode('second, longer\n'))).toMatchObject(
      { ok: true },
    )
    expect(await readFile(target, 'utf8')).toBe('second, longer\n')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
  })

  it('writes several megabytes completely', async () => {
    const target = join(dir.path, 'big.cmgd')
    const data = Buffer.alloc(5 * 1024 * 1024 + 3)
    for (let i = 0; i < data.length; i++) data[i] = i % 251
    expect((await writeFileAtomic(realFs, target, data)).ok).toBe(true)
    // Buffer.equals: vitest's element-by-element comparison of 5 MB would take seconds.
    expect((await readFile(target)).equals(data)).toBe(true)
  })

  it("keeps the replaced file's permissions", async () => {
    const target = join(dir.path, 'shared.cmgd')
    await writeFile(target, 'old')
    await chmod(target, 0o664)
    expect((await writeFileAtomic(realFs, target, 'new')).ok).toBe(true)
    expect((await stat(target)).mode & 0o777).toBe(0o664)
  })

  it('refuses to replace a file marked read-only, even where the folder would allow it', async () => {
    const target = join(dir.path, 'final.cmgd')
    await writeFile(target, 'approved version')
    await chmod(target, 0o444)
    const result = await writeFileAtomic(realFs, target, 'new')
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
    expect(await readFile(target, 'utf8')).toBe('approved version')
    expect(await readdir(dir.path)).toEqual(['final.cmgd'])
  })

  it('writes through a symlink to the real file and keeps the link', async () => {
    const real = join(dir.path, 'real.cmgd')
    const link = join(dir.path, 'link.cmgd')
    await writeFile(real, 'old')
    await symlink(real, link)
    expect((await writeFileAtomic(realFs, link, 'new')).ok).toBe(true)
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it('keeps the temp name short enough for a target with a 255-character name', async () => {
    const target = join(dir.path, `${'n'.repeat(250)}.cmgd`)
    expect((await writeFileAtomic(realFs, target, 'x')).ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('x')
  })

  it('refuses to replace a folder', async () => {
    const result = await writeFileAtomic(realFs, dir.path, 'x')
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    if (!result.ok) expect(result.error.message).toContain('is a folder')
  })

  it('reports a missing folder as NOT_FOUND', async () => {
    const result = await writeFileAtomic(realFs, join(dir.path, 'gone', 'contoso.cmgd'), 'x')
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    if (!result.ok) expect(result.error.message).toContain('"contoso.cmgd"')
  })

  it.each([
    [
      'ENOSPC',
      'DISK_FULL',
      'The disk is full: "contoso.cmgd" was not saved. Free some space and save again.',
    ],
    ['EDQUOT', 'DISK_FULL', 'The disk is full'],
    ['EACCES', 'PERMISSION_DENIED', 'Permission denied: "contoso.cmgd" was not saved.'],
    ['EPERM', 'PERMISSION_DENIED', 'Permission denied'],
    ['EROFS', 'READ_ONLY', 'The drive is read-only: "contoso.cmgd" was not saved.'],
    ['ENAMETOOLONG', 'PATH_TOO_LONG', 'The file path is too long: "contoso.cmgd"'],
    ['ENOENT', 'NOT_FOUND', 'The folder of "contoso.cmgd" no longer exists'],
    ['EIO', 'WRITE_FAILED', '"contoso.cmgd" could not be saved (EIO)'],
    ['EBUSY', 'WRITE_FAILED', '"contoso.cmgd" is in use by another program'],
  ])('maps %s when creating the temp file to %s with a clear message', async (errno, code, message) => {
    const faults = faultyFs()
    faults.arm({ step: 'createTemp', errno, folder: dir.path })
    const result = await writeFileAtomic(faults.fs, join(dir.path, 'contoso.cmgd'), 'x')
    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) expect(result.error.message).toContain(message)
  })

  describe.each(['ENOSPC', 'EACCES'])('%s injected', (errno) => {
    it.each(WRITE_STEPS)(
      'at %s: the existing target is byte-identical and no temp file is left',
      async (step) => {
        const target = join(dir.path, 'contoso.cmgd')
        const before = new TextEncoder().encode('{"previous":"version"}\n')
        await writeFile(target, before)
        const faults = faultyFs()
        faults.arm({ step, errno, folder: dir.path })

        const result = await writeFileAtomic(faults.fs, target, 'x'.repeat(3 * 1024 * 1024))

        expect(faults.triggered).toBeGreaterThan(0)
        expect(result).toMatchObject({
          ok: false,
          error: { code: errno === 'ENOSPC' ? 'DISK_FULL' : 'PERMISSION_DENIED' },
        })
        expect(new Uint8Array(await readFile(target))).toEqual(before)
        expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
      },
    )

    it.each(WRITE_STEPS)('at %s: a new target is not created and no temp file is left', async (step) => {
      const faults = faultyFs()
      faults.arm({ step, errno, folder: dir.path })
      const result = await writeFileAtomic(faults.fs, join(dir.path, 'new.cmgd'), 'content')
      expect(faults.triggered).toBeGreaterThan(0)
      expect(result.ok).toBe(false)
      expect(await readdir(dir.path)).toEqual([])
    })
  })

  it('keeps the target as it was when Linux refuses the rename (no retry where it means a real permission problem)', async () => {
    const target = join(dir.path, 'locked.cmgd')
    await writeFile(target, 'old')
    let attempts = 0
    const lockedFs: FsAdapter = {
      ...realFs,
      rename: async (_from, to) => {
        attempts++
        throw errnoError('EBUSY', 'rename', to)
      },
    }
    const result = await writeFileAtomic(lockedFs, target, 'new', { renameRetryBudgetMs: 0 })
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(attempts).toBe(1)
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir.path)).toEqual(['locked.cmgd'])
  })

  it('reports success when the folder flush fails on a file system without hard links (the new version is in place)', async () => {
    const target = join(dir.path, 'fat.cmgd')
    await writeFile(target, 'old')
    const noLinksFs: FsAdapter = {
      ...realFs,
      link: async (_from, to) => Promise.reject(errnoError('EPERM', 'link', to)),
      fsyncDirectory: async (path) => Promise.reject(errnoError('EIO', 'fsync', path)),
    }
    expect((await writeFileAtomic(noLinksFs, target, 'new')).ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir.path)).toEqual(['fat.cmgd'])
  })
})
