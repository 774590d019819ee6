// The IPC handlers wired to the real file services (in a temp folder), the real window manager
// with fake windows, and fake native dialogs: every channel is handled, designs open in the right
// window, damaged files are explained, saves land on disk, and unsaved work survives in recovery.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { deflateSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDesignFile } from '../../../../src/shared/format/parse'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { INVOKE_CHANNELS } from '../../../../src/shared/ipc/channels'
import type { Opened } from '../../../../src/shared/ipc/contract'
import { newDesign } from '../../../../src/shared/model/factory'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { RecentFiles } from '../../../../src/main/services/recent-files'
import { RecoveryStore, recoveryIdFor } from '../../../../src/main/services/recovery'
import { pngChunk } from '../../../../src/shared/export/embed-png'
import { FakeWindow, topFrame } from '../electron-fakes'
import { TEST_TODAY } from '../../../support/today'

vi.mock('electron', async () => (await import('../electron-fakes')).electronModule)

const { WindowManager } = await import('../../../../src/main/windows')
const { DesignActions, OPENED_ELSEWHERE_MESSAGE } =
  await import('../../../../src/main/documents/design-actions')
const { createHandlers, exportBytes, registerHandlers } = await import('../../../../src/main/ipc/handlers')
const { createIpcRegistry } = await import('../../../../src/main/ipc/register')
const { TemplateCatalog } = await import('../../../../src/main/documents/templates')
type NativeDialogs = import('../../../../src/main/dialogs').NativeDialogs

