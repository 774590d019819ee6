// The rules worker: evaluates each design it receives with the shared engine, off the UI thread,
// and answers with the findings, capacity and cost for that revision. Runs in a module Web Worker.
import '../platform/zod-config'
import { evaluateDesign } from '../../../shared/rules/engine'
import type { EvaluateRequest, WorkerReply } from './protocol'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EvaluateRequest>) => void) | null
  postMessage: (m: WorkerReply) => void
}

scope.onmessage = (event) => {
  const { revision, doc, options } = event.data
  const started = performance.now()
  try {
    const evaluation = evaluateDesign(doc, options)
    scope.postMessage({ type: 'result', revision, evaluation, durationMs: performance.now() - started })
  } catch (e) {
    scope.postMessage({ type: 'error', revision, message: e instanceof Error ? e.message : String(e) })
  }
}
