// Whether the export dialog is open and for which format (zustand), and the export commands
// (File ▸ Export ▸ PNG, SVG, draw.io, PowerPoint, report; the toolbar's Export menu). Kept apart from the dialog and the
// exporters so the app starts without them: the dialog's module (with the picture renderer) loads
// when the dialog first opens, the report's (with the report renderer and the rules engine) when a
// report is first exported. Runs in the renderer.
import { useEffect } from 'react'
import { create } from 'zustand'
import { registerCommand } from '../commands'
import { useDocument } from '../store/document'
import { showToast } from '../store/ui'

/** What the export dialog writes: a picture (PNG, SVG), a draw.io diagram or a PowerPoint deck. */
export type ExportDialogFormat = 'png' | 'svg' | 'drawio' | 'pptx'

interface ExportDialogState {
  readonly open: boolean
  readonly format: ExportDialogFormat
}

export const useExportDialog = create<ExportDialogState>(() => ({ open: false, format: 'png' }))

export function openExportDialog(format: ExportDialogFormat): void {
  if (useDocument.getState().status !== 'ready') return
  if (useDocument.getState().doc.nodes.length === 0) {
    showToast('The design is empty: there is nothing to export yet.', 'info')
    return
  }
  useExportDialog.setState({ open: true, format })
}

export const closeExportDialog = (): void => useExportDialog.setState({ open: false })

const exportReportHtml = async () => (await import('./export-report')).exportReportHtml()
const exportReportPdf = async () => (await import('./export-report')).exportReportPdf()

/** Registers the export commands while the calling component is mounted. */
export function useExportCommands(): void {
  useEffect(() => {
    const unregister = [
      registerCommand('exportPng', () => openExportDialog('png')),
      registerCommand('exportSvg', () => openExportDialog('svg')),
      registerCommand('exportDrawio', () => openExportDialog('drawio')),
      registerCommand('exportPptx', () => openExportDialog('pptx')),
      registerCommand('exportReportHtml', exportReportHtml),
      registerCommand('exportReportPdf', exportReportPdf),
    ]
    return () => unregister.forEach((u) => u())
  }, [])
}
