// The rules worker: rebuilds each design from the update it receives (design-delta.ts), evaluates
// it with the shared engine, off the UI thread, and answers with the findings, capacity and cost for
// that revision. Two instances run: the live canvas checking's (client.ts) and, once needed, the
// one-off evaluations' of the presentation and the exports (snapshot-evaluator.ts). Runs in a
// module Web Worker.
import '../platform/zod-config'
import { evaluateDesign } from '../../../shared/rules/engine'
import { DesignReceiver } from './design-delta'
import type { EvaluateMessage, WorkerReply } from './protocol'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EvaluateMessage>) => void) | null
  postMessage: (m: WorkerReply) => void
}

const design = new DesignReceiver()

scope.onmessage = (event) => {
  const { revision, options } = event.data
  const started = performance.now()
  try {
    const doc = design.apply(event.data.design)
    const evaluation = evaluateDesign(doc, options)
    scope.postMessage({ type: 'result', revision, evaluation, durationMs: performance.now() - started })
  } catch (e) {
    scope.postMessage({ type: 'error', revision, message: e instanceof Error ? e.message : String(e) })
  }
}
