// File and edit commands that need no canvas: new, open, save, save as, revert, undo, redo,
// delete, select all and rename in place. They talk to main through platform/api, ask before
// unsaved work would be lost, and report failures in an in-app dialog. Runs in the renderer.
import { LOAD_ERROR_CODES, loadErrorTitle, type LoadErrorCode } from '../../shared/format/errors'
import type { Fail, Opened } from '../../shared/ipc/contract'
import { registerCommand } from './commands'
import { invoke, isDesktopApp } from './platform/api'
import { deleteElements, loadOpened, markSaved, redo, selectDirty, undo, useDocument } from './store/document'
import { selectOnly, useSelection } from './store/selection'
import { askDialog, showToast, startEditing } from './store/ui'

const isLoadError = (code: string): code is LoadErrorCode =>
  (LOAD_ERROR_CODES as readonly string[]).includes(code)

/** Shows a failed call in the error dialog (cancellations are silent). */
export async function reportFailure(fail: Fail, fallbackTitle: string): Promise<void> {
  if (fail.code === 'CANCELLED') return
  await askDialog({
    tone: 'error',
    title: isLoadError(fail.code) ? loadErrorTitle(fail.code) : fallbackTitle,
    message: fail.message,
    ...(fail.details && fail.details.length > 0 ? { details: fail.details } : {}),
    buttons: [{ id: 'ok', label: 'OK', variant: 'primary' }],
    cancelId: 'ok',
  })
}

/**
 * Puts a design handed over by main into this window. A design that has never been saved and has
 * no evaluation date gets today's (from main's clock), so date-based rules have a reference. Main
 * releases the handle of the design this replaces.
 */
export async function showOpenedDesign(opened: Opened): Promise<void> {
  let design = opened
  if (!opened.hasFile && opened.doc.design.evaluationDate === undefined) {
    const info = await invoke('app:info', {})
    if (info.ok)
      design = {
        ...opened,
        doc: { ...opened.doc, design: { ...opened.doc.design, evaluationDate: info.today } },
      }
  }
  loadOpened(design)
  if (design.notice !== undefined) showToast(design.notice, 'info')
}

/**
 * Before New or Open replaces the design: if it has unsaved changes, asks whether to save them.
 * False = the user cancelled. Only the single-window browser build replaces a changed design; the
 * desktop app's main process opens another window instead, so there is nothing to ask there.
 */
