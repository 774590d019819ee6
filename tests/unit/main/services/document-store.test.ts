// DocumentStore against a real temp folder: opening every kind of bad file writes nothing; saving
// detects external changes, keeps one backup in the app's data folder, is serialized per file, and
// after a fault at any step leaves the file byte-identical and the design still unsaved.
import { mkdir, readFile, readdir, stat, truncate, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DocumentStore, newDocumentHandle } from '../../../../src/main/services/document-store'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { MAX_FILE_BYTES } from '../../../../src/shared/model/limits'
import {
  WRITE_STEPS,
  design,
  errnoError,
  faultyFs,
  makeTempDir,
  recordingFs,
  snapshotFolder,
} from './fs-doubles'

const TEMPLATE = join(__dirname, '../../../../resources/templates/contoso.cmgd')

let root: { path: string; remove: () => Promise<void> }
let docs: string
let backups: string
beforeEach(async () => {
  root = await makeTempDir('docs')
  docs = join(root.path, 'OneDrive', 'Designs')
  backups = join(root.path, 'userData', 'backups')
  await mkdir(docs, { recursive: true })
})
afterEach(async () => {
  await root.remove()
})

const storeWith = (fs: FsAdapter = realFs) => new DocumentStore({ fs, backupDir: backups })

/** A design file on disk, opened in a store; returns its path, its bytes and the handle. */
async function openedDesign(store: DocumentStore, name = 'Contoso') {
  const filePath = join(docs, 'contoso.cmgd')
  const bytes = new TextEncoder().encode(serializeDesign(design(name)))
  await writeFile(filePath, bytes)
  const opened = await store.openFile(filePath)
  if (!opened.ok) throw new Error(opened.error.message)
  return { filePath, bytes, handle: opened.value.handle }
}

describe('DocumentStore.openFile', () => {
  it('opens a template with a fresh handle and its name', async () => {
    const filePath = join(docs, 'contoso.cmgd')
    await writeFile(filePath, await readFile(TEMPLATE))
    const result = await storeWith().openFile(filePath)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.handle).toMatch(/^doc_[A-Za-z0-9_-]{16}$/)
    expect(result.value).toMatchObject({ filePath, fileName: 'contoso.cmgd' })
    expect(result.value.doc.nodes.length).toBeGreaterThan(0)
    expect(result.value.migratedFrom).toBeUndefined()
  })

  it('mints handles in the contract format', () => {
    const handles = new Set(Array.from({ length: 200 }, newDocumentHandle))
    expect(handles.size).toBe(200)
    for (const h of handles) expect(h).toMatch(/^doc_[A-Za-z0-9_-]{16}$/)
  })

  const valid = serializeDesign(design('Valid'))
  const badFiles: Array<[string, string | Uint8Array, string]> = [
    ['truncated JSON', valid.slice(0, valid.length / 2), 'NOT_JSON'],
    ['an empty file', '', 'NOT_JSON'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'NOT_JSON'],
    ['JSON that is not an object', '[]', 'NOT_A_DESIGN_FILE'],
    ['another app’s JSON', '{"type":"excalidraw","version":2,"elements":[]}', 'NOT_A_DESIGN_FILE'],
    ['a newer format version', valid.replace('"formatVersion": 1', '"formatVersion": 99'), 'FILE_TOO_NEW'],
    ['a newer schema version', valid.replace('"schemaVersion": 1', '"schemaVersion": 2'), 'FILE_TOO_NEW'],
    [
      'a design with a wrongly typed value',
      valid.replace('"cmVersion": 2509', '"cmVersion": "2509"'),
      'INVALID_DOCUMENT',
    ],
  ]

  it.each(badFiles)('refuses %s with the right code and writes nothing', async (_label, content, code) => {
    const filePath = join(docs, 'bad.cmgd')
    await writeFile(filePath, content)
    const before = await snapshotFolder(root.path)
    const recorder = recordingFs()

    const result = await storeWith(recorder.fs).openFile(filePath)

    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10)
    expect(recorder.writes).toEqual([])
    expect(await snapshotFolder(root.path)).toEqual(before)
    expect(new Uint8Array(await readFile(filePath))).toEqual(
      typeof content === 'string' ? new TextEncoder().encode(content) : content,
    )
  })

  it('lists every invalid value of an INVALID_DOCUMENT', async () => {
    const filePath = join(docs, 'bad.cmgd')
    const doc = JSON.parse(valid)
    doc.design.cmVersion = 'x'
    doc.design.environment = 'staging'
    await writeFile(filePath, JSON.stringify(doc))
    const result = await storeWith().openFile(filePath)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.issues.length).toBe(2)
  })

  it('refuses a file over the size limit before reading it', async () => {
    const filePath = join(docs, 'huge.cmgd')
    await writeFile(filePath, '')
    await truncate(filePath, MAX_FILE_BYTES + 1)
    let reads = 0
    const fs: FsAdapter = { ...realFs, readFile: (p) => (reads++, realFs.readFile(p)) }
    expect(await storeWith(fs).openFile(filePath)).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE' },
    })
    expect(reads).toBe(0)
  })

  it('reports a missing file as NOT_FOUND and a folder or unreadable file as READ_FAILED', async () => {
    const store = storeWith()
    expect(await store.openFile(join(docs, 'missing.cmgd'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await store.openFile(docs)).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } })
    const filePath = join(docs, 'locked.cmgd')
    await writeFile(filePath, valid)
    const denied: FsAdapter = {
      ...realFs,
      readFile: async (p) => Promise.reject(errnoError('EACCES', 'open', p)),
    }
    const result = await storeWith(denied).openFile(filePath)
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } })
    if (!result.ok) expect(result.error.message).toBe('"locked.cmgd" could not be opened: permission denied.')
  })

  it('refuses a device that is not a regular file without reading it', async () => {
    const result = await storeWith().openFile('/dev/zero')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'READ_FAILED', message: '"zero" is not a regular file.' },
    })
  })

  it('opens a file with a byte-order mark', async () => {
    const filePath = join(docs, 'bom.cmgd')
    await writeFile(filePath, `\uFEFF${valid}`)
    expect((await storeWith().openFile(filePath)).ok).toBe(true)
  })
})

