// The evaluation of the presentation step on screen, asked of the one-off rules worker
// (validation/snapshot-evaluator.ts) so that a large design does not freeze the window at each step:
// the step is drawn at once, and its findings, capacity and cost follow. Until they come the step
// reads "checking"; only for a frame does the previous step's answer stay, so that a quick answer
// replaces it without a "Checking…" flash in between. Leaving a step abandons its request. The
// design is checked on today's date when it has no evaluation date of its own, as the editor checks
// it. Runs in the renderer.
import { useEffect, useMemo, useState } from 'react'
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'
import { errorMessage, evaluateSnapshot } from '../validation/snapshot-evaluator'

export type StepEvaluation =
  | { readonly status: 'checking' }
  /** `current` is false while it is still the previous step's answer (for a frame at most). */
  | { readonly status: 'done'; readonly evaluation: Evaluation; readonly current: boolean }
  | { readonly status: 'failed'; readonly message: string }

export type EvaluateStep = (
  doc: DesignDocument,
  options: EvaluationOptions,
  signal: AbortSignal,
) => Promise<Evaluation>

/** How long the previous step's answer may stay while the new step's is on its way: about a frame. */
export const PREVIOUS_ANSWER_MS = 16

const CHECKING: StepEvaluation = { status: 'checking' }

interface Request {
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
}

/** The evaluation of `stepDoc` on `today` (null: not known yet), as it stands. */
export function useStepEvaluation(
  stepDoc: DesignDocument,
  today: string | null,
  evaluate: EvaluateStep = evaluateSnapshot,
): StepEvaluation {
  const request = useMemo<Request>(
    () => ({ doc: stepDoc, options: today === null ? {} : { today } }),
    [stepDoc, today],
  )
  const [answer, setAnswer] = useState<{ request: Request; result: StepEvaluation } | null>(null)
  /** The request for which the previous answer has stayed long enough. */
  const [overdue, setOverdue] = useState<Request | null>(null)

  useEffect(() => {
    const abandoned = new AbortController()
    const timer = setTimeout(() => setOverdue(request), PREVIOUS_ANSWER_MS)
    const settle = (result: StepEvaluation) => {
      if (abandoned.signal.aborted) return
      clearTimeout(timer)
      setAnswer({ request, result })
    }
    evaluate(request.doc, request.options, abandoned.signal).then(
      (evaluation) => settle({ status: 'done', evaluation, current: true }),
      (error: unknown) => settle({ status: 'failed', message: errorMessage(error) }),
    )
    return () => {
      abandoned.abort()
      clearTimeout(timer)
    }
  }, [request, evaluate])

  if (answer === null) return CHECKING
  if (answer.request === request) return answer.result
  return overdue === request || answer.result.status !== 'done'
    ? CHECKING
    : { ...answer.result, current: false }
}
