// RecentFiles against a real temp folder: most recent first, no duplicates, capped, cleared,
// resolved by id only, and a damaged list file reads as empty and is replaced on the next add.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { RecentFiles } from '../../../../src/main/services/recent-files'
import { makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
let file: string
beforeEach(async () => {
  root = await makeTempDir('recent')
  file = join(root.path, 'userData', 'recent.json')
})
afterEach(async () => {
  await root.remove()
})

describe('RecentFiles', () => {
  it('lists the most recent first, each path once, with id, name and folder', async () => {
    const recent = new RecentFiles({ fs: realFs, file })
    await recent.add('/designs/a.cmgd')
    await recent.add('/designs/b.cmgd')
    await recent.add('/designs/a.cmgd')
    const items = await recent.list()
    expect(items.map((i) => i.filePath)).toEqual(['/designs/a.cmgd', '/designs/b.cmgd'])
    expect(items[0]).toMatchObject({ fileName: 'a.cmgd', folder: '/designs' })
    for (const item of items) expect(item.id).toMatch(/^rec_[A-Za-z0-9_-]{1,32}$/)
  })

  it('gives a path the same id every time, and a different path a different id', async () => {
    const first = new RecentFiles({ fs: realFs, file })
    await first.add('/designs/a.cmgd')
    await first.add('/designs/b.cmgd')
    const ids = (await first.list()).map((i) => i.id)
    const again = (await new RecentFiles({ fs: realFs, file }).list()).map((i) => i.id)
    expect(again).toEqual(ids)
    expect(new Set(ids).size).toBe(2)
  })

  it('keeps at most `max` entries (10 by default)', async () => {
    const recent = new RecentFiles({ fs: realFs, file })
    for (let i = 0; i < 14; i++) await recent.add(`/designs/d${i}.cmgd`)
    const items = await recent.list()
    expect(items).toHaveLength(10)
    expect(items[0]!.fileName).toBe('d13.cmgd')
    expect(items[9]!.fileName).toBe('d4.cmgd')
    const small = new RecentFiles({ fs: realFs, file: join(root.path, 'small.json'), max: 3 })
    for (let i = 0; i < 5; i++) await small.add(`/d${i}.cmgd`)
    expect((await small.list()).map((i) => i.fileName)).toEqual(['d4.cmgd', 'd3.cmgd', 'd2.cmgd'])
  })

  it('resolves an id to its path and an unknown id to undefined', async () => {
    const recent = new RecentFiles({ fs: realFs, file })
    await recent.add('/designs/a.cmgd')
    const [item] = await recent.list()
    expect(await recent.resolve(item!.id)).toBe('/designs/a.cmgd')
    expect(await recent.resolve('rec_unknown')).toBeUndefined()
    expect(await recent.resolve('/designs/a.cmgd')).toBeUndefined()
  })

  it('clears the list', async () => {
    const recent = new RecentFiles({ fs: realFs, file })
    await recent.add('/designs/a.cmgd')
    await recent.clear()
    expect(await recent.list()).toEqual([])
    expect(await new RecentFiles({ fs: realFs, file }).list()).toEqual([])
  })

  it('keeps every one of many concurrent adds', async () => {
    const recent = new RecentFiles({ fs: realFs, file })
    await Promise.all(Array.from({ length: 8 }, (_, i) => recent.add(`/designs/c${i}.cmgd`)))
    expect((await recent.list()).map((i) => i.fileName).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `c${i}.cmgd`),
    )
  })

  it.each([
    ['not JSON', '{"version":1,"paths":['],
    ['the wrong shape', '{"paths":"oops"}'],
    ['a newer version', '{"version":2,"paths":["/a.cmgd"]}'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x00])],
  ])('reads a damaged list (%s) as empty and replaces it on the next add', async (_label, content) => {
    await mkdir(join(root.path, 'userData'), { recursive: true })
    await writeFile(file, content)
    const recent = new RecentFiles({ fs: realFs, file })
    expect(await recent.list()).toEqual([])
    await recent.add('/designs/a.cmgd')
    expect((await recent.list()).map((i) => i.filePath)).toEqual(['/designs/a.cmgd'])
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, paths: ['/designs/a.cmgd'] })
  })

  it('drops relative paths and duplicates found in a hand-edited list', async () => {
    await mkdir(join(root.path, 'userData'), { recursive: true })
    await writeFile(
      file,
      JSON.stringify({ version: 1, paths: ['relative.cmgd', '/a.cmgd', '/a.cmgd', '', '/b.cmgd'] }),
    )
    expect((await new RecentFiles({ fs: realFs, file }).list()).map((i) => i.filePath)).toEqual([
      '/a.cmgd',
      '/b.cmgd',
    ])
  })
})
