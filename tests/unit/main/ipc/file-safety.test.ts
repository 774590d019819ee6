// What the window learns about the safety of its files, through the real IPC handlers, file services
// and window manager (fake windows and dialogs, a real temp folder, faults injected): a backup that
// could not be kept is in the save's answer; a save waiting for a file another program holds tells
// its window and can be cancelled, leaving the file as it was; an export never replaces an open
// design and keeps a backup of a design file it replaces; Restore Previous Version opens the backup.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import type { Opened } from '../../../../src/shared/ipc/contract'
import { newDesign } from '../../../../src/shared/model/factory'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { RecentFiles } from '../../../../src/main/services/recent-files'
import { RecoveryStore } from '../../../../src/main/services/recovery'
import { FakeWindow, topFrame } from '../electron-fakes'
import { errnoError } from '../services/fs-doubles'

vi.mock('electron', async () => (await import('../electron-fakes')).electronModule)

const { WindowManager } = await import('../../../../src/main/windows')
const { DesignActions } = await import('../../../../src/main/ipc/actions')
const { createHandlers, registerHandlers } = await import('../../../../src/main/ipc/handlers')
const { createIpcRegistry } = await import('../../../../src/main/ipc/register')
const { TemplateCatalog } = await import('../../../../src/main/ipc/templates')
type NativeDialogs = import('../../../../src/main/ipc/dialogs').NativeDialogs

const TEMPLATES_DIR = resolve(import.meta.dirname, '../../../../resources/templates')
const DAY = '2026-11-26'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-file-safety-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

function harness(fs: FsAdapter = realFs) {
  const backupDir = join(dir, 'user', 'backups')
  const documents = new DocumentStore({ fs, backupDir })
  const recovery = new RecoveryStore({ fs, dir: join(dir, 'user', 'recovery') })
  const recent = new RecentFiles({ fs, file: join(dir, 'user', 'recent.json') })
  const templates = new TemplateCatalog({ fs, dir: TEMPLATES_DIR })
  const dialogs = {
    chooseDesignToOpen: vi.fn(async (): Promise<string | undefined> => undefined),
    chooseImportFiles: vi.fn(async (): Promise<string[] | undefined> => undefined),
    chooseDesignSavePath: vi.fn(async (): Promise<string | undefined> => undefined),
    chooseExportPath: vi.fn(async (): Promise<string | undefined> => undefined),
    showOpenFailure: vi.fn(async () => undefined),
    confirmUnsaved: vi.fn(async (): Promise<'save' | 'discard' | 'cancel'> => 'cancel'),
    askRecovery: vi.fn(async () => 'later' as const),
    inform: vi.fn(async () => undefined),
  } satisfies NativeDialogs
  const created: FakeWindow[] = []
  const windows: InstanceType<typeof WindowManager> = new WindowManager({
    createWindow: () => {
      const win = new FakeWindow()
      created.push(win)
      return win as never
    },
    dialogs,
    reloadPayload: (handle) => actions.reloadPayload(handle),
    releaseDocument: (handle, keep) => actions.releaseDocument(handle, keep),
    rememberBounds: () => undefined,
    theme: () => undefined,
    quitApp: () => undefined,
    platform: 'linux',
  })
  const actions: InstanceType<typeof DesignActions> = new DesignActions({
    documents,
    recovery,
    recent,
    templates,
    windows,
    dialogs,
    today: () => DAY,
    damagedRecoveryDir: join(dir, 'user', 'recovery', 'damaged'),
    onRecentChanged: () => undefined,
  })
  const listeners = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  registerHandlers(
    createIpcRegistry(
      { handle: (channel, listener) => listeners.set(channel, listener as never) },
      { warn: () => undefined, error: () => undefined },
    ),
    createHandlers({
      actions,
      documents,
      recovery,
      recent,
      templates,
      windows,
      dialogs,
      fs,
      app: { name: 'CMG Designer', version: '0.1.0', platform: 'linux' },
      today: () => DAY,
      onRecentCleared: () => undefined,
      printToPdf: async () => new TextEncoder().encode('%PDF-1.7 fake'),
    }),
  )
  const call = (win: FakeWindow, channel: string, payload: unknown) =>
    listeners.get(channel)?.(
      { senderFrame: topFrame('app://bundle/index.html'), sender: win.webContents },
      payload,
    ) as Promise<Record<string, unknown>>
  /** A window showing `filePath` (a design written there first). */
  const windowWithFile = async (filePath: string, designName = 'Contoso') => {
    writeFileSync(filePath, serializeDesign(newDesign(DAY, designName)))
    await actions.newDesign(undefined, { answer: 'event', reuse: false })
    const win = created.at(-1) as FakeWindow
    win.webContents.finishLoad()
    await new Promise((done) => setTimeout(done, 0))
    dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
    const opened = (await call(win, 'doc:open', {})) as Opened
    if (!opened.ok) throw new Error('the design did not open')
    return { win, opened }
  }
  return { documents, dialogs, actions, created, call, windowWithFile, backupDir }
}

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
