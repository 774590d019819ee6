// Transient interface state (zustand): toasts, the modal dialog queue, the kinds a connection being
// drawn may end on (used to highlight valid targets) and the node being edited in place. Nothing
// here is saved. Runs in the renderer.
import { create } from 'zustand'
import type { NodeKind } from '../../../shared/model/schema'

export type ToastTone = 'info' | 'success' | 'error'

export interface Toast {
  readonly id: number
  readonly message: string
  readonly tone: ToastTone
}

export interface DialogButton {
  readonly id: string
  readonly label: string
  readonly variant?: 'primary' | 'danger'
}

export interface DialogRequest {
  readonly id: number
  readonly tone: 'error' | 'question'
  readonly title: string
  readonly message: string
  /** Extra lines (e.g. every invalid value of a damaged file). */
  readonly details?: readonly string[]
  /** The accessible name of the details list ("Problems found" when absent). */
  readonly detailsLabel?: string
  readonly buttons: readonly DialogButton[]
  /** The button id reported when the dialog is dismissed with Escape. */
  readonly cancelId: string
  readonly resolve: (buttonId: string) => void
}

export interface UiState {
  readonly toasts: readonly Toast[]
  readonly dialogs: readonly DialogRequest[]
  /** While a connection is being drawn: the node kinds it may end on; otherwise null. */
  readonly connectTargets: readonly NodeKind[] | null
  /** The node whose name (or note text) is being edited in place, if any. */
  readonly editingNodeId: string | null
}

export const useUi = create<UiState>(() => ({
  toasts: [],
  dialogs: [],
  connectTargets: null,
  editingNodeId: null,
}))

let nextId = 1
const MAX_TOASTS = 4
const TOAST_MS: Record<ToastTone, number> = { info: 5000, success: 4000, error: 8000 }

export function showToast(message: string, tone: ToastTone = 'info'): void {
  const id = nextId++
  useUi.setState((s) => ({ toasts: [...s.toasts, { id, message, tone }].slice(-MAX_TOASTS) }))
  setTimeout(() => dismissToast(id), TOAST_MS[tone])
}

export function dismissToast(id: number): void {
  useUi.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}

/** Shows a modal dialog (queued behind any open one) and resolves with the id of the button chosen. */
export function askDialog(request: Omit<DialogRequest, 'id' | 'resolve'>): Promise<string> {
  return new Promise((resolve) => {
    const id = nextId++
    useUi.setState((s) => ({ dialogs: [...s.dialogs, { ...request, id, resolve }] }))
  })
}

export function answerDialog(id: number, buttonId: string): void {
  const dialog = useUi.getState().dialogs.find((d) => d.id === id)
  if (!dialog) return
  useUi.setState((s) => ({ dialogs: s.dialogs.filter((d) => d.id !== id) }))
  dialog.resolve(buttonId)
}

export function startEditing(nodeId: string): void {
  useUi.setState({ editingNodeId: nodeId })
}

export function stopEditing(): void {
  useUi.setState({ editingNodeId: null })
}

export function setConnectTargets(kinds: readonly NodeKind[] | null): void {
  useUi.setState({ connectTargets: kinds })
}
