// The PowerPoint export of the app's export dialog: the deck of src/shared/export/pptx.ts for the
// design as it is (what-if ×1, like every export: while a factor is in force the design is
// evaluated again at ×1 in the one-off rules worker, validation/snapshot-evaluator.ts), its
// pictures drawn on a canvas (export-image.ts) at the deck's scale (2×, less for a very large
// picture; 1× where the canvas cannot), written through export:write like the other exports (a save
// dialog in the desktop app, a download in the browser). Loaded when a deck is first exported, so
// pptxgenjs stays out of the dialog's own module. Reads the design and never changes it. Runs in
// the renderer.
import { buildPptx } from '../../../shared/export/pptx'
import type { PictureTheme } from '../../../shared/report/topology-svg'
import type { Evaluation } from '../../../shared/rules/engine'
import { reportFailure } from '../document-commands'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { showToast } from '../store/ui'
import { errorMessage, evaluateSnapshot } from '../validation/snapshot-evaluator'
import { bytesToBase64 } from '../../../shared/util/base64'
import { canRasterise, rasterise } from './export-image'
import { exportBaseName } from './export-report'

/** Writes the deck; true once it is written (or the user cancelled the save dialog). */
export async function exportPptx(
  evaluation: Evaluation | null,
  today: string | null,
  options: { readonly theme: PictureTheme; readonly legend: boolean },
): Promise<boolean> {
  const { doc, fileName, hasFile } = useDocument.getState()
  let asDesigned: Evaluation
  try {
    asDesigned =
      evaluation !== null && evaluation.growth === 1
        ? evaluation
        : await evaluateSnapshot(doc, today === null ? {} : { today })
  } catch (error) {
    console.error('The design could not be checked for the presentation', error)
    showToast(`The presentation could not be built: ${errorMessage(error)}.`, 'error')
    return false
  }
  let data: string
  try {
    const deck = await buildPptx({
      doc,
      evaluation: asDesigned,
      ...(today === null ? {} : { today }),
      theme: options.theme,
      legend: options.legend,
      rasterise: (picture, scale) => rasterise(picture, canRasterise(picture, scale) ? scale : 1),
    })
    data = bytesToBase64(deck)
  } catch (error) {
    console.error('The presentation could not be built', error)
    showToast('The presentation could not be built.', 'error')
    return false
  }
  const suggestedName = `${exportBaseName(fileName, hasFile, doc.design.name)}.pptx`
  const result = await invoke('export:write', { kind: 'pptx', suggestedName, data })
  if (result.ok) {
    showToast(`Exported ${result.fileName}`, 'success')
    return true
  }
  await reportFailure(result, 'The presentation could not be exported')
  return result.code === 'CANCELLED'
}