const TEMPLATES_DIR = resolve(import.meta.dirname, '../../../../resources/templates')
/** Main's clock in these tests: the suites' pinned day. */
const TODAY = TEST_TODAY

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-handlers-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function harness() {
  const documents = new DocumentStore({ fs: realFs, backupDir: join(dir, 'user', 'backups') })
  const recovery = new RecoveryStore({ fs: realFs, dir: join(dir, 'user', 'recovery') })
  const recent = new RecentFiles({ fs: realFs, file: join(dir, 'user', 'recent.json') })
  const templates = new TemplateCatalog({ fs: realFs, dir: TEMPLATES_DIR })
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
  const onRecentChanged = vi.fn()
  const actions: InstanceType<typeof DesignActions> = new DesignActions({
    documents,
    recovery,
    recent,
    templates,
    windows,
    dialogs,
    today: () => TODAY,
    damagedRecoveryDir: join(dir, 'user', 'recovery', 'damaged'),
    onRecentChanged,
  })
  const printToPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake'))
  const listeners = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const registry = createIpcRegistry(
    { handle: (channel, listener) => listeners.set(channel, listener as never) },
    {
      warn: () => undefined,
      error: () => undefined,
    },
  )
  registerHandlers(
    registry,
    createHandlers({
      actions,
      documents,
      recovery,
      recent,
      templates,
      windows,
      dialogs,
      fs: realFs,
      app: { name: 'CMG Designer', version: '0.1.0', platform: 'linux' },
      today: () => TODAY,
      onRecentCleared: vi.fn(),
      printToPdf,
    }),
  )
  /** Calls a channel the way a page in `win` would. */
  const call = (win: FakeWindow, channel: string, payload: unknown) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(
      { senderFrame: topFrame('app://bundle/index.html'), sender: win.webContents },
      payload,
    ) as Promise<Record<string, unknown>>
  }
  /** The first window, showing a new blank design, loaded. */
  const startWindow = async () => {
    await actions.newDesign(undefined, { answer: 'event', reuse: false })
    const win = created.at(-1) as FakeWindow
    win.webContents.finishLoad()
    await settle()
    return win
  }
  const handleOf = (win: FakeWindow) => windows.handleOf(win as never) as string
  return {
    documents,
    recovery,
    recent,
    dialogs,
    windows,
    actions,
    registry,
    created,
    call,
    startWindow,
    handleOf,
    printToPdf,
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function writeDesign(name: string, designName = 'Contoso'): string {
  const filePath = join(dir, name)
  writeFileSync(filePath, serializeDesign(newDesign('2026-11-26', designName)))
  return filePath
}

describe('IPC handlers', () => {
  it('handle every invoke channel of the contract (meta-test)', () => {
    const { registry } = harness()
    expect([...registry.registeredChannels()].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('app:info gives the name, version and today’s local date', async () => {
    const h = harness()
    const win = await h.startWindow()
    await expect(h.call(win, 'app:info', {})).resolves.toEqual({
      ok: true,
      name: 'CMG Designer',
      version: '0.1.0',
      platform: 'linux',
      today: TODAY,
    })
  })

  it('templates:list lists the built-in templates by id', async () => {
    const h = harness()
    const win = await h.startWindow()
    const result = await h.call(win, 'templates:list', {})
    const templates = result.templates as Array<{ id: string; name: string }>
    expect(templates.map((t) => t.id).sort()).toEqual(['contoso', 'fourth-coffee', 'lab'])
    expect(templates.find((t) => t.id === 'contoso')?.name).toContain('Contoso')
  })

  describe('doc:new', () => {
    it('replaces an untouched new design in the calling window with a template dated today', async () => {
      const h = harness()
      const win = await h.startWindow()
      const before = h.handleOf(win)
      const result = (await h.call(win, 'doc:new', { templateId: 'lab' })) as Opened
      expect(result.ok).toBe(true)
      expect(result.doc.design.name).toContain('Lab')
      expect(result.doc.design.evaluationDate).toBe(TODAY)
      expect(result.hasFile).toBe(false)
      expect(h.created).toHaveLength(1)
      expect(h.handleOf(win)).toBe(result.handle)
      expect(h.documents.get(before)).toBeUndefined()
    })

    it('opens a new window when the calling window has work in it', async () => {
      const h = harness()
      const win = await h.startWindow()
      await h.call(win, 'doc:setDirty', { handle: h.handleOf(win), dirty: true, designName: 'Mine' })
      const result = await h.call(win, 'doc:new', {})
      expect(result).toMatchObject({ ok: false, code: 'CANCELLED', message: OPENED_ELSEWHERE_MESSAGE })
      expect(h.created).toHaveLength(2)
      const second = h.created[1] as FakeWindow
      second.webContents.finishLoad()
      await settle()
      const [opened] = second.webContents.eventsOn('doc:opened') as Opened[]
      expect(opened?.doc.design.evaluationDate).toBe(TODAY)
      expect(win.webContents.eventsOn('doc:opened')).toHaveLength(1)
    })

    it('answers NOT_FOUND for an unknown template id', async () => {
      const h = harness()
      const win = await h.startWindow()
      await expect(h.call(win, 'doc:new', { templateId: '../../etc/passwd' })).resolves.toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
    })
  })

  describe('doc:open', () => {
    it('answers CANCELLED when the user closes the dialog', async () => {
      const h = harness()
      const win = await h.startWindow()
      await expect(h.call(win, 'doc:open', {})).resolves.toMatchObject({ ok: false, code: 'CANCELLED' })
    })

    it('opens a file into the untouched window, remembers it as recent and titles the window', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = writeDesign('contoso.cmgd')
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      const result = (await h.call(win, 'doc:open', {})) as Opened
      expect(result).toMatchObject({ ok: true, fileName: 'contoso.cmgd', hasFile: true, dirty: false })
      expect(result.doc.design.name).toBe('Contoso')
      expect(win.title).toBe('contoso.cmgd — CMG Designer')
      expect((await h.recent.list()).map((r) => r.filePath)).toEqual([filePath])
      const recentList = await h.call(win, 'recent:list', {})
      expect(recentList).toEqual({
        ok: true,
        items: [{ id: expect.stringMatching(/^rec_/), fileName: 'contoso.cmgd', folder: dir }],
      })
    })

    it('brings the window forward instead of opening the same file twice', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = writeDesign('contoso.cmgd')
      h.dialogs.chooseDesignToOpen.mockResolvedValue(filePath)
      await h.call(win, 'doc:open', {})
      const focusedBefore = win.focused
      await expect(h.call(win, 'doc:open', {})).resolves.toMatchObject({ ok: false, code: 'CANCELLED' })
      expect(h.created).toHaveLength(1)
      expect(win.focused).toBeGreaterThan(focusedBefore)
    })

    it('answers a damaged file with a failure naming the file, for the page to explain (no second dialog)', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = join(dir, 'broken.cmgd')
      writeFileSync(filePath, '{"format": "cmg-designer", "nodes": [')
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      const result = await h.call(win, 'doc:open', {})
      expect(result).toMatchObject({ ok: false, code: 'NOT_JSON' })
      expect(result.message).toContain('“broken.cmgd” could not be opened.')
      expect(h.dialogs.showOpenFailure).not.toHaveBeenCalled()
      expect(h.created).toHaveLength(1)
      expect(readFileSync(filePath, 'utf8')).toBe('{"format": "cmg-designer", "nodes": [')
    })

    it('explains a damaged file in a native dialog when main opened it on its own (menu, command line)', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = join(dir, 'broken.cmgd')
      writeFileSync(filePath, 'not json at all')
      const result = await h.actions.openPath(filePath, {
        window: win as never,
        answer: 'event',
        reuse: true,
      })
      expect(result).toMatchObject({ ok: false, code: 'NOT_JSON' })
      expect(h.dialogs.showOpenFailure).toHaveBeenCalledWith(
        win,
        'broken.cmgd',
        expect.objectContaining({ code: 'NOT_JSON' }),
      )
      expect(h.created).toHaveLength(1)
    })

    it('explains a PNG or SVG without a design, handed over by the OS before any window, and opens nothing', async () => {
      const h = harness()
      const photo = join(dir, 'photo.PNG')
      writeFileSync(
        photo,
        Uint8Array.from([
          ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
          ...pngChunk('IHDR', new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
          ...pngChunk('IDAT', new Uint8Array(deflateSync(Buffer.from([0, 0])))),
          ...pngChunk('IEND', new Uint8Array()),
        ]),
      )
      const truncated = join(dir, 'truncated.png')
      writeFileSync(truncated, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))
      const drawing = join(dir, 'drawing.svg')
      writeFileSync(drawing, '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')
      for (const filePath of [photo, truncated, drawing]) {
        const result = await h.actions.openPath(filePath, { answer: 'event', reuse: false })
        expect(result).toMatchObject({ ok: false })
      }
      expect(h.dialogs.showOpenFailure.mock.calls.map((call) => call.slice(1) as unknown[])).toEqual(
        ['photo.PNG', 'truncated.png', 'drawing.svg'].map((name) => [
          name,
          expect.objectContaining({ code: 'NOT_A_DESIGN_FILE', message: expect.stringMatching(/image/) }),
        ]),
      )
      expect(h.created).toHaveLength(0)
    })

    it('lists the invalid values of an invalid design', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = join(dir, 'invalid.cmgd')
      const doc = JSON.parse(serializeDesign(newDesign('2026-11-26'))) as { nodes: unknown[] }
      doc.nodes.push({ id: 'cmg-1', kind: 'cmg', name: 'CMG', position: { x: 'left', y: 0 }, props: {} })
      writeFileSync(filePath, JSON.stringify(doc))
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      const result = await h.call(win, 'doc:open', {})
      expect(result).toMatchObject({ ok: false, code: 'INVALID_DOCUMENT' })
      expect((result.details as string[]).join('\n')).toContain('nodes[0].position.x')
    })
  })

  describe('doc:save', () => {
    it('asks where to save a design that has no file, writes it, and forgets its recovery copy', async () => {
      const h = harness()
      const win = await h.startWindow()
      const handle = h.handleOf(win)
      const doc = newDesign('2026-11-26', 'Fourth Coffee')
      await h.call(win, 'recovery:put', { handle, doc, revision: 3 })
      expect(readdirSync(join(dir, 'user', 'recovery'))).toContain(`${recoveryIdFor(handle)}.json`)
      h.dialogs.chooseDesignSavePath.mockResolvedValueOnce(join(dir, 'fourth'))
      const result = await h.call(win, 'doc:save', { handle, doc, revision: 3 })
      expect(result).toEqual({ ok: true, fileName: 'fourth.cmgd', revision: 3 })
      expect(h.dialogs.chooseDesignSavePath).toHaveBeenCalledWith(win, 'Fourth Coffee.cmgd')
      const saved = parseDesignFile(readFileSync(join(dir, 'fourth.cmgd'), 'utf8'))
      expect(saved.ok && saved.value.doc.design.name).toBe('Fourth Coffee')
      expect(readdirSync(join(dir, 'user', 'recovery'))).not.toContain(`${recoveryIdFor(handle)}.json`)
      expect(win.title).toBe('fourth.cmgd — CMG Designer')
    })

    it('writes to the open file and reports CONFLICT when another program changed it', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = writeDesign('contoso.cmgd')
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      const opened = (await h.call(win, 'doc:open', {})) as Opened
      const edited = { ...opened.doc, design: { ...opened.doc.design, name: 'Edited' } }
      await expect(
        h.call(win, 'doc:save', { handle: opened.handle, doc: edited, revision: 1 }),
      ).resolves.toMatchObject({ ok: true })
      writeFileSync(filePath, serializeDesign(newDesign('2026-11-26', 'Someone else')))
      await expect(
        h.call(win, 'doc:save', { handle: opened.handle, doc: edited, revision: 2 }),
      ).resolves.toMatchObject({
        ok: false,
        code: 'CONFLICT',
      })
      expect(readFileSync(filePath, 'utf8')).toContain('Someone else')
      await expect(
        h.call(win, 'doc:save', { handle: opened.handle, doc: edited, revision: 2, overwrite: true }),
      ).resolves.toMatchObject({ ok: true })
      expect(readFileSync(filePath, 'utf8')).toContain('Edited')
    })

    it('refuses to save a design shown in another window', async () => {
      const h = harness()
      const win = await h.startWindow()
      await h.call(win, 'doc:setDirty', { handle: h.handleOf(win), dirty: true, designName: 'A' })
      await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
      const other = h.created[1] as FakeWindow
      const result = await h.call(other, 'doc:save', {
        handle: h.handleOf(win),
        doc: newDesign('2026-11-26'),
        revision: 1,
      })
      expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(h.dialogs.chooseDesignSavePath).not.toHaveBeenCalled()
    })

    it('will not Save As over a file that another window shows', async () => {
      const h = harness()
      const win = await h.startWindow()
      const filePath = writeDesign('contoso.cmgd')
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      await h.call(win, 'doc:open', {})
      await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
      const other = h.created[1] as FakeWindow
      h.dialogs.chooseDesignSavePath.mockResolvedValueOnce(filePath)
      const doc = newDesign('2026-11-26', 'Other')
      const result = await h.call(other, 'doc:saveAs', { handle: h.handleOf(other), doc, revision: 1 })
      expect(result).toMatchObject({ ok: false, code: 'WRITE_FAILED' })
      expect(readFileSync(filePath, 'utf8')).toContain('"Contoso"')
    })

    it('closes the window after "Save" in the close prompt once the save succeeded and the page is clean', async () => {
      const h = harness()
      h.dialogs.confirmUnsaved.mockResolvedValueOnce('save' as never)
      const win = await h.startWindow()
      const handle = h.handleOf(win)
      await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Contoso', revision: 1 })
      win.close()
      await settle()
      expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })
      h.dialogs.chooseDesignSavePath.mockResolvedValueOnce(join(dir, 'closing.cmgd'))
      await h.call(win, 'doc:save', { handle, doc: newDesign('2026-11-26'), revision: 1 })
      expect(win.destroyed).toBe(false)
      await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Contoso', revision: 1 })
      expect(win.destroyed).toBe(true)
    })
  })

  describe('the close prompt', () => {
    /** A window showing contoso.cmgd with an unsaved edit, and that edit's recovery copy. */
    async function editedFile(h: ReturnType<typeof harness>) {
      const win = await h.startWindow()
      const filePath = writeDesign('contoso.cmgd')
      const original = readFileSync(filePath, 'utf8')
      h.dialogs.chooseDesignToOpen.mockResolvedValueOnce(filePath)
      const opened = (await h.call(win, 'doc:open', {})) as Opened
      const handle = opened.handle
      const edited = { ...opened.doc, design: { ...opened.doc.design, name: 'Edited' } }
      await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Edited', revision: 2 })
      await h.call(win, 'recovery:put', { handle, doc: edited, revision: 2 })
      const recoveryCopy = `${recoveryIdFor(handle)}.json`
      expect(readdirSync(join(dir, 'user', 'recovery'))).toContain(recoveryCopy)
      return { win, filePath, original, handle, edited, recoveryCopy }
    }
    const recoveryFiles = () => readdirSync(join(dir, 'user', 'recovery'))

    it('Cancel keeps the window, the open design and its recovery copy, and writes nothing', async () => {
      const h = harness()
      const { win, filePath, original, handle, recoveryCopy } = await editedFile(h)
      h.dialogs.confirmUnsaved.mockResolvedValueOnce('cancel')
      win.close()
      await settle()
      expect(h.dialogs.confirmUnsaved).toHaveBeenCalledWith(win, 'Edited')
      expect(win.destroyed).toBe(false)
      expect(h.documents.get(handle)).toBeDefined()
      expect(recoveryFiles()).toContain(recoveryCopy)
      expect(readFileSync(filePath, 'utf8')).toBe(original)
    })

    it("Don't Save closes the window without writing the file, and lets the recovery copy go", async () => {
      const h = harness()
      const { win, filePath, original, handle, recoveryCopy } = await editedFile(h)
      h.dialogs.confirmUnsaved.mockResolvedValueOnce('discard')
      win.close()
      await settle()
      expect(win.destroyed).toBe(true)
      expect(h.documents.get(handle)).toBeUndefined()
      expect(readFileSync(filePath, 'utf8')).toBe(original)
      // The copy is deleted by file work after the window closed: wait for it rather than one tick.
      await vi.waitFor(() => expect(recoveryFiles()).not.toContain(recoveryCopy))
    })

    it('Save writes the edited design to its file, then closes the window', async () => {
      const h = harness()
      const { win, filePath, handle, edited, recoveryCopy } = await editedFile(h)
      h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
      win.close()
      await settle()
      expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })
      expect(win.destroyed).toBe(false)
      // The page answers the command with its usual save, then reports itself clean.
      await expect(h.call(win, 'doc:save', { handle, doc: edited, revision: 2 })).resolves.toMatchObject({
        ok: true,
      })
      await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Edited', revision: 2 })
      expect(win.destroyed).toBe(true)
      const onDisk = parseDesignFile(readFileSync(filePath, 'utf8'))
      expect(onDisk.ok && onDisk.value.doc.design.name).toBe('Edited')
      await vi.waitFor(() => expect(recoveryFiles()).not.toContain(recoveryCopy))
    })

    it('a failed save keeps the window, the unsaved design and its recovery copy', async () => {
      const h = harness()
      const { win, filePath, original, handle, edited, recoveryCopy } = await editedFile(h)
      chmodSync(filePath, 0o444)
      h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
      win.close()
      await settle()
      await expect(h.call(win, 'doc:save', { handle, doc: edited, revision: 2 })).resolves.toMatchObject({
        ok: false,
        code: 'PERMISSION_DENIED',
      })
      await settle()
      expect(win.destroyed).toBe(false)
      expect(win.title).toBe('contoso.cmgd • — CMG Designer')
      expect(h.documents.get(handle)).toBeDefined()
      expect(recoveryFiles()).toContain(recoveryCopy)
      expect(readFileSync(filePath, 'utf8')).toBe(original)
    })
  })

  describe('doc:close', () => {
    it('accepts the release of a design the window showed before, and closes the window for its own', async () => {
      const h = harness()
      const win = await h.startWindow()
      const first = h.handleOf(win)
      const replaced = (await h.call(win, 'doc:new', { templateId: 'lab' })) as Opened
      await expect(h.call(win, 'doc:close', { handle: first })).resolves.toEqual({ ok: true })
      expect(win.destroyed).toBe(false)
      await expect(h.call(win, 'doc:close', { handle: replaced.handle })).resolves.toEqual({ ok: true })
      await new Promise((resolve) => setImmediate(resolve))
      expect(win.destroyed).toBe(true)
    })

    it("refuses to touch another window's design", async () => {
      const h = harness()
      const win = await h.startWindow()
      await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
      const other = h.created[1] as FakeWindow
      await expect(h.call(other, 'doc:close', { handle: h.handleOf(win) })).resolves.toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      await new Promise((resolve) => setImmediate(resolve))
      expect(win.destroyed).toBe(false)
      expect(other.destroyed).toBe(false)
    })
  })

  describe('recovery', () => {
    it('does not list the live copies of open windows, and forgets a copy when its window closes cleanly', async () => {
      const h = harness()
      const win = await h.startWindow()
      const handle = h.handleOf(win)
      await h.call(win, 'recovery:put', { handle, doc: newDesign('2026-11-26'), revision: 1 })
      await expect(h.call(win, 'recovery:list', {})).resolves.toEqual({ ok: true, items: [] })
      await expect(h.call(win, 'recovery:discard', { id: recoveryIdFor(handle) })).resolves.toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      win.close()
      await settle()
      expect(await h.recovery.list()).toEqual([])
    })

    it('at startup, restores a copy left by a crash unsaved, into the untouched window, keeping it protected', async () => {
      const h = harness()
      const filePath = writeDesign('contoso.cmgd')
      await h.recovery.put('doc_fromaprevioustab', newDesign('2026-11-26', 'Unsaved work'), {
        fileName: 'contoso.cmgd',
        filePath,
      })
      const win = await h.startWindow()
      h.dialogs.askRecovery.mockResolvedValueOnce('restore' as never)
      await h.actions.offerRecovery(win as never)
      expect(h.dialogs.askRecovery).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ designName: 'Unsaved work', fileName: 'contoso.cmgd', hasOriginal: true }),
      )
      const restored = win.webContents.eventsOn('doc:opened').at(-1) as Opened
      expect(restored).toMatchObject({ fileName: 'contoso.cmgd', hasFile: true, dirty: true })
      expect(restored.doc.design.name).toBe('Unsaved work')
      expect(restored.notice).toMatch(/recovered/i)
      expect(win.title).toBe('contoso.cmgd • — CMG Designer')
      const ids = readdirSync(join(dir, 'user', 'recovery'))
      expect(ids).toEqual([`${recoveryIdFor(restored.handle)}.json`])
      expect(readFileSync(filePath, 'utf8')).toContain('"Contoso"')
    })

    it('moves a damaged copy aside (never deletes it) and tells the user', async () => {
      const h = harness()
      const recoveryDir = join(dir, 'user', 'recovery')
      await h.recovery.put('doc_damagedcopy0000', newDesign('2026-11-26'), {
        fileName: 'x.cmgd',
        filePath: null,
      })
      const [name] = readdirSync(recoveryDir)
      writeFileSync(join(recoveryDir, name as string), '{ damaged')
      const win = await h.startWindow()
      await h.actions.offerRecovery(win as never)
      expect(h.dialogs.askRecovery).not.toHaveBeenCalled()
      expect(h.dialogs.inform).toHaveBeenCalledWith(
        win,
        'A recovery copy could not be read.',
        expect.stringContaining('damaged'),
      )
      const damaged = readdirSync(join(recoveryDir, 'damaged'))
      expect(damaged).toHaveLength(1)
      expect(readFileSync(join(recoveryDir, 'damaged', damaged[0] as string), 'utf8')).toBe('{ damaged')
    })

    it('keeps a copy the user wants to decide on later', async () => {
      const h = harness()
      await h.recovery.put('doc_laterdecision00', newDesign('2026-11-26'), {
        fileName: 'Untitled',
        filePath: null,
      })
      const win = await h.startWindow()
      await h.actions.offerRecovery(win as never)
      expect(await h.recovery.list()).toHaveLength(1)
    })
  })

  describe('export:write', () => {
    it('writes a PNG from base64 where the user chose', async () => {
      const h = harness()
      const win = await h.startWindow()
      h.dialogs.chooseExportPath.mockResolvedValueOnce(join(dir, 'picture'))
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
      const result = await h.call(win, 'export:write', {
        kind: 'png',
        suggestedName: 'Contoso',
        data: bytes.toString('base64'),
      })
      expect(result).toEqual({ ok: true, fileName: 'picture.png' })
      expect(h.dialogs.chooseExportPath).toHaveBeenCalledWith(win, 'png', 'Contoso.png')
      expect(readFileSync(join(dir, 'picture.png'))).toEqual(bytes)
    })

    it('refuses PNG data that is not base64, before asking anything', async () => {
      const h = harness()
      const win = await h.startWindow()
      await expect(
        h.call(win, 'export:write', { kind: 'png', suggestedName: 'x', data: 'not base64!' }),
      ).resolves.toMatchObject({
        ok: false,
        code: 'INVALID_REQUEST',
      })
      expect(h.dialogs.chooseExportPath).not.toHaveBeenCalled()
    })

    it('prints the window for a PDF report', async () => {
      const h = harness()
      const win = await h.startWindow()
      h.dialogs.chooseExportPath.mockResolvedValueOnce(join(dir, 'report.pdf'))
      await expect(
        h.call(win, 'export:write', { kind: 'pdf', suggestedName: 'report', data: '' }),
      ).resolves.toEqual({
        ok: true,
        fileName: 'report.pdf',
      })
      expect(h.printToPdf).toHaveBeenCalledWith(win.webContents)
      expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
    })

    it('answers CANCELLED and writes nothing when the dialog is closed', async () => {
      const h = harness()
      const win = await h.startWindow()
      await expect(
        h.call(win, 'export:write', { kind: 'svg', suggestedName: 'x', data: '<svg/>' }),
      ).resolves.toMatchObject({
        ok: false,
        code: 'CANCELLED',
      })
      expect(readdirSync(dir)).toEqual([])
    })
  })
})

describe('exportBytes', () => {
  it('decodes base64 PNG data, tolerating a data: URL prefix', () => {
    expect(exportBytes('png', 'data:image/png;base64,AQID')).toEqual(Buffer.from([1, 2, 3]))
    expect(exportBytes('png', 'AQID')).toEqual(Buffer.from([1, 2, 3]))
    expect(exportBytes('png', 'AQI')).toBeUndefined()
    expect(exportBytes('png', '')).toBeUndefined()
    expect(exportBytes('pptx', 'UEsDBA==')).toEqual(Buffer.from('PK\x03\x04', 'latin1'))
    expect(exportBytes('pptx', 'not base64!')).toBeUndefined()
    expect(new TextDecoder().decode(exportBytes('svg', '<svg>é</svg>'))).toBe('<svg>é</svg>')
  })
})
