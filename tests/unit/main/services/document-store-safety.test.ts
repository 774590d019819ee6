// DocumentStore's guards for the user's work, on the real modules and a real temp folder with
// faults injected: a write by another program during a save is a CONFLICT (never overwritten, and
// the backup holds what a later overwrite replaces); a read-back error after a save is retried and
// reported as what it is (never "different data", never rewriting the old version); long CJK names
// save and keep their backup; and the backup opens as a new design (Restore Previous Version).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { type FileHandleLike, type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { design, errnoError, makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
let docs: string
let backups: string
beforeEach(async () => {
  root = await makeTempDir('docs-safety')
  docs = join(root.path, 'OneDrive', 'Designs')
  backups = join(root.path, 'userData', 'backups')
  await mkdir(docs, { recursive: true })
})
afterEach(async () => {
  await root.remove()
})

const storeWith = (fs: FsAdapter = realFs) =>
  new DocumentStore({ fs, backupDir: backups, readBackRetryDelaysMs: [0, 0] })

async function openedDesign(store: DocumentStore, fileName = 'contoso.cmgd', name = 'Contoso') {
  const filePath = join(docs, fileName)
  const text = serializeDesign(design(name))
  await writeFile(filePath, text)
  const opened = await store.openFile(filePath)
  if (!opened.ok) throw new Error(opened.error.message)
  return { filePath, text, handle: opened.value.handle }
}

describe('a write by another program while the app saves', () => {
  it('is a CONFLICT: the other version is not overwritten, and the design stays unsaved', async () => {
    const theirs = serializeDesign(design('Saved by a colleague meanwhile'))
    let filePath = ''
    let interfere = true
    // Another program writes the design after the app read it, while the app writes its temp file.
    const busyFolder: FsAdapter = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode)
        if (!path.startsWith(docs) || !path.endsWith('.tmp')) return handle
        const hooked: FileHandleLike = {
          write: (...args) => handle.write(...args),
          chmod: (m) => handle.chmod(m),
          close: () => handle.close(),
          sync: async () => {
            await handle.sync()
            if (interfere) await writeFile(filePath, theirs)
          },
        }
        return hooked
      },
    }
    const store = storeWith(busyFolder)
    const opened = await openedDesign(store)
    filePath = opened.filePath

    const result = await store.save(opened.handle, design('Mine'))

    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await readFile(filePath, 'utf8')).toBe(theirs)
    expect(store.get(opened.handle)?.doc.design.name).toBe('Contoso')
    expect(await readdir(docs)).toEqual(['contoso.cmgd'])

    // Overwrite (the user's choice in the CONFLICT dialog): the colleague's version is the backup.
    interfere = false
    expect((await store.save(opened.handle, design('Mine'), { overwrite: true })).ok).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Mine')))
    expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe(theirs)
  })
})

describe('reading a saved design back', () => {
  /** realFs whose reads of `mine` (the just-saved content) fail with EIO `failures` times. */
  function flakyReads(mine: string, failures: number) {
    const state = { failed: 0, failures }
    const fs: FsAdapter = {
      ...realFs,
      readFile: async (path) => {
        const bytes = await realFs.readFile(path)
        if (state.failed < state.failures && new TextDecoder().decode(bytes) === mine) {
          state.failed++
          throw errnoError('EIO', 'read', path)
        }
        return bytes
      },
    }
    return { fs, state }
  }

  it('retries a transient read-back error: the save succeeds with no warning', async () => {
    const mine = serializeDesign(design('Mine'))
    const flaky = flakyReads(mine, 2)
    const store = storeWith(flaky.fs)
    const { filePath, handle } = await openedDesign(store)

    const result = await store.save(handle, design('Mine'))

    expect(flaky.state.failed).toBe(2)
    expect(result).toEqual({ ok: true, value: { fileName: 'contoso.cmgd', filePath } })
    expect(await readFile(filePath, 'utf8')).toBe(mine)
  })

  it('reports a read-back that keeps failing as such, never as different data, and never rewrites the old version', async () => {
    const mine = serializeDesign(design('Mine'))
    const flaky = flakyReads(mine, Number.POSITIVE_INFINITY)
    const store = storeWith(flaky.fs)
    const { filePath, handle } = await openedDesign(store)

    const result = await store.save(handle, design('Mine'))

    expect(flaky.state.failed).toBe(3)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.readBackWarning).toContain('"contoso.cmgd" was saved, but reading it back')
      expect(result.value.readBackWarning).toContain('(EIO)')
      expect(result.value.readBackWarning).not.toContain('different data')
    }
    expect(await readFile(filePath, 'utf8')).toBe(mine)
    expect(store.get(handle)?.doc.design.name).toBe('Mine')
    // The app knows what it wrote: once the disk reads again, the next save is no false CONFLICT.
    flaky.state.failures = 0
    expect((await store.save(handle, design('Mine, later'))).ok).toBe(true)
  })
})

describe('a design with a long name in a CJK script', () => {
  it('saves an 80-character CJK name (240 bytes) and keeps its backup', async () => {
    const fileName = `${'設計図'.repeat(26)}図面.cmgd`
    const store = storeWith()
    const { filePath, handle, text } = await openedDesign(store, fileName)

    const result = await store.save(handle, design('Mine'))

    expect(result).toEqual({ ok: true, value: { fileName, filePath } })
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Mine')))
    expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe(text)
    expect(await readdir(docs)).toEqual([fileName])
  })
})

describe('Restore Previous Version (openPreviousVersion)', () => {
  it('opens the version the last save replaced as a new design without a file', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store, 'contoso.cmgd', 'Version 1')
    await store.save(handle, design('Version 2'))

    const previous = await store.openPreviousVersion(handle)

    expect(previous.ok).toBe(true)
    if (!previous.ok) return
    expect(previous.value).toMatchObject({ filePath: null, fileName: 'contoso (previous version).cmgd' })
    expect(previous.value.handle).not.toBe(handle)
    expect(previous.value.doc.design.name).toBe('Version 1')
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Version 2')))
  })

  it('says clearly that there is no previous version when the file was never saved over', async () => {
    const store = storeWith()
    const { handle } = await openedDesign(store)
    const previous = await store.openPreviousVersion(handle)
    expect(previous).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    if (!previous.ok)
      expect(previous.error.message).toMatch(/^There is no previous version of "contoso.cmgd"\./)
  })

  it('says that a design never saved to a file has no previous version', async () => {
    const store = storeWith()
    const untitled = store.createUntitled(design('New'))
    const previous = await store.openPreviousVersion(untitled.handle)
    expect(previous).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    if (!previous.ok) expect(previous.error.message).toContain('never been saved to a file')
  })
})
