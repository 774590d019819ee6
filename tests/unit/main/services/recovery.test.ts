// RecoveryStore against a real temp folder: snapshots survive a crash (a new store on the same
// folder), bring back the unsaved edits, and a damaged snapshot is listed and moved aside intact.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { RecoveryStore, recoveryIdFor } from '../../../../src/main/services/recovery'
import { FileServiceError } from '../../../../src/main/services/save-errors'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { design, faultyFs, makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
let dir: string
beforeEach(async () => {
  root = await makeTempDir('recovery')
  dir = join(root.path, 'userData', 'recovery')
})
afterEach(async () => {
  await root.remove()
})

const clock = (iso: string) => () => new Date(iso)

describe('RecoveryStore', () => {
  it('brings back unsaved edits after a crash (a new store on the same folder)', async () => {
    const before = new RecoveryStore({ fs: realFs, dir, now: clock('2026-11-26T10:00:00.000Z') })
    const edited = design('Contoso – unsaved edits', 3)
    await before.put('doc_AAAAAAAAAAAAAAAA', edited, {
      fileName: 'contoso.cmgd',
      filePath: '/home/u/contoso.cmgd',
    })
    const later = new RecoveryStore({ fs: realFs, dir, now: clock('2026-11-26T10:05:00.000Z') })
    await later.put('doc_BBBBBBBBBBBBBBBB', design('New design'), { fileName: 'Untitled', filePath: null })

    // The app is killed here: no clean shutdown, no discard.
    const afterCrash = new RecoveryStore({ fs: realFs, dir })
    const items = await afterCrash.list()
    expect(items).toEqual([
      {
        id: recoveryIdFor('doc_BBBBBBBBBBBBBBBB'),
        designName: 'New design',
        fileName: 'Untitled',
        filePath: null,
        savedAt: '2026-11-26T10:05:00.000Z',
        damaged: false,
      },
      {
        id: recoveryIdFor('doc_AAAAAAAAAAAAAAAA'),
        designName: 'Contoso – unsaved edits',
        fileName: 'contoso.cmgd',
        filePath: '/home/u/contoso.cmgd',
        savedAt: '2026-11-26T10:00:00.000Z',
        damaged: false,
      },
    ])
    const restored = await afterCrash.read(items[1]!.id)
    expect(restored.ok).toBe(true)
    if (restored.ok) {
      expect(serializeDesign(restored.value.doc)).toBe(serializeDesign(edited))
      expect(restored.value).toMatchObject({ fileName: 'contoso.cmgd', filePath: '/home/u/contoso.cmgd' })
    }
  })

  it('keeps one snapshot per key, replaced by each put', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    await store.put('doc_AAAAAAAAAAAAAAAA', design('First'), { fileName: 'a.cmgd', filePath: null })
    await store.put('doc_AAAAAAAAAAAAAAAA', design('Second'), { fileName: 'a.cmgd', filePath: null })
    const items = await store.list()
    expect(items.map((i) => i.designName)).toEqual(['Second'])
    expect(items[0]!.id).toMatch(/^rcv_[A-Za-z0-9_-]{1,64}$/)
    expect(await readdir(dir)).toHaveLength(1)
  })

  it('discards a snapshot; discarding a missing or malformed id is harmless', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    await store.put('k', design('Gone soon'), { fileName: 'a.cmgd', filePath: null })
    await store.discard(recoveryIdFor('k'))
    await store.discard(recoveryIdFor('k'))
    await store.discard('../../etc/passwd')
    expect(await store.list()).toEqual([])
  })

  it('lists a damaged snapshot as damaged, refuses to read it, and moves it aside with its bytes', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    await store.put('good', design('Good'), { fileName: 'good.cmgd', filePath: null })
    await store.put('bad', design('Bad'), { fileName: 'bad.cmgd', filePath: null })
    const badId = recoveryIdFor('bad')
    const badPath = join(dir, `${badId}.json`)
    const damagedBytes = (await readFile(badPath)).subarray(0, 150)
    await writeFile(badPath, damagedBytes)

    const items = await new RecoveryStore({ fs: realFs, dir }).list()
    expect(items.find((i) => i.id === badId)).toMatchObject({ damaged: true })
    expect(items.find((i) => i.id === recoveryIdFor('good'))).toMatchObject({
      damaged: false,
      designName: 'Good',
    })
    expect(await store.read(badId)).toMatchObject({ ok: false, error: { code: 'NOT_JSON' } })

    await store.moveAsideDamaged(badId)
    expect((await store.list()).map((i) => i.id)).toEqual([recoveryIdFor('good')])
    const aside = await readdir(join(dir, 'damaged'))
    expect(aside).toHaveLength(1)
    expect(aside[0]).toMatch(new RegExp(`^${badId}\\.`))
    expect(new Uint8Array(await readFile(join(dir, 'damaged', aside[0]!)))).toEqual(
      new Uint8Array(damagedBytes),
    )
  })

  it('lists a snapshot whose design is invalid as damaged, keeping its file name', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    await store.put('x', design('X'), { fileName: 'x.cmgd', filePath: '/x.cmgd' })
    const file = join(dir, `${recoveryIdFor('x')}.json`)
    const snapshot = JSON.parse(await readFile(file, 'utf8'))
    snapshot.design = snapshot.design.replace('"cmVersion": 2509', '"cmVersion": 1')
    await writeFile(file, JSON.stringify(snapshot))
    expect(await store.list()).toMatchObject([{ damaged: true, fileName: 'x.cmgd', filePath: '/x.cmgd' }])
    expect(await store.read(recoveryIdFor('x'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DOCUMENT' },
    })
  })

  it('ignores temp files and foreign files in the folder, and lists nothing when the folder is missing', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    expect(await store.list()).toEqual([])
    await store.put('k', design('Kept'), { fileName: 'k.cmgd', filePath: null })
    await writeFile(join(dir, `.${recoveryIdFor('k')}.json.abc.tmp`), '{ partial')
    await writeFile(join(dir, 'notes.txt'), 'hello')
    expect((await store.list()).map((i) => i.designName)).toEqual(['Kept'])
  })

  it('reads an unknown id as NOT_FOUND', async () => {
    const store = new RecoveryStore({ fs: realFs, dir })
    expect(await store.read('rcv_nothing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await store.read('../../secret')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('rejects a put on a full disk with DISK_FULL and keeps the previous snapshot intact', async () => {
    const faults = faultyFs()
    const store = new RecoveryStore({ fs: faults.fs, dir })
    await store.put('k', design('Previous'), { fileName: 'k.cmgd', filePath: null })
    faults.arm({ step: 'write', errno: 'ENOSPC', folder: dir })
    const failure = await store
      .put('k', design('Next', 50, 1000), { fileName: 'k.cmgd', filePath: null })
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(FileServiceError)
    expect(failure).toMatchObject({
      code: 'DISK_FULL',
      message: 'The recovery copy of "k.cmgd" could not be written (the disk is full).',
    })
    expect((await store.list()).map((i) => [i.designName, i.damaged])).toEqual([['Previous', false]])
  })
})
