// @vitest-environment happy-dom
// The page always answers a save request: a save asked for while another runs (a second Ctrl+S,
// or main's close prompt) waits and then saves the newer edit, or answers at once when the save in
// front already wrote it; a failure is reported and the queued save still runs; a conflict's
// Overwrite goes through. And the page tells main the revision of every committed edit, so main's
// close-after-save hears a newer edit. The api to main is mocked; saves are held by the test.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Opened } from '../../../src/shared/ipc/contract'
import { newDesign } from '../../../src/shared/model/factory'

const invoke = vi.fn()
vi.mock('../../../src/renderer/src/platform/api', () => ({
  invoke: (...args: unknown[]) => invoke(...args),
  isDesktopApp: () => true,
  onEvent: () => () => undefined,
}))

const { saveDesign } = await import('../../../src/renderer/src/document-commands')
const { startDocumentSync } = await import('../../../src/renderer/src/document-sync')
const { loadOpened, selectDirty, updateDesign, useDocument } =
  await import('../../../src/renderer/src/store/document')
const { answerDialog, useUi } = await import('../../../src/renderer/src/store/ui')

const HANDLE = 'doc_0000000000000001'

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

/** contoso.cmgd open and clean, then renamed to `name` (one unsaved edit). */
function editedFile(name: string) {
  const opened: Opened = {
    ok: true,
    handle: HANDLE,
    fileName: 'contoso.cmgd',
    hasFile: true,
    doc: newDesign('2026-11-26', 'Contoso'),
    dirty: false,
  }
  loadOpened(opened)
  updateDesign({ name })
}

const saveCalls = () =>
  invoke.mock.calls
    .filter(([channel]) => channel === 'doc:save' || channel === 'doc:saveAs')
    .map(([, req]) => req as { doc: { design: { name: string } }; revision: number; overwrite?: boolean })

const saved = (revision: number) => ({ ok: true, fileName: 'contoso.cmgd', revision })

beforeEach(() => {
  invoke.mockReset()
  useUi.setState({ dialogs: [], toasts: [] })
})

describe('saving while a save runs', () => {
  it('a second Save during a running save waits, then saves the edit made meanwhile', async () => {
    editedFile('Version 2')
    const first = deferred<unknown>()
    const second = deferred<unknown>()
    invoke.mockImplementationOnce(() => first.promise).mockImplementationOnce(() => second.promise)
    const firstSave = saveDesign(false)
    await flush()
    const revision2 = useDocument.getState().revision
    updateDesign({ name: 'Version 3' })
    const revision3 = useDocument.getState().revision
    const secondSave = saveDesign(false)
    await flush()
    expect(saveCalls()).toHaveLength(1)

    first.resolve(saved(revision2))
    await expect(firstSave).resolves.toBe(true)
    await flush()
    expect(saveCalls().map((r) => [r.doc.design.name, r.revision])).toEqual([
      ['Version 2', revision2],
      ['Version 3', revision3],
    ])
    expect(selectDirty(useDocument.getState())).toBe(true)
    second.resolve(saved(revision3))
    await expect(secondSave).resolves.toBe(true)
    expect(selectDirty(useDocument.getState())).toBe(false)
  })

  it('a second Save with nothing changed since the running one answers when it is done, writing nothing more', async () => {
    editedFile('Version 2')
    const first = deferred<unknown>()
    invoke.mockImplementationOnce(() => first.promise)
    const firstSave = saveDesign(false)
    const secondSave = saveDesign(false)
    await flush()
    first.resolve(saved(useDocument.getState().revision))
    await expect(Promise.all([firstSave, secondSave])).resolves.toEqual([true, true])
    expect(saveCalls()).toHaveLength(1)
  })

  it('a failed save is reported, and the save queued behind it still runs', async () => {
    editedFile('Version 2')
    invoke
      .mockResolvedValueOnce({ ok: false, code: 'DISK_FULL', message: 'The disk is full.' })
      .mockResolvedValueOnce(saved(useDocument.getState().revision))
    const firstSave = saveDesign(false)
    const secondSave = saveDesign(false)
    await flush()
    const [dialog] = useUi.getState().dialogs
    expect(dialog).toMatchObject({ tone: 'error', message: 'The disk is full.' })
    answerDialog(dialog!.id, 'ok')
    await expect(firstSave).resolves.toBe(false)
    await expect(secondSave).resolves.toBe(true)
    expect(saveCalls()).toHaveLength(2)
    expect(selectDirty(useDocument.getState())).toBe(false)
  })

  it('Overwrite after a conflict saves the same version again, with overwrite', async () => {
    editedFile('Mine')
    const revision = useDocument.getState().revision
    invoke
      .mockResolvedValueOnce({ ok: false, code: 'CONFLICT', message: 'The file changed on disk.' })
      .mockResolvedValueOnce(saved(revision))
    const saving = saveDesign(false)
    await flush()
    const [dialog] = useUi.getState().dialogs
    answerDialog(dialog!.id, 'overwrite')
    await expect(saving).resolves.toBe(true)
    expect(saveCalls().map((r) => [r.doc.design.name, r.revision, r.overwrite])).toEqual([
      ['Mine', revision, undefined],
      ['Mine', revision, true],
    ])
  })
})

describe('dirty reports to main', () => {
  it('carry the revision of every committed edit, also while the design stays unsaved', async () => {
    invoke.mockResolvedValue({ ok: true })
    const stop = startDocumentSync()
    editedFile('Version 2')
    updateDesign({ notes: 'A second edit that keeps the name' })
    stop()
    const reports = invoke.mock.calls
      .filter(([channel]) => channel === 'doc:setDirty')
      .map(([, req]) => req as { dirty: boolean; revision: number })
    const { revision } = useDocument.getState()
    expect(reports.at(-1)).toMatchObject({ dirty: true, revision })
    expect(reports.at(-2)).toMatchObject({ dirty: true, revision: revision - 1 })
  })
})
