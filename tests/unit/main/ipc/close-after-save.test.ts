// "Save" in the close prompt loses no work: main's real window manager, IPC handlers, document and
// recovery stores on a temp folder, with a save held open or failed by fault injection, and the
// page's side played by the test (its save requests and its dirty reports, with revisions). The
// window closes only once the revision the prompt saw is on disk and the page is clean; an earlier
// save, a failed save or a newer edit never closes it, and the recovery copy of unsaved work stays
// until the window closed clean.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDesignFile } from '../../../../src/shared/format/parse'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { newDesign } from '../../../../src/shared/model/factory'
import { recoveryIdFor } from '../../../../src/main/services/recovery'
import { faultyFs } from '../services/fs-doubles'
import { heldFs } from '../services/held-fs'

vi.mock('electron', async () => (await import('../electron-fakes')).electronModule)

const { mainHarness, settle } = await import('./main-harness')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-close-save-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const named = (name: string) => newDesign('2026-11-26', name)

/** contoso.cmgd opened in a window whose page reported an edit (revision 2) and took its recovery copy. */
async function editedWindow(h: ReturnType<typeof mainHarness>) {
  const filePath = join(dir, 'contoso.cmgd')
  writeFileSync(filePath, serializeDesign(named('Contoso')))
  const { win } = await h.openFromOs(filePath)
  if (!win) throw new Error('the file did not open')
  const handle = h.handleOf(win)
  await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Version 2', revision: 2 })
  await h.call(win, 'recovery:put', { handle, doc: named('Version 2'), revision: 2 })
  const recoveryCopy = async () => {
    const read = await h.recovery.read(recoveryIdFor(handle))
    return read.ok ? read.value.doc.design.name : undefined
  }
  const onDisk = () => {
    const parsed = parseDesignFile(readFileSync(filePath, 'utf8'))
    return parsed.ok ? parsed.value.doc.design.name : undefined
  }
  return { win, handle, filePath, recoveryCopy, onDisk }
}

describe('the close prompt’s Save', () => {
  it('does not close the window on an earlier save that was still running, and keeps the newer edit’s recovery copy', async () => {
    const held = heldFs()
    const h = mainHarness(dir, held.fs)
    const { win, handle, recoveryCopy, onDisk } = await editedWindow(h)
    // Ctrl+S: the save of revision 2 is held before it replaces the file.
    const hold = held.holdRename('contoso.cmgd')
    const earlierSave = h.call(win, 'doc:save', { handle, doc: named('Version 2'), revision: 2 })
    await hold.reached
    // Another edit while it runs, and its recovery copy; then the user closes the window: Save.
    await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Version 3', revision: 3 })
    await h.call(win, 'recovery:put', { handle, doc: named('Version 3'), revision: 3 })
    h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
    win.close()
    await settle()
    expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })

    hold.release()
    await expect(earlierSave).resolves.toMatchObject({ ok: true, revision: 2 })
    await settle()
    expect(win.destroyed).toBe(false)
    expect(onDisk()).toBe('Version 2')
    expect(await recoveryCopy()).toBe('Version 3')

    // The page's queued save of revision 3, then its report that it is clean.
    await expect(
      h.call(win, 'doc:save', { handle, doc: named('Version 3'), revision: 3 }),
    ).resolves.toMatchObject({ ok: true, revision: 3 })
    expect(win.destroyed).toBe(false)
    await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Version 3', revision: 3 })
    expect(win.destroyed).toBe(true)
    expect(onDisk()).toBe('Version 3')
    await settle()
    expect(await recoveryCopy()).toBeUndefined()
  })

  it('an edit made while its save is held keeps the window, the edit’s recovery copy, and stops the quit', async () => {
    const held = heldFs()
    const h = mainHarness(dir, held.fs)
    const { win, handle, recoveryCopy } = await editedWindow(h)
    h.windows.quitRequested()
    h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
    win.close()
    await settle()
    const hold = held.holdRename('contoso.cmgd')
    const save = h.call(win, 'doc:save', { handle, doc: named('Version 2'), revision: 2 })
    await hold.reached
    await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Version 3', revision: 3 })
    await h.call(win, 'recovery:put', { handle, doc: named('Version 3'), revision: 3 })
    hold.release()
    await expect(save).resolves.toMatchObject({ ok: true })
    await settle()
    expect(win.destroyed).toBe(false)
    expect(h.quitApp).not.toHaveBeenCalled()
    expect(await recoveryCopy()).toBe('Version 3')
    // Saving revision 3 later is an ordinary save: the window stays and the app does not quit.
    await h.call(win, 'doc:save', { handle, doc: named('Version 3'), revision: 3 })
    await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Version 3', revision: 3 })
    expect(win.destroyed).toBe(false)
    expect(h.quitApp).not.toHaveBeenCalled()
  })

  it('a failed save forgets the close: a later save neither closes the window nor restarts the quit', async () => {
    const faulty = faultyFs()
    const h = mainHarness(dir, faulty.fs)
    const { win, handle, recoveryCopy, onDisk } = await editedWindow(h)
    h.windows.quitRequested()
    h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
    win.close()
    await settle()
    faulty.arm({ step: 'rename', errno: 'ENOSPC', folder: dir })
    await expect(
      h.call(win, 'doc:save', { handle, doc: named('Version 2'), revision: 2 }),
    ).resolves.toMatchObject({ ok: false, code: 'DISK_FULL' })
    expect(faulty.triggered).toBeGreaterThan(0)
    faulty.disarm()
    expect(win.destroyed).toBe(false)
    expect(await recoveryCopy()).toBe('Version 2')
    expect(onDisk()).toBe('Contoso')

    await h.call(win, 'doc:save', { handle, doc: named('Version 2'), revision: 2 })
    await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Version 2', revision: 2 })
    expect(win.destroyed).toBe(false)
    expect(h.quitApp).not.toHaveBeenCalled()
  })

  it('a cancelled Save As forgets the close, and the recovery copy stays', async () => {
    const h = mainHarness(dir)
    await h.actions.newDesign(undefined, { answer: 'event', reuse: false })
    const win = h.created[0]!
    win.webContents.finishLoad()
    await settle()
    const handle = h.handleOf(win)
    await h.call(win, 'doc:setDirty', { handle, dirty: true, designName: 'Fresh', revision: 4 })
    await h.call(win, 'recovery:put', { handle, doc: named('Fresh'), revision: 4 })
    h.windows.quitRequested()
    h.dialogs.confirmUnsaved.mockResolvedValueOnce('save')
    win.close()
    await settle()
    // The page's save asks where to save; the user closes that dialog.
    await expect(
      h.call(win, 'doc:save', { handle, doc: named('Fresh'), revision: 4 }),
    ).resolves.toMatchObject({ ok: false, code: 'CANCELLED' })
    // Later the user saves it after all.
    h.dialogs.chooseDesignSavePath.mockResolvedValueOnce(join(dir, 'fresh.cmgd'))
    await h.call(win, 'doc:save', { handle, doc: named('Fresh'), revision: 4 })
    await h.call(win, 'doc:setDirty', { handle, dirty: false, designName: 'Fresh', revision: 4 })
    expect(win.destroyed).toBe(false)
    expect(h.quitApp).not.toHaveBeenCalled()
    expect(readdirSync(dir)).toContain('fresh.cmgd')
  })
})
