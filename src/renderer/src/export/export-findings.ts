// The findings an exported picture marks: those of the design as it is. The canvas's evaluation is
// reused when it was made at ×1; while a what-if factor is in force its findings describe inflated
// client counts, so the design is evaluated again at ×1, in the one-off rules worker
// (validation/snapshot-evaluator.ts) rather than on the UI thread, and a what-if never reaches a
// picture unannounced. Should that evaluation fail, the dialog says so and the picture marks no
// findings. Runs in the renderer.
import { useEffect, useState } from 'react'
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'
import type { Finding } from '../../../shared/rules/types'
import { showToast } from '../store/ui'
import { knownToday } from '../store/today'
import { errorMessage, evaluateSnapshot } from '../validation/snapshot-evaluator'

const NO_FINDINGS: readonly Finding[] = []

/** Evaluates a whole design (the one-off rules worker's evaluateSnapshot; a stand-in in tests). */
export type EvaluateAtOne = (
  doc: DesignDocument,
  options: EvaluationOptions,
  signal?: AbortSignal,
) => Promise<Evaluation>

/**
 * The canvas's findings when they are those of the design as it is (none before its first
 * evaluation); null when the design must be evaluated again at ×1.
 */
export function canvasFindingsAsDesigned(evaluation: Evaluation | null): readonly Finding[] | null {
  if (evaluation === null) return NO_FINDINGS
  return evaluation.growth === 1 ? evaluation.findings : null
}

/** The findings of the design as it is: the canvas's when they are, else those of `doc` evaluated at ×1. */
export async function findingsAsDesigned(
  evaluation: Evaluation | null,
  doc: DesignDocument,
  today: string | null,
  evaluate: EvaluateAtOne = evaluateSnapshot,
  signal?: AbortSignal,
): Promise<readonly Finding[]> {
  const canvas = canvasFindingsAsDesigned(evaluation)
  if (canvas !== null) return canvas
  return (await evaluate(doc, today === null ? {} : { today }, signal)).findings
}

/**
 * The export dialog's findings as designed: at once when the canvas has them; otherwise none and
 * `checking` until the evaluation at ×1 answers.
 */
export function useFindingsAsDesigned(
  evaluation: Evaluation | null,
  doc: DesignDocument,
  evaluate: EvaluateAtOne = evaluateSnapshot,
): { readonly findings: readonly Finding[]; readonly checking: boolean } {
  const canvas = canvasFindingsAsDesigned(evaluation)
  const [checked, setChecked] = useState<{
    readonly evaluation: Evaluation | null
    readonly doc: DesignDocument
    readonly findings: readonly Finding[]
  } | null>(null)
  const needed = canvas === null
  useEffect(() => {
    if (!needed) return
    const abandoned = new AbortController()
    findingsAsDesigned(evaluation, doc, knownToday(), evaluate, abandoned.signal).then(
      (findings) => {
        if (!abandoned.signal.aborted) setChecked({ evaluation, doc, findings })
      },
      (error: unknown) => {
        if (abandoned.signal.aborted) return
        showToast(
          `The findings at ×1 could not be checked (${errorMessage(error)}); the picture marks none.`,
          'error',
        )
        setChecked({ evaluation, doc, findings: NO_FINDINGS })
      },
    )
    return () => abandoned.abort()
  }, [needed, evaluation, doc, evaluate])
  if (canvas !== null) return { findings: canvas, checking: false }
  const current = checked !== null && checked.evaluation === evaluation && checked.doc === doc
  return current ? { findings: checked.findings, checking: false } : { findings: NO_FINDINGS, checking: true }
}
