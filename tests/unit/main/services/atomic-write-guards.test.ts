// writeFileAtomic's guards against other programs, on the real module and a real temp folder with
// faults injected: a write by another program between the temp file and the rename is a CONFLICT,
// never overwritten; a rename refused because another program holds the file (Windows: antivirus,
// backup, sync) is retried for up to 30 s, announced after 1 s and cancellable; and a long name
// in a script of three-byte characters still saves. Waits run on fake timers, never the clock.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  type AtomicWriteOptions,
  sha256Hex,
  writeFileAtomic,
} from '../../../../src/main/services/atomic-write'
import { type FileHandleLike, type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { errnoError, makeTempDir } from './fs-doubles'

let dir: { path: string; remove: () => Promise<void> }
beforeEach(async () => {
  dir = await makeTempDir('atomic-guards')
})
afterEach(async () => {
  vi.useRealTimers()
  await dir.remove()
})

const expectFile = (text: string) =>
  ({ exists: true, size: new TextEncoder().encode(text).length, sha256: sha256Hex(text) }) as const

/** realFs where `whenFlushed` runs once the temp file has been written and flushed (fsync). */
function fsWithHookAfterFlush(whenFlushed: () => Promise<void>): FsAdapter {
  return {
    ...realFs,
    open: async (path, flags, mode) => {
      const handle = await realFs.open(path, flags, mode)
      if (!path.endsWith('.tmp')) return handle
      const hooked: FileHandleLike = {
        write: (...args) => handle.write(...args),
        chmod: (m) => handle.chmod(m),
        close: () => handle.close(),
        sync: async () => {
          await handle.sync()
          await whenFlushed()
        },
      }
      return hooked
    },
  }
}

/** realFs whose rename of the temp file is refused with `errno` the first `refusals` times. */
function lockedFs(errno: string, refusals: number) {
  const state = { attempts: 0 }
  const fs: FsAdapter = {
    ...realFs,
    rename: async (from, to) => {
      state.attempts++
      if (state.attempts <= refusals) throw errnoError(errno, 'rename', to)
      return realFs.rename(from, to)
    },
  }
  return { fs, state }
}

/**
 * Runs a write on fake timers: real file I/O is let through, and the clock moves only while the
 * write waits on a timer. Returns the result and how long the write waited on the fake clock.
 */
async function onFakeClock<T>(start: () => Promise<T>): Promise<{ result: T; waitedMs: number }> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 })
  let settled = false
  const running = start().finally(() => (settled = true))
  while (!settled) {
    if (vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync()
    else await new Promise((resolve) => setImmediate(resolve))
  }
  const result = await running
  const waitedMs = Date.now()
  vi.useRealTimers()
  return { result, waitedMs }
}

describe('the last-moment check for a change by another program', () => {
  it('a write by another program after the temp file was flushed is a CONFLICT, and is kept', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'what the app read')
    const fs = fsWithHookAfterFlush(() => writeFile(target, 'a colleague saved this meanwhile'))

    const result = await writeFileAtomic(fs, target, 'mine', { expect: expectFile('what the app read') })

    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!result.ok) expect(result.error.message).toContain('"contoso.cmgd" was changed by another program')
    expect(await readFile(target, 'utf8')).toBe('a colleague saved this meanwhile')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
  })

  it('a same-size rewrite in between is caught by its content', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'AAAA')
    const fs = fsWithHookAfterFlush(() => writeFile(target, 'BBBB'))
    const result = await writeFileAtomic(fs, target, 'mine', { expect: expectFile('AAAA') })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await readFile(target, 'utf8')).toBe('BBBB')
  })

  it('a file another program created in the meantime under a new name is not replaced', async () => {
    const target = join(dir.path, 'new.cmgd')
    const fs = fsWithHookAfterFlush(() => writeFile(target, 'theirs'))
    const result = await writeFileAtomic(fs, target, 'mine', { expect: { exists: false } })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await readFile(target, 'utf8')).toBe('theirs')
    expect(await readdir(dir.path)).toEqual(['new.cmgd'])
  })

  it('saves when the file is still what the app read', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'what the app read')
    const result = await writeFileAtomic(realFs, target, 'mine', { expect: expectFile('what the app read') })
    expect(result.ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('mine')
  })
})

