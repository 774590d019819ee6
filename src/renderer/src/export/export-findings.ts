// The findings an exported picture marks: those of the design as it is. The canvas's evaluation is
// reused when it was made at ×1; while a what-if factor is in force its findings describe inflated
// client counts, so the design is evaluated again at ×1 (a few milliseconds, once per dialog) and
// a what-if never reaches a picture unannounced. Runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import { evaluateDesign, type Evaluation } from '../../../shared/rules/engine'
import type { Finding } from '../../../shared/rules/types'

export function findingsAsDesigned(
  evaluation: Evaluation | null,
  doc: DesignDocument,
  today: string | null,
): readonly Finding[] {
  if (evaluation === null) return []
  if (evaluation.growth === 1) return evaluation.findings
  return evaluateDesign(doc, today === null ? {} : { today }).findings
}
