// Start-up wiring that must exist before React renders: the document commands, the subscription
// to main's "doc:opened" (main sends the window its design right after the page loads; the payload
// is buffered in the document store until React mounts), menu commands, and the title/dirty/
// recovery synchronisation. Runs in the renderer.
import type { MenuCommand } from '../../shared/ipc/contract'
import { registerCommand, runCommand } from './commands'
import { registerDocumentCommands, showOpenedDesign } from './document-commands'
import { startDocumentSync } from './document-sync'
import { registerEditingCommands } from './editing-commands'
import { onEvent } from './platform/api'
import { showToast } from './store/ui'

const MENU_LABELS: Readonly<Record<MenuCommand, string>> = {
  new: 'New',
  open: 'Open',
  save: 'Save',
  saveAs: 'Save As',
  revert: 'Revert',
  close: 'Close',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  duplicate: 'Duplicate',
  delete: 'Delete',
  selectAll: 'Select All',
  find: 'Find',
  zoomToFit: 'Zoom to Fit',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  autoLayout: 'Auto Layout',
  present: 'Present',
  themeLight: 'Light Theme',
  themeDark: 'Dark Theme',
  themeHighContrast: 'High Contrast Theme',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  exportReportHtml: 'Export Report (HTML)',
  exportReportPdf: 'Export Report (PDF)',
  importConfigMgr: 'Import from Configuration Manager',
  reimportConfigMgr: 'Update from Configuration Manager',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About',
}

export function startRenderer(): void {
  registerDocumentCommands()
  registerEditingCommands()
  // The importer loads only when it is first used.
  registerCommand('importConfigMgr', async () =>
    (await import('./import/import-command')).importFromConfigMgr(),
  )
  registerCommand('reimportConfigMgr', async () =>
    (await import('./import/import-command')).updateFromConfigMgr(),
  )
  onEvent('doc:opened', (opened) => void showOpenedDesign(opened))
  onEvent('menu:command', ({ command }) => {
    if (!runCommand(command)) showToast(`${MENU_LABELS[command]} is not available in this version yet.`)
  })
  startDocumentSync()
}
