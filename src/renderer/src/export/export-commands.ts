// The export commands (File ▸ Export ▸ PNG, SVG, draw.io, PowerPoint, report; the toolbar's Export
// menu). Kept apart from the dialog and the exporters so the app starts without them: the dialog's
// module (with the picture renderer) loads when the dialog first opens (store/export-dialog.ts says
// when it is open), the report's (with the report renderer and the rules engine) when a report is
// first exported. Runs in the renderer.
import { useEffect } from 'react'
import { registerCommand } from '../commands'
import { openExportDialog } from '../store/export-dialog'

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
