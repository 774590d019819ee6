// What the window learns about the safety of its files, through the real IPC handlers, file services
// and window manager (fake windows and dialogs, a real temp folder, faults injected): a backup that
// could not be kept is in the save's answer; a save waiting for a file another program holds tells
// its window and can be cancelled, leaving the file as it was; an export never replaces an open
// design and keeps a backup of a design file it replaces; Restore Previous Version opens the backup.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import type { Opened } from '../../../../src/shared/ipc/contract'
import { newDesign } from '../../../../src/shared/model/factory'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import type { FakeWindow } from '../electron-fakes'
import { errnoError } from '../services/fs-doubles'
import { mainHarness } from './main-harness'

vi.mock('electron', async () => (await import('../electron-fakes')).electronModule)

const DAY = '2026-11-26'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-file-safety-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

/** Main's document side as the app wires it (main-harness.ts), on this test's folder. */
const harness = (fs: FsAdapter = realFs) => mainHarness(dir, fs)

const edited = (opened: Opened, name: string) => ({ ...opened.doc, design: { ...opened.doc.design, name } })

describe('the backup warning', () => {
  it('reaches the window with the save when the previous version could not be kept', async () => {
    const h = harness()
    const filePath = join(dir, 'contoso.cmgd')
    const { win, opened } = await h.windowWithFile(filePath)
    // The app's data folder is broken: a file sits where the backups folder should be.
    mkdirSync(join(dir, 'user'), { recursive: true })
    writeFileSync(h.backupDir, 'not a folder')

    const result = await h.call(win, 'doc:save', {
      handle: opened.handle,
      doc: edited(opened, 'Edited'),
      revision: 1,
    })

    expect(result).toMatchObject({ ok: true, fileName: 'contoso.cmgd', revision: 1 })
    expect(result.warning).toMatch(
      /^The design was saved, but its previous version could not be kept as a backup/,
    )
    expect(readFileSync(filePath, 'utf8')).toContain('"Edited"')
  })
})

describe('a save waiting for a file another program holds', () => {
  it('tells its window after a second, and Cancel leaves the file as it was with no temp file', async () => {
    const filePath = join(dir, 'contoso.cmgd')
    // Windows: the antivirus holds the design, so every rename over it is refused.
    const scanned: FsAdapter = {
      ...realFs,
      rename: async (from, to) => {
        if (to === filePath) throw errnoError('EBUSY', 'rename', to)
        return realFs.rename(from, to)
      },
    }
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')
    Object.defineProperty(process, 'platform', { value: 'win32', configurable: true })
    try {
      const h = harness(scanned)
      const { win, opened } = await h.windowWithFile(filePath)
      const before = readFileSync(filePath, 'utf8')
      await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
      const other = h.created.at(-1) as FakeWindow
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 })

      let answer: Record<string, unknown> | undefined
      void h
        .call(win, 'doc:save', { handle: opened.handle, doc: edited(opened, 'Mine'), revision: 1 })
        .then((result) => (answer = result))
      const waits = () => win.webContents.eventsOn('file:wait') as Array<Record<string, string>>
      while (waits().length === 0) {
        if (vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync()
        else await new Promise((done) => setImmediate(done))
      }

      const [waiting] = waits()
      expect(Date.now()).toBe(1_000)
      expect(waiting).toMatchObject({ state: 'waiting' })
      expect(waiting?.message).toContain('Waiting for "contoso.cmgd" to be released')
      expect(waiting?.message).toContain('another program (antivirus, backup or sync)')
      expect(answer).toBeUndefined()

      // Another window cannot cancel it; its own window can.
      await expect(h.call(other, 'file:cancelWait', { waitId: waiting?.waitId })).resolves.toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      await expect(h.call(win, 'file:cancelWait', { waitId: waiting?.waitId })).resolves.toEqual({ ok: true })
      while (answer === undefined) await new Promise((done) => setImmediate(done))

      expect(answer).toMatchObject({ ok: false, code: 'CANCELLED' })
      expect(waits().at(-1)).toEqual({ waitId: waiting?.waitId, state: 'over' })
      expect(readFileSync(filePath, 'utf8')).toBe(before)
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.prev'))).toEqual([])
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform)
    }
  })
})

describe('export:write', () => {
  it('refuses to replace a design that is open in a window', async () => {
    const h = harness()
    const filePath = join(dir, 'contoso.cmgd')
    const { win } = await h.windowWithFile(filePath)
    const before = readFileSync(filePath, 'utf8')
    h.dialogs.chooseExportPath.mockResolvedValueOnce(filePath)

    const result = await h.call(win, 'export:write', { kind: 'svg', suggestedName: 'x', data: '<svg/>' })

    expect(result).toMatchObject({ ok: false, code: 'WRITE_FAILED' })
    expect(result.message).toContain('“contoso.cmgd” is a design open in a window')
    expect(readFileSync(filePath, 'utf8')).toBe(before)
  })

  it('keeps a backup of a design file it replaces', async () => {
    const h = harness()
    const { win } = await h.windowWithFile(join(dir, 'open.cmgd'))
    const replaced = join(dir, 'fabrikam.cmgd')
    const design = serializeDesign(newDesign(DAY, 'Fabrikam'))
    writeFileSync(replaced, design)
    h.dialogs.chooseExportPath.mockResolvedValueOnce(replaced)

    const result = await h.call(win, 'export:write', { kind: 'svg', suggestedName: 'x', data: '<svg/>' })

    expect(result).toEqual({ ok: true, fileName: 'fabrikam.cmgd' })
    expect(readFileSync(replaced, 'utf8')).toBe('<svg/>')
    expect(readFileSync(h.documents.backupPathFor(replaced), 'utf8')).toBe(design)
  })
})

describe('Restore Previous Version (File menu)', () => {
  it('opens the version the last save replaced in a new window, unsaved, and leaves the file alone', async () => {
    const h = harness()
    const filePath = join(dir, 'contoso.cmgd')
    const { win, opened } = await h.windowWithFile(filePath, 'Version 1')
    await h.call(win, 'doc:save', { handle: opened.handle, doc: edited(opened, 'Version 2'), revision: 1 })
    const onDisk = readFileSync(filePath, 'utf8')

    await h.actions.openPreviousVersion({ window: win as never, answer: 'event', reuse: true })

    const shown = h.created.at(-1) as FakeWindow
    expect(shown).not.toBe(win)
    shown.webContents.finishLoad()
    const [payload] = shown.webContents.eventsOn('doc:opened') as Opened[]
    expect(payload).toMatchObject({
      ok: true,
      fileName: 'contoso (previous version).cmgd',
      hasFile: false,
      dirty: true,
    })
    if (payload?.ok) {
      expect(payload.doc.design.name).toBe('Version 1')
      expect(payload.notice).toContain('previous version of “contoso.cmgd”')
    }
    expect(readFileSync(filePath, 'utf8')).toBe(onDisk)
    expect(h.dialogs.inform).not.toHaveBeenCalled()
  })

  it('says so in a dialog when there is no previous version', async () => {
    const h = harness()
    const { win } = await h.windowWithFile(join(dir, 'contoso.cmgd'))
    const windowsBefore = h.created.length

    await h.actions.openPreviousVersion({ window: win as never, answer: 'event', reuse: true })

    expect(h.dialogs.inform).toHaveBeenCalledWith(
      win,
      'There is no previous version of “contoso.cmgd”.',
      expect.stringContaining('CMG Designer keeps one when a save replaces the file'),
    )
    expect(h.created).toHaveLength(windowsBefore)
  })
})