describe('a rename refused because another program holds the file', () => {
  const windowsLike: AtomicWriteOptions = { renameRetryBudgetMs: 30_000 }

  it('is retried with back-off while EBUSY lasts, then saves, and says it waits after a second', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'old')
    const locked = lockedFs('EBUSY', 9)
    const heard: Array<{ message: string; atMs: number }> = []

    const { result, waitedMs } = await onFakeClock(() =>
      writeFileAtomic(locked.fs, target, 'new', {
        ...windowsLike,
        onWaiting: (message) => heard.push({ message, atMs: Date.now() }),
      }),
    )

    expect(result).toEqual({ ok: true, value: undefined })
    expect(locked.state.attempts).toBe(10)
    expect(waitedMs).toBeGreaterThan(1_000)
    expect(waitedMs).toBeLessThan(5_000)
    expect(heard).toHaveLength(1)
    expect(heard[0]?.atMs).toBe(1_000)
    expect(heard[0]?.message).toContain('"contoso.cmgd"')
    expect(heard[0]?.message).toContain('another program (antivirus, backup or sync)')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
  })

  it('says nothing when the file is released within a second', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    const locked = lockedFs('EACCES', 2)
    const heard: string[] = []
    const { result } = await onFakeClock(() =>
      writeFileAtomic(locked.fs, target, 'new', { ...windowsLike, onWaiting: (m) => heard.push(m) }),
    )
    expect(result.ok).toBe(true)
    expect(heard).toEqual([])
  })

  it('gives up with a clear error after 30 s of EPERM, leaving the file as it was and no temp file', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'old')
    const locked = lockedFs('EPERM', Number.POSITIVE_INFINITY)

    const { result, waitedMs } = await onFakeClock(() =>
      writeFileAtomic(locked.fs, target, 'new', windowsLike),
    )

    expect(waitedMs).toBe(30_000)
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
    if (!result.ok)
      expect(result.error.message).toBe(
        '"contoso.cmgd" was not saved: another program (antivirus, backup or sync) kept it locked for 30 seconds, or the file or its folder is read-only. The file on disk was left as it was; try again in a moment, or use Save As to save it somewhere else.',
      )
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
  })

  it('stops waiting when the user cancels: the original is untouched and the temp file removed', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'old')
    const locked = lockedFs('EBUSY', Number.POSITIVE_INFINITY)
    const stop = new AbortController()

    const { result, waitedMs } = await onFakeClock(() =>
      writeFileAtomic(locked.fs, target, 'new', {
        ...windowsLike,
        signal: stop.signal,
        // The user reads the notice and presses Cancel.
        onWaiting: () => stop.abort(),
      }),
    )

    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    if (!result.ok) expect(result.error.message).toContain('"contoso.cmgd" was not saved')
    expect(waitedMs).toBe(1_000)
    const attemptsAtCancel = locked.state.attempts
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
    // Nothing keeps trying after the cancel.
    await new Promise((resolve) => setImmediate(resolve))
    expect(locked.state.attempts).toBe(attemptsAtCancel)
  })

  it('checks for a change by another program again before every retry', async () => {
    const target = join(dir.path, 'contoso.cmgd')
    await writeFile(target, 'what the app read')
    let attempts = 0
    // The sync client holding the file writes its own version and then lets go.
    const syncing: FsAdapter = {
      ...realFs,
      rename: async (from, to) => {
        attempts++
        if (attempts === 1) {
          await writeFile(target, 'the sync client downloaded this')
          throw errnoError('EBUSY', 'rename', to)
        }
        return realFs.rename(from, to)
      },
    }
    const { result } = await onFakeClock(() =>
      writeFileAtomic(syncing, target, 'mine', { ...windowsLike, expect: expectFile('what the app read') }),
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await readFile(target, 'utf8')).toBe('the sync client downloaded this')
    expect(await readdir(dir.path)).toEqual(['contoso.cmgd'])
  })
})

describe('long names', () => {
  it('saves over a design whose name is 80 CJK characters (240 bytes of the 255 a name may have)', async () => {
    const name = `${'設計図'.repeat(26)}図面.cmgd`
    expect([...name.replace('.cmgd', '')]).toHaveLength(80)
    const target = join(dir.path, name)
    await writeFile(target, 'old')
    const result = await writeFileAtomic(realFs, target, 'new')
    expect(result).toEqual({ ok: true, value: undefined })
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir.path)).toEqual([name])
  })
})
