// One file is one document, whatever name it is opened by: through a symlink, a hard link or (on a
// case-insensitive file system) another spelling, opening it again brings its window forward, two
// opens at once make one window, Save As never writes over it from another window, a recovery copy
// of it is not restored as a second writer, and an open through another name never runs beside a
// save of it. Main's real window manager, actions, handlers and document store on a temp folder.
import { link, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import type { Opened } from '../../../../src/shared/ipc/contract'
import { newDesign } from '../../../../src/shared/model/factory'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { heldFs } from '../services/held-fs'

vi.mock('electron', async () => (await import('../electron-fakes')).electronModule)

const { mainHarness, settle } = await import('./main-harness')
const { ALREADY_OPEN_MESSAGE } = await import('../../../../src/main/documents/design-actions')

let dir: string
let real: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-identity-'))
  await mkdir(join(dir, 'Designs'))
  real = join(dir, 'Designs', 'contoso.cmgd')
  await writeFile(real, serializeDesign(newDesign('2026-11-26', 'Contoso')))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const alreadyOpen = { ok: false, code: 'CANCELLED', message: ALREADY_OPEN_MESSAGE }

/** Another name for the design file: a symlink (to the file, or to its folder) or a hard link. */
async function otherName(kind: 'symlink' | 'folder symlink' | 'hard link'): Promise<string> {
  if (kind === 'hard link') {
    const linked = join(dir, 'linked.cmgd')
    await link(real, linked)
    return linked
  }
  if (kind === 'folder symlink') {
    await symlink(join(dir, 'Designs'), join(dir, 'Shortcut'))
    return join(dir, 'Shortcut', 'contoso.cmgd')
  }
  const linked = join(dir, 'contoso-link.cmgd')
  await symlink(real, linked)
  return linked
}

/**
 * realFs as a case-insensitive file system (NTFS, APFS) shows it: every spelling of a name reaches
 * the file, and realpath keeps the spelling it was given (as it can on macOS).
 */
function caseInsensitiveFs(base: FsAdapter = realFs): FsAdapter {
  const onDisk = async (path: string) => {
    const absolute = resolve(path)
    const wanted = basename(absolute).toLowerCase()
    const names = await readdir(dirname(absolute)).catch(() => [] as string[])
    const found = names.find((name) => name.toLowerCase() === wanted)
    return found === undefined ? absolute : join(dirname(absolute), found)
  }
  return {
    ...base,
    stat: async (path) => base.stat(await onDisk(path)),
    readFile: async (path) => base.readFile(await onDisk(path)),
    fileId: async (path) => base.fileId(await onDisk(path)),
    realpath: async (path) => {
      await base.stat(await onDisk(path))
      return resolve(path)
    },
  }
}

describe('one window per file', () => {
  for (const kind of ['symlink', 'folder symlink', 'hard link'] as const) {
    it(`a design opened through a ${kind} and through its real path is one window`, async () => {
      const h = mainHarness(dir)
      const alias = await otherName(kind)
      const { win } = await h.openFromOs(real)
      const focused = win!.focused
      await expect(h.openFromOs(alias).then((o) => o.result)).resolves.toEqual(alreadyOpen)
      expect(h.created).toHaveLength(1)
      expect(win!.focused).toBeGreaterThan(focused)
      // And the other way round, in a fresh app.
      const other = mainHarness(dir)
      await other.openFromOs(alias)
      await expect(other.openFromOs(real).then((o) => o.result)).resolves.toEqual(alreadyOpen)
      expect(other.created).toHaveLength(1)
    })
  }

  it('a case variant on a case-insensitive file system is the same window', async () => {
    const h = mainHarness(dir, caseInsensitiveFs())
    await h.openFromOs(real)
    const variant = join(dir, 'Designs', 'CONTOSO.cmgd')
    await expect(h.openFromOs(variant).then((o) => o.result)).resolves.toEqual(alreadyOpen)
    expect(h.created).toHaveLength(1)
  })

  it('opening one file through three names at once makes one window', async () => {
    const h = mainHarness(dir)
    const names = [real, await otherName('symlink'), await otherName('hard link')]
    const results = await Promise.all(
      names.map((name) => h.actions.openPath(name, { answer: 'event', reuse: false })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([alreadyOpen, alreadyOpen])
    expect(h.created).toHaveLength(1)
  })
})

describe('one writer per file', () => {
  for (const kind of ['symlink', 'hard link'] as const) {
    it(`Save As onto a ${kind} of a file another window shows is refused and writes nothing`, async () => {
      const h = mainHarness(dir)
      const alias = await otherName(kind)
      await h.openFromOs(real)
      const before = await readFile(real, 'utf8')
      await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
      const other = h.created.at(-1)!
      h.dialogs.chooseDesignSavePath.mockResolvedValueOnce(alias)
      const result = await h.call(other, 'doc:saveAs', {
        handle: h.handleOf(other),
        doc: newDesign('2026-11-26', 'Other'),
        revision: 1,
      })
      expect(result).toMatchObject({ ok: false, code: 'WRITE_FAILED' })
      expect(result.message).toContain('is open in another window')
      expect(await readFile(real, 'utf8')).toBe(before)
      expect(await readFile(alias, 'utf8')).toBe(before)
    })
  }

  it('a recovery copy of a file open through another name is restored without a file', async () => {
    const h = mainHarness(dir)
    const alias = await otherName('symlink')
    await h.recovery.put('doc_fromaprevioustab', newDesign('2026-11-26', 'Unsaved work'), {
      fileName: 'contoso-link.cmgd',
      filePath: alias,
    })
    await h.openFromOs(real)
    const [item] = await h.recovery.list()
    await h.actions.restore(item!.id, { answer: 'event', reuse: false })
    const restored = h.created.at(-1)!
    restored.webContents.finishLoad()
    await settle()
    const opened = restored.webContents.eventsOn('doc:opened').at(-1) as Opened
    expect(opened).toMatchObject({ hasFile: false, dirty: true })
    expect(opened.notice).toContain('open in another window')
  })

  it('an open through another name waits for a running save of the file and sweeps nothing from under it', async () => {
    const held = heldFs()
    // Leftovers of unfinished saves count as old at once: a sweep beside the file would take them.
    const documents = new DocumentStore({
      fs: held.fs,
      backupDir: join(dir, 'backups'),
      orphanSweep: { graceMs: 0, now: () => Date.parse('2100-01-01T00:00:00Z') },
      onOrphanSweep: () => undefined,
    })
    const alias = await otherName('folder symlink')
    const opened = await documents.openFile(real)
    if (!opened.ok) throw new Error(opened.error.message)
    const hold = held.holdRename('contoso.cmgd')
    const saving = documents.save(opened.value.handle, newDesign('2026-11-26', 'Saved'))
    await hold.reached
    let second: Awaited<ReturnType<DocumentStore['openFile']>> | undefined
    const opening = documents.openFile(alias).then((result) => (second = result))
    await new Promise((wait) => setTimeout(wait, 50))
    expect(second).toBeUndefined()
    hold.release()
    await expect(saving).resolves.toMatchObject({ ok: true })
    await opening
    expect(second).toMatchObject({ ok: true, value: { handle: opened.value.handle, alreadyOpen: true } })
    expect(await readFile(real, 'utf8')).toContain('"Saved"')
    expect((await stat(real)).isFile()).toBe(true)
  })
})
