// SettingsStore against a real temp folder: values round-trip, a damaged file or a bad value falls
// back to the default, and an invalid update is refused without touching the file.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { type Settings, SettingsStore } from '../../../../src/main/services/settings'
import { faultyFs, makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
let file: string
beforeEach(async () => {
  root = await makeTempDir('settings')
  file = join(root.path, 'userData', 'settings.json')
})
afterEach(async () => {
  await root.remove()
})

const bounds = { x: -1200, y: 40, width: 1280, height: 800, maximized: false }

describe('SettingsStore', () => {
  it('starts with defaults and keeps updates across instances', async () => {
    const store = new SettingsStore({ fs: realFs, file })
    expect(await store.get()).toEqual({})
    await store.update({ theme: 'dark' })
    await store.update({ windowBounds: bounds })
    expect(await new SettingsStore({ fs: realFs, file }).get()).toEqual({
      theme: 'dark',
      windowBounds: bounds,
    })
  })

  it('goes back to the default for a field updated to undefined', async () => {
    const store = new SettingsStore({ fs: realFs, file })
    await store.update({ theme: 'highContrast', windowBounds: bounds })
    await store.update({ theme: undefined })
    expect(await store.get()).toEqual({ windowBounds: bounds })
  })

  it.each([
    ['not JSON', '{"theme": "dark"'],
    ['an array', '[]'],
    ['not UTF-8', Buffer.from([0xff, 0xfe])],
  ])('reads a damaged file (%s) as defaults', async (_label, content) => {
    await mkdir(join(root.path, 'userData'))
    await writeFile(file, content)
    expect(await new SettingsStore({ fs: realFs, file }).get()).toEqual({})
  })

  it('keeps the valid fields of a partly damaged file', async () => {
    await mkdir(join(root.path, 'userData'))
    await writeFile(file, JSON.stringify({ theme: 'neon', windowBounds: bounds, unknown: 1 }))
    expect(await new SettingsStore({ fs: realFs, file }).get()).toEqual({ windowBounds: bounds })
    await writeFile(
      file,
      JSON.stringify({ theme: 'light', windowBounds: { ...bounds, width: Number.MAX_VALUE } }),
    )
    expect(await new SettingsStore({ fs: realFs, file }).get()).toEqual({ theme: 'light' })
  })

  it('refuses an invalid update and leaves the file as it was', async () => {
    const store = new SettingsStore({ fs: realFs, file })
    await store.update({ theme: 'dark' })
    const before = await readFile(file, 'utf8')
    await expect(store.update({ theme: 'neon' } as unknown as Partial<Settings>)).rejects.toThrow(/theme/)
    await expect(store.update({ windowBounds: { ...bounds, width: -5 } })).rejects.toThrow(/windowBounds/)
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('rejects with PERMISSION_DENIED when the file cannot be written, keeping the old settings', async () => {
    const faults = faultyFs()
    const store = new SettingsStore({ fs: faults.fs, file })
    await store.update({ theme: 'dark' })
    faults.arm({ step: 'rename', errno: 'EACCES', folder: join(root.path, 'userData') })
    await expect(store.update({ theme: 'light' })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'The settings could not be saved (permission denied).',
    })
    expect(await store.get()).toEqual({ theme: 'dark' })
  })
})
