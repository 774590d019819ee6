// The rules worker: rebuilds each design from the update it receives (design-delta.ts), evaluates
// it with the shared engine, off the UI thread (incrementally: after a property edit only the rules
// that read the edited kinds of element run again), and answers with the findings, capacity and
// cost for that revision, or 'unchanged' when that is the evaluation it sent last. Two instances
// run: the live canvas checking's (client.ts) and, once needed, the one-off evaluations' of the
// presentation and the exports (snapshot-evaluator.ts). Runs in a module Web Worker.
import '../platform/zod-config'
import type { Evaluation } from '../../../shared/rules/engine'
import { IncrementalEvaluator } from '../../../shared/rules/incremental'
import { DesignReceiver } from './design-delta'
import type { EvaluateMessage, WorkerReply } from './protocol'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EvaluateMessage>) => void) | null
  postMessage: (m: WorkerReply) => void
}

const design = new DesignReceiver()
const evaluator = new IncrementalEvaluator()
/** The evaluation this worker sent last: an equal answer is sent as 'unchanged'. */
let lastSent: Evaluation | undefined

scope.onmessage = (event) => {
  const { revision, options } = event.data
  const started = performance.now()
  try {
    const doc = design.apply(event.data.design)
    const evaluation = evaluator.evaluate(doc, options)
    const durationMs = performance.now() - started
    if (evaluation === lastSent) scope.postMessage({ type: 'unchanged', revision, durationMs })
    else scope.postMessage({ type: 'result', revision, evaluation, durationMs })
    lastSent = evaluation
  } catch (e) {
    scope.postMessage({ type: 'error', revision, message: e instanceof Error ? e.message : String(e) })
  }
}