export async function confirmReplace(action: string): Promise<boolean> {
  const state = useDocument.getState()
  if (isDesktopApp() || !selectDirty(state)) return true
  const choice = await askDialog({
    tone: 'question',
    title: `Save changes to "${state.doc.design.name}"?`,
    message: `The design has unsaved changes. Save them before you ${action}?`,
    buttons: [
      { id: 'save', label: 'Save', variant: 'primary' },
      { id: 'discard', label: "Don't save", variant: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  })
  if (choice === 'cancel') return false
  if (choice === 'save') return saveDesign(false)
  return true
}

/** Before Revert: unsaved changes are about to be dropped on purpose; asks to be sure. */
async function confirmRevert(): Promise<boolean> {
  const state = useDocument.getState()
  if (!selectDirty(state)) return true
  const choice = await askDialog({
    tone: 'question',
    title: `Revert to the saved "${state.fileName}"?`,
    message: 'Your unsaved changes will be lost.',
    buttons: [
      { id: 'revert', label: 'Revert', variant: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  })
  return choice === 'revert'
}

/** The save running now and those asked for behind it: each starts when the one before has settled. */
let saveQueue: Promise<unknown> = Promise.resolve()
let savesQueued = 0

/**
 * Saves (or, for a design without a file or when `asNewFile`, saves as). True once it is on disk.
 * A save asked for while another runs (a second Ctrl+S, or main's close prompt) is never dropped:
 * it waits, then saves what the design is by then, unless the save before it already wrote that.
 * A failure is reported to the user here and to main by the save's own answer.
 */
export function saveDesign(asNewFile: boolean): Promise<boolean> {
  const behindAnother = savesQueued > 0
  savesQueued++
  const run = saveQueue.then(() => saveNow(asNewFile, behindAnother))
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  saveQueue = settled
  void settled.then(() => savesQueued--)
  return run
}

async function saveNow(asNewFile: boolean, behindAnother: boolean): Promise<boolean> {
  const state = useDocument.getState()
  if (state.status !== 'ready' || state.handle === null) return false
  // The save in front already put this very content into the design's file.
  if (behindAnother && !asNewFile && state.hasFile && !selectDirty(state)) return true
  const { handle, doc, revision, contentKey } = state
  const saveAs = asNewFile || !state.hasFile
  let overwrite = false
  for (;;) {
    const result = saveAs
      ? await invoke('doc:saveAs', { handle, doc, revision })
      : await invoke('doc:save', overwrite ? { handle, doc, revision, overwrite } : { handle, doc, revision })
    if (result.ok) {
      markSaved(contentKey, result.fileName)
      showToast(`Saved ${result.fileName}`, 'success')
      if (result.warning !== undefined) showToast(result.warning, 'error')
      return true
    }
    if (result.code !== 'CONFLICT' || overwrite) {
      await reportFailure(result, 'The design could not be saved')
      return false
    }
    const choice = await askDialog({
      tone: 'question',
      title: `"${state.fileName}" changed on disk`,
      message: `${result.message} Overwrite the file with this version, or cancel and keep both as they are?`,
      buttons: [
        { id: 'overwrite', label: 'Overwrite', variant: 'danger' },
        { id: 'cancel', label: 'Cancel' },
      ],
      cancelId: 'cancel',
    })
    if (choice !== 'overwrite') return false
    overwrite = true
  }
}

async function replaceDesign(
  confirm: () => Promise<boolean>,
  request: () => Promise<Opened | Fail>,
  failureTitle: string,
): Promise<void> {
  if (!(await confirm())) return
  const result = await request()
  if (result.ok) await showOpenedDesign(result)
  else await reportFailure(result, failureTitle)
}

export function newDesign(templateId?: string): Promise<void> {
  return replaceDesign(
    () => confirmReplace('start a new design'),
    () => invoke('doc:new', templateId === undefined ? {} : { templateId }),
    'A new design could not be created',
  )
}

export function openDesign(): Promise<void> {
  return replaceDesign(
    () => confirmReplace('open another design'),
    () => invoke('doc:open', {}),
    'The file could not be opened',
  )
}

async function revertDesign(): Promise<void> {
  const { handle, hasFile } = useDocument.getState()
  if (handle === null || !hasFile) return
  await replaceDesign(confirmRevert, () => invoke('doc:revert', { handle }), 'The file could not be reloaded')
}

export function deleteSelection(): void {
  const { nodeIds, edgeIds } = useSelection.getState()
  if (nodeIds.size === 0 && edgeIds.size === 0) return
  deleteElements(nodeIds, edgeIds)
}

export function selectAll(): void {
  const { doc } = useDocument.getState()
  selectOnly(
    doc.nodes.map((n) => n.id),
    doc.edges.map((e) => e.id),
  )
}

/** Starts editing the name (or a note's text) of the one selected element in place. */
function renameSelection(): void {
  const { nodeIds } = useSelection.getState()
  const [id] = nodeIds
  if (nodeIds.size === 1 && id !== undefined) startEditing(id)
}

export function registerDocumentCommands(): void {
  registerCommand('new', () => newDesign())
  registerCommand('open', openDesign)
  registerCommand('save', async () => void (await saveDesign(false)))
  registerCommand('saveAs', async () => void (await saveDesign(true)))
  registerCommand('revert', revertDesign)
  registerCommand('undo', () => void undo())
  registerCommand('redo', () => void redo())
  registerCommand('delete', deleteSelection)
  registerCommand('selectAll', selectAll)
  registerCommand('edit.rename', renameSelection)
}
