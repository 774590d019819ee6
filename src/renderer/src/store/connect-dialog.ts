// Whether the "Connect to…" dialog is open, for which element, and where keyboard focus goes back
// when it closes (zustand). The 'edit.connect' command (editing-commands.ts) opens it for the
// selection, a node's connect handle for its own element; components/ConnectDialog.tsx draws it.
// Runs in the renderer.
import { create } from 'zustand'
import { useSelection } from './selection'

export interface ConnectDialogState {
  /** Open: the element ids to connect from (the selection, or the one whose handle was used). */
  readonly fromIds: readonly string[] | null
  /** Where focus was when the dialog opened. */
  readonly returnFocus: HTMLElement | null
}

export const useConnectDialog = create<ConnectDialogState>(() => ({ fromIds: null, returnFocus: null }))

/** Opens the dialog for `fromId`, or for the selected elements when none is given. */
export function openConnectDialog(fromId?: string): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const fromIds = fromId === undefined ? [...useSelection.getState().nodeIds] : [fromId]
  useConnectDialog.setState({ fromIds, returnFocus: active })
}

/** Closes the dialog and puts focus back where it was (when that is still on the page). */
export function closeConnectDialog(): void {
  const { returnFocus } = useConnectDialog.getState()
  useConnectDialog.setState({ fromIds: null, returnFocus: null })
  if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true })
}