describe('DocumentStore.save', () => {
  it('saves a changed design, remembers it, and the next save needs no overwrite', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    expect(await store.save(handle, design('Contoso v2'))).toEqual({
      ok: true,
      value: { fileName: 'contoso.cmgd', filePath },
    })
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Contoso v2')))
    expect((await store.save(handle, design('Contoso v3'))).ok).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Contoso v3')))
    expect(store.get(handle)?.doc.design.name).toBe('Contoso v3')
  })

  it('refuses with CONFLICT when another program changed the file, and overwrites only when asked', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    const theirs = serializeDesign(design('Edited by a colleague'))
    await writeFile(filePath, theirs)

    const refused = await store.save(handle, design('Mine'))
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!refused.ok) expect(refused.error.message).toContain('"contoso.cmgd" was changed by another program')
    expect(await readFile(filePath, 'utf8')).toBe(theirs)

    expect((await store.save(handle, design('Mine'), { overwrite: true })).ok).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Mine')))
    // The colleague's version is kept as the backup, in the app's data folder only.
    const backupPath = store.backupPathFor(filePath)
    expect(backupPath.startsWith(backups)).toBe(true)
    expect(await readFile(backupPath, 'utf8')).toBe(theirs)
    expect(await readdir(docs)).toEqual(['contoso.cmgd'])
  })

  it('detects a change that kept the size and the modification time (compares content, not only mtime)', async () => {
    const store = storeWith()
    const { filePath, handle, bytes } = await openedDesign(store, 'AAAA')
    const { mtime } = await stat(filePath)
    const same = new TextDecoder().decode(bytes).replace('"AAAA"', '"BBBB"')
    await writeFile(filePath, same)
    await utimes(filePath, mtime, mtime)
    expect((await stat(filePath)).size).toBe(bytes.length)
    expect(await store.save(handle, design('Mine'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('keeps exactly one backup per file, holding the version before the last save', async () => {
    const store = storeWith()
    const { filePath, handle, bytes } = await openedDesign(store, 'v1')
    await store.save(handle, design('v2'))
    expect(new Uint8Array(await readFile(store.backupPathFor(filePath)))).toEqual(bytes)
    await store.save(handle, design('v3'))
    expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe(serializeDesign(design('v2')))
    // Saving unchanged content does not replace the meaningful backup with a copy of itself.
    await store.save(handle, design('v3'))
    expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe(serializeDesign(design('v2')))
    expect(await readdir(backups)).toHaveLength(1)
    expect(await readdir(docs)).toEqual(['contoso.cmgd'])
  })

  it('gives two files with the same name in different folders different backups', () => {
    const store = storeWith()
    expect(store.backupPathFor('/a/contoso.cmgd')).not.toBe(store.backupPathFor('/b/contoso.cmgd'))
    expect(store.backupPathFor('/a/contoso.cmgd')).toMatch(/-contoso\.cmgd\.bak$/)
  })

  it('runs ten concurrent saves one after the other; the last one ends on disk', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    const versions = Array.from({ length: 10 }, (_, i) => design(`Version ${i}`, 20 + ((i * 37) % 50), 200))
    const results = await Promise.all(versions.map((v) => store.save(handle, v)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(versions[9]!))
    expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe(serializeDesign(versions[8]!))
    expect(await readdir(docs)).toEqual(['contoso.cmgd'])
  })

  it('Save As writes the new file and moves the handle there; the old file is untouched', async () => {
    const store = storeWith()
    const { filePath, handle, bytes } = await openedDesign(store)
    const copy = join(docs, 'contoso-copy.cmgd')
    expect(await store.save(handle, design('Copy'), { targetPath: copy })).toEqual({
      ok: true,
      value: { fileName: 'contoso-copy.cmgd', filePath: copy },
    })
    expect(new Uint8Array(await readFile(filePath))).toEqual(bytes)
    expect(store.get(handle)).toMatchObject({ filePath: copy, fileName: 'contoso-copy.cmgd' })
    // Another program editing the old file no longer matters; the new file is now watched.
    await writeFile(filePath, 'changed elsewhere')
    expect((await store.save(handle, design('Copy 2'))).ok).toBe(true)
    await writeFile(copy, 'changed elsewhere')
    expect(await store.save(handle, design('Copy 3'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('saves an untitled design only with a target path', async () => {
    const store = storeWith()
    const untitled = store.createUntitled(design('New'))
    expect(untitled).toMatchObject({ filePath: null, fileName: 'Untitled' })
    expect(await store.save(untitled.handle, design('New'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const target = join(docs, 'new.cmgd')
    expect((await store.save(untitled.handle, design('New'), { targetPath: target })).ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe(serializeDesign(design('New')))
  })

  it('writes a file deleted since it was opened anew', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    await realFs.unlink(filePath)
    expect((await store.save(handle, design('Back'))).ok).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Back')))
  })

  it('refuses an unknown or closed handle', async () => {
    const store = storeWith()
    const { handle } = await openedDesign(store)
    store.close(handle)
    expect(store.get(handle)).toBeUndefined()
    expect(await store.save(handle, design('x'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a design larger than a file may be, writing nothing', async () => {
    const store = storeWith()
    const { filePath, handle, bytes } = await openedDesign(store)
    const huge = design('Huge', 2_200, 10_000)
    const result = await store.save(handle, huge)
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    if (!result.ok) expect(result.error.message).toContain('larger than 20 MB')
    expect(new Uint8Array(await readFile(filePath))).toEqual(bytes)
  })

  it('puts the previous version back when the bytes read back differ from those written', async () => {
    const mine = serializeDesign(design('Mine'))
    let lying = true
    // A disk that returns a damaged copy of the new content when it is read back.
    const lyingDisk: FsAdapter = {
      ...realFs,
      readFile: async (p) => {
        const bytes = await realFs.readFile(p)
        return lying && new TextDecoder().decode(bytes) === mine ? bytes.slice(0, bytes.length - 1) : bytes
      },
    }
    const store = storeWith(lyingDisk)
    const { filePath, handle, bytes } = await openedDesign(store)

    const result = await store.save(handle, design('Mine'))

    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    if (!result.ok) expect(result.error.message).toContain('could not be verified')
    expect(new Uint8Array(await readFile(filePath))).toEqual(bytes)
    // The remembered identity still matches the file: a later save is no CONFLICT.
    lying = false
    expect((await store.save(handle, design('Mine'))).ok).toBe(true)
    expect(await readFile(filePath, 'utf8')).toBe(mine)
  })
})

describe.each(['ENOSPC', 'EACCES'])('a save failing with %s', (errno) => {
  const expectedCode = errno === 'ENOSPC' ? 'DISK_FULL' : 'PERMISSION_DENIED'
  const places = WRITE_STEPS.map((step) => ({ step, where: 'file' as const }))

  it.each(places)(
    'at $step of the $where write leaves the file byte-identical and the design unsaved',
    async ({ step, where }) => {
      const faults = faultyFs()
      const store = storeWith(faults.fs)
      const { filePath, handle, bytes } = await openedDesign(store, 'On disk')
      // A backup from an earlier save already exists, so the backup write replaces a file too.
      await mkdir(backups, { recursive: true })
      await writeFile(store.backupPathFor(filePath), 'older backup')
      faults.arm({ step, errno, folder: where === 'file' ? docs : backups })

      const result = await store.save(handle, design('Unsaved edits', 200, 1000))

      expect(faults.triggered).toBeGreaterThan(0)
      expect(result).toMatchObject({ ok: false, error: { code: expectedCode } })
      if (!result.ok) expect(result.error.message).toContain('"contoso.cmgd" was not saved')
      expect(new Uint8Array(await readFile(filePath))).toEqual(bytes)
      expect(await readdir(docs)).toEqual(['contoso.cmgd'])
      expect(
        (await readdir(backups)).filter((name) => name.endsWith('.tmp') || name.endsWith('.prev')),
      ).toEqual([])
      expect(store.get(handle)?.doc.design.name).toBe('On disk')

      // The store still knows the on-disk version: once the fault is gone, a change by another
      // program is still caught, and the unchanged file saves without a false CONFLICT.
      faults.disarm()
      await writeFile(filePath, 'someone else')
      expect(await store.save(handle, design('Unsaved edits'))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      })
      await writeFile(filePath, bytes)
      expect(await store.save(handle, design('Unsaved edits'))).toMatchObject({ ok: true })
      expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Unsaved edits')))
    },
  )
})

describe.each(['ENOSPC', 'EACCES'])('a backup failing with %s', (errno) => {
  it.each(WRITE_STEPS)(
    'at %s still saves the design, says the backup was not kept, and leaves no temp file',
    async (step) => {
      const faults = faultyFs()
      const store = storeWith(faults.fs)
      const { filePath, handle } = await openedDesign(store, 'On disk')
      await mkdir(backups, { recursive: true })
      await writeFile(store.backupPathFor(filePath), 'older backup')
      faults.arm({ step, errno, folder: backups })

      const result = await store.save(handle, design('Unsaved edits', 200, 1000))

      expect(faults.triggered).toBeGreaterThan(0)
      expect(result.ok).toBe(true)
      if (result.ok) expect(result.value.backupWarning).toMatch(/could not be kept as a backup/)
      expect(await readFile(filePath, 'utf8')).toBe(serializeDesign(design('Unsaved edits', 200, 1000)))
      expect(await readFile(store.backupPathFor(filePath), 'utf8')).toBe('older backup')
      expect(
        (await readdir(backups)).filter((name) => name.endsWith('.tmp') || name.endsWith('.prev')),
      ).toEqual([])
    },
  )
})

describe('DocumentStore.revert', () => {
  it('reloads the file from disk into the same handle and accepts it as the new on-disk version', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    await writeFile(filePath, serializeDesign(design('Changed elsewhere')))
    const reverted = await store.revert(handle)
    expect(reverted).toMatchObject({
      ok: true,
      value: { handle, doc: { design: { name: 'Changed elsewhere' } } },
    })
    expect((await store.save(handle, design('After revert'))).ok).toBe(true)
  })

  it('keeps the open design when the file has become unreadable', async () => {
    const store = storeWith()
    const { filePath, handle } = await openedDesign(store)
    await writeFile(filePath, '{ damaged')
    expect(await store.revert(handle)).toMatchObject({ ok: false, error: { code: 'NOT_JSON' } })
    expect(store.get(handle)?.doc.design.name).toBe('Contoso')
  })

  it('refuses an untitled design', async () => {
    const store = storeWith()
    const { handle } = store.createUntitled(design('New'))
    expect(await store.revert(handle)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
