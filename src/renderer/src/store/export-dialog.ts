// Whether the export dialog is open and for which format (zustand). The export commands
// (export/export-commands.ts) open it; App.tsx loads and shows export/ExportDialog.tsx while it is
// open. Runs in the renderer.
import { create } from 'zustand'
import { useDocument } from './document'
import { showToast } from './ui'

/** What the export dialog writes: a picture (PNG, SVG), a draw.io diagram or a PowerPoint deck. */
export type ExportDialogFormat = 'png' | 'svg' | 'drawio' | 'pptx'

interface ExportDialogState {
  readonly open: boolean
  readonly format: ExportDialogFormat
}

export const useExportDialog = create<ExportDialogState>(() => ({ open: false, format: 'png' }))

/** Opens the dialog for `format`; with an empty design, says there is nothing to export instead. */
export function openExportDialog(format: ExportDialogFormat): void {
  if (useDocument.getState().status !== 'ready') return
  if (useDocument.getState().doc.nodes.length === 0) {
    showToast('The design is empty: there is nothing to export yet.', 'info')
    return
  }
  useExportDialog.setState({ open: true, format })
}

export const closeExportDialog = (): void => useExportDialog.setState({ open: false })
