// The canvas editor's power commands: copy, cut, paste, duplicate, align and distribute, moving the
// selection with the arrow keys, auto-layout, and opening the "Connect to…" dialog. Each change is
// one undoable step (a run of arrow presses within a second is one step). Copy keeps the selection
// in an in-app clipboard, which works on its own, and also offers it to the system clipboard as JSON
// text when the platform allows (the desktop app's main process denies clipboard permissions, so
// that write may fail silently). Cut then paste is a move: the first paste of cut elements in the
// same design gets back their connections to the rest of the design that are still legal, and a
// toast names any it could not keep. Runs in the renderer.
import { registerCommand, runCommand } from './commands'
import { openConnectDialog } from './store/connect-dialog'
import {
  ALIGN_MODES,
  DISTRIBUTE_AXES,
  alignNodes,
  distributeNodes,
  nudgeNodes,
  type PositionsOrReason,
} from './design/align'
import {
  PASTE_OFFSET,
  clipboardText,
  copySelection,
  cutConnections,
  droppedConnectionsMessage,
  planPaste,
  type ClipboardContent,
  type CutConnection,
} from './design/clipboard'
import { GRID } from './design/geometry'
import { requestLayout } from './editor/layout-client'
import { addNodes, deleteElements, updateGeometry, useDocument } from './store/document'
import { selectOnly, useSelection } from './store/selection'
import { showToast } from './store/ui'

interface ClipboardState {
  content: ClipboardContent | null
  /** Pastes of this content so far; each one lands PASTE_OFFSET further away. */
  pastes: number
  /**
   * When the content was cut and not pasted yet: its connections to the rest of the design, and the
   * design they belong to (the document store's loadId).
   */
  cut: { readonly connections: readonly CutConnection[]; readonly loadId: number } | null
}

const clipboard: ClipboardState = { content: null, pastes: 0, cut: null }

/** True while focus is in a text field: the menu's Copy/Cut/Paste then belong to the field. */
function typingInField(): boolean {
  const active = document.activeElement
  return (
    active instanceof HTMLElement && (active.isContentEditable || active.matches('input, textarea, select'))
  )
}

function offerToSystemClipboard(content: ClipboardContent): void {
  try {
    void navigator.clipboard?.writeText(clipboardText(content)).catch(() => undefined)
  } catch {
    // No system clipboard here; the in-app clipboard is enough.
  }
}

/** Copies the selected elements (with their contents) to the clipboard; false if nothing is selected. */
function copySelected(): boolean {
  const content = copySelection(useDocument.getState().doc, useSelection.getState().nodeIds)
  if (!content) return false
  clipboard.content = content
  clipboard.pastes = 0
  clipboard.cut = null
  offerToSystemClipboard(content)
  return true
}

function cutSelected(): void {
  if (!copySelected() || !clipboard.content) return
  const { doc, loadId } = useDocument.getState()
  clipboard.cut = { connections: cutConnections(doc, clipboard.content), loadId }
  deleteElements(useSelection.getState().nodeIds, useSelection.getState().edgeIds)
}

function pasteContent(content: ClipboardContent, offset: number, cut?: readonly CutConnection[]): boolean {
  const plan = planPaste(useDocument.getState().doc, content, {
    selectedIds: [...useSelection.getState().nodeIds],
    offset,
    ...(cut ? { cutConnections: cut } : {}),
  })
  if (plan.type === 'refused') {
    showToast(plan.reason, 'error')
    return false
  }
  const result = addNodes(plan.nodes, plan.resized, plan.edges)
  if (!result.ok) {
    showToast(result.reason, 'error')
    return false
  }
  selectOnly(plan.rootIds)
  if (plan.dropped.length > 0) showToast(droppedConnectionsMessage(plan.dropped), 'error')
  return true
}

function paste(): void {
  if (!clipboard.content) {
    showToast('Nothing to paste: copy elements first.')
    return
  }
  const { cut } = clipboard
  const sameDesign = cut !== null && cut.loadId === useDocument.getState().loadId
  if (
    pasteContent(
      clipboard.content,
      PASTE_OFFSET * (clipboard.pastes + 1),
      sameDesign ? cut.connections : undefined,
    )
  ) {
    clipboard.pastes += 1
    clipboard.cut = null
  }
}

/** Copies and pastes the selection in one go, beside the originals; the clipboard is untouched. */
function duplicate(): void {
  const content = copySelection(useDocument.getState().doc, useSelection.getState().nodeIds)
  if (content) pasteContent(content, PASTE_OFFSET)
}

function commitPositions(result: PositionsOrReason): void {
  if (!result.ok) {
    showToast(result.reason, 'error')
    return
  }
  const update = updateGeometry({ positions: result.positions })
  if (!update.ok) showToast(update.reason, 'error')
}

function moveSelection(dx: number, dy: number): void {
  const ids = useSelection.getState().nodeIds
  if (ids.size === 0) return
  const positions = nudgeNodes(useDocument.getState().doc, ids, dx, dy)
  const result = updateGeometry({ positions }, { coalesce: `move:${[...ids].sort().join(',')}` })
  if (!result.ok) showToast(result.reason, 'error')
}

let layingOut = false

/** Lays the design out in the layout worker and applies the result as one step. */
async function autoLayout(): Promise<void> {
  const start = useDocument.getState()
  if (layingOut || start.status !== 'ready') return
  if (start.doc.nodes.length === 0) {
    showToast('Nothing to lay out: the design is empty.')
    return
  }
  layingOut = true
  try {
    const layout = await requestLayout(start.doc)
    if (useDocument.getState().revision !== start.revision) {
      showToast('The design changed while it was being laid out; run Auto-layout again.', 'error')
      return
    }
    const result = updateGeometry(layout)
    if (!result.ok) {
      showToast(result.reason, 'error')
      return
    }
    runCommand('zoomToFit')
  } catch (e) {
    showToast(`Auto-layout failed: ${e instanceof Error ? e.message : String(e)}`, 'error')
  } finally {
    layingOut = false
  }
}

export function registerEditingCommands(): void {
  registerCommand('copy', () => {
    if (!typingInField()) copySelected()
  })
  registerCommand('cut', () => {
    if (!typingInField()) cutSelected()
  })
  registerCommand('paste', () => {
    if (!typingInField()) paste()
  })
  registerCommand('duplicate', duplicate)
  registerCommand('edit.connect', () => openConnectDialog())
  registerCommand('autoLayout', autoLayout)
  for (const mode of ALIGN_MODES)
    registerCommand(`align.${mode}`, () =>
      commitPositions(alignNodes(useDocument.getState().doc, useSelection.getState().nodeIds, mode)),
    )
  for (const axis of DISTRIBUTE_AXES)
    registerCommand(`distribute.${axis}`, () =>
      commitPositions(distributeNodes(useDocument.getState().doc, useSelection.getState().nodeIds, axis)),
    )
  const moves = [
    ['left', -1, 0],
    ['right', 1, 0],
    ['up', 0, -1],
    ['down', 0, 1],
  ] as const
  for (const [direction, x, y] of moves) {
    registerCommand(`move.${direction}`, () => moveSelection(x * GRID, y * GRID))
    registerCommand(`move.${direction}Fine`, () => moveSelection(x, y))
  }
}
