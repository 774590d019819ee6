// File ▸ Import from Configuration Manager in the window: asks main for the export files the user
// picks, builds the design with the shared importer (src/shared/import), lays it out with the
// editor's auto-layout, opens it as a new unsaved design and shows the import report (what was
// created, roles not modelled, unknown roles, rows skipped, properties not imported) in a dialog.
// File ▸ Update from Configuration Manager brings a newer export into the open design: it shows
// what changed (reimport.ts) and applies it as one undoable step only when the user accepts. A
// damaged or foreign file is explained in an error dialog naming it, and nothing changes. Runs in
// the renderer.
import { type ImportResult, importConfigMgr } from '../../../shared/import/importer'
import { planReimport } from '../../../shared/import/reimport'
import { importReportSections, importSummary } from '../../../shared/import/report-lines'
import type { DesignDocument } from '../../../shared/model/document'
import { confirmReplace, reportFailure, showOpenedDesign } from '../document-commands'
import { requestLayout } from '../editor/layout-client'
import { invoke } from '../platform/api'
import { commitChange, useDocument } from '../store/document'
import { askDialog, showToast } from '../store/ui'

/** `doc` with the auto-layout's positions and sizes, or as the importer placed it if layout fails. */
async function laidOut(doc: DesignDocument): Promise<DesignDocument> {
  try {
    const { positions, sizes } = await requestLayout(doc)
    return {
      ...doc,
      nodes: doc.nodes.map((n) => {
        const position = positions.get(n.id)
        const size = sizes.get(n.id)
        return { ...n, ...(position ? { position } : {}), ...(size ? { size } : {}) }
      }),
    }
  } catch (e) {
    showToast(
      `Auto-layout failed, the imported design keeps a simple layout: ${e instanceof Error ? e.message : String(e)}`,
      'error',
    )
    return doc
  }
}

/** The exports the user picks, imported; undefined (after saying why) when that fails or is cancelled. */
async function pickAndImport(): Promise<{ result: ImportResult; today: string } | undefined> {
  const read = await invoke('import:read', {})
  if (!read.ok) {
    await reportFailure(read, 'The exports could not be read')
    return undefined
  }
  const info = await invoke('app:info', {})
  if (!info.ok) {
    await reportFailure(info, 'The exports could not be imported')
    return undefined
  }
  const imported = importConfigMgr(read.files, { today: info.today })
  if (imported.ok) return { result: imported.value, today: info.today }
  await askDialog({
    tone: 'error',
    title: 'The exports could not be imported',
    message: imported.error.message,
    ...(imported.error.details.length > 0 ? { details: imported.error.details } : {}),
    buttons: [{ id: 'ok', label: 'OK', variant: 'primary' }],
    cancelId: 'ok',
  })
  return undefined
}

export async function importFromConfigMgr(): Promise<void> {
  if (!(await confirmReplace('import a hierarchy'))) return
  const picked = await pickAndImport()
  if (!picked) return
  const { report, doc } = picked.result
  const opened = await invoke('import:open', { doc: await laidOut(doc) })
  if (opened.ok) await showOpenedDesign(opened)
  else if (opened.code !== 'CANCELLED')
    return reportFailure(opened, 'The imported design could not be opened')
  const elsewhere = opened.ok ? '' : ` ${opened.message}`
  await askDialog({
    tone: 'question',
    title: 'Imported from Configuration Manager',
    message: `${importSummary(report)} Properties the exports do not carry keep the designer's defaults; they are listed below and in the design's notes.${elsewhere}`,
    details: importReportSections(report).flatMap((s) => [`${s.title}:`, ...s.lines.map((l) => `  ${l}`)]),
    detailsLabel: 'Import report',
    buttons: [{ id: 'ok', label: 'OK', variant: 'primary' }],
    cancelId: 'ok',
  })
}

export async function updateFromConfigMgr(): Promise<void> {
  if (useDocument.getState().status !== 'ready') return
  const picked = await pickAndImport()
  if (!picked) return
  const plan = planReimport(useDocument.getState().doc, picked.result, picked.today)
  const gone =
    plan.notInExport.length > 0
      ? [
          'No longer in the export (kept; delete them yourself if they are gone):',
          ...plan.notInExport.map((l) => `  ${l}`),
        ]
      : []
  if (plan.changes.length === 0) {
    await askDialog({
      tone: 'question',
      title: 'The design is up to date',
      message: 'The export holds nothing that differs from the design.',
      ...(gone.length > 0 ? { details: gone, detailsLabel: 'Update from Configuration Manager' } : {}),
      buttons: [{ id: 'ok', label: 'OK', variant: 'primary' }],
      cancelId: 'ok',
    })
    return
  }
  const count = `${plan.changes.length} ${plan.changes.length === 1 ? 'change' : 'changes'}`
  const choice = await askDialog({
    tone: 'question',
    title: 'Update from Configuration Manager',
    message: `The export differs from the design in ${count}. Apply them? Elements, connections and settings you added or changed yourself stay as they are.`,
    details: ['Changes:', ...plan.changes.map((c) => `  ${c.text}`), ...gone],
    detailsLabel: 'Update from Configuration Manager',
    buttons: [
      { id: 'apply', label: `Apply ${count}`, variant: 'primary' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  })
  if (choice !== 'apply') return
  // Planned again against the design as it is now, in case it changed while the dialog was open.
  const applied = commitChange((doc) => planReimport(doc, picked.result, picked.today).doc)
  if (applied.ok) showToast(`Updated the design from the export: ${count}.`, 'success')
  else showToast(applied.reason, 'error')
}
