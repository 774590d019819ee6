// Wires the rules worker into the app: evaluates the open design when it is loaded, after every
// committed change (never on drag or resize frames, which are not commits) and whenever the what-if
// growth factor changes (it returns to ×1 when another design is opened), and feeds the results and
// the checking status into store/findings.ts. Exposes `window.__cmgFindings` so e2e tests and the
// performance harness can count evaluations and read the latest results. The worker itself starts
// after the next painted frame, so it does not compete with drawing the window. Runs in the renderer.
import { useEffect } from 'react'
import type { Evaluation } from '../../../shared/rules/engine'
import { subscribeCommitted, useDocument } from '../store/document'
import {
  applyEvaluation,
  setCheckingStatus,
  setGrowth,
  useFindings,
  type CheckingStatus,
} from '../store/findings'
import { fetchToday, knownToday, subscribeToday } from '../store/today'
import { ValidationClient, type WorkerLike } from './client'
import type { EvaluateMessage, WorkerReply } from './protocol'

/** Read-only view of the validation for tests and the performance harness. */
export interface FindingsTestHook {
  /** Designs sent to the worker (each load, committed change and growth change). */
  readonly submitted: number
  /** Evaluations received and applied to the findings store. */
  readonly evaluationCount: number
  /** Document revision of the latest applied evaluation (-1 before the first). */
  readonly revision: number
  readonly status: CheckingStatus
  /** Times the worker was restarted after a failure. */
  readonly restarts: number
  lastEvaluation(): Evaluation | null
}

declare global {
  interface Window {
    __cmgFindings?: FindingsTestHook
  }
}

/** Runs `start` once the next frame is painted (or after `fallbackMs`, should no frame come). */
function afterNextPaint(start: () => void, fallbackMs = 1000): void {
  let started = false
  const once = () => {
    if (started) return
    started = true
    start()
  }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, fallbackMs)
}

/**
 * The rules worker, started after the next painted frame: creating it, and loading and compiling
 * its script, would otherwise share the two cores with drawing the window's first canvas, which
 * it does not need. Messages sent before then wait in order for it.
 */
function createRulesWorker(): WorkerLike {
  let worker: Worker | null = null
  let terminated = false
  const waiting: EvaluateMessage[] = []
  const proxy: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (worker) worker.postMessage(message)
      else waiting.push(message)
    },
    terminate() {
      terminated = true
      waiting.length = 0
      worker?.terminate()
    },
  }
  afterNextPaint(() => {
    if (terminated) return
    worker = new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module', name: 'rules' })
    worker.onmessage = (event: MessageEvent<WorkerReply>) => proxy.onmessage?.(event)
    worker.onerror = (event) => proxy.onerror?.(event)
    for (const message of waiting.splice(0)) worker.postMessage(message)
  })
  return proxy
}

/** Starts validating the open design; returns a function that stops it and ends the worker. */
export function startValidation(createWorker: () => WorkerLike = createRulesWorker): () => void {
  let nextRequest = 0
  let submitted = 0
  let evaluationCount = 0
  /** Document revision of every request still unanswered, by request number. */
  const pending = new Map<number, number>()

  const client = new ValidationClient({
    createWorker,
    onResult: (request, evaluation, durationMs) => {
      const revision = pending.get(request) ?? useDocument.getState().revision
      for (const id of pending.keys()) if (id <= request) pending.delete(id)
      evaluationCount++
      applyEvaluation(revision, evaluation, durationMs)
    },
    onStatus: (status, detail) => setCheckingStatus(status, detail),
  })

  // Requests are numbered by this module rather than by document revision, so that a growth change
  // (same revision) also supersedes an evaluation still in flight.
  const submit = () => {
    const { status, doc, revision } = useDocument.getState()
    if (status !== 'ready') return
    const request = ++nextRequest
    pending.set(request, revision)
    submitted++
    // A design without an evaluation date is checked on today's date (main's clock).
    const today = knownToday()
    client.submit(doc, request, {
      growth: useFindings.getState().growth,
      ...(today === null ? {} : { today }),
    })
  }

  submit()
  // Main tells today's date shortly after the start; only a design without a date of its own needs
  // checking again then.
  const stopToday = subscribeToday(() => {
    if (useDocument.getState().doc.design.evaluationDate === undefined) submit()
  })
  void fetchToday()
  // Another design opened in the window starts without a what-if factor (the growth change submits).
  let loadId = useDocument.getState().loadId
  const stopCommitted = subscribeCommitted(() => {
    const opened = useDocument.getState().loadId
    const reset = opened !== loadId && useFindings.getState().growth !== 1
    loadId = opened
    if (reset) setGrowth(1)
    else submit()
  })
  const stopGrowth = useFindings.subscribe((state, previous) => {
    if (state.growth !== previous.growth) submit()
  })

  const hook: FindingsTestHook = {
    get submitted() {
      return submitted
    },
    get evaluationCount() {
      return evaluationCount
    },
    get revision() {
      return useFindings.getState().revision
    },
    get status() {
      return useFindings.getState().status
    },
    get restarts() {
      return client.restartCount
    },
    lastEvaluation: () => useFindings.getState().evaluation,
  }
  window.__cmgFindings = hook

  return () => {
    stopCommitted()
    stopGrowth()
    stopToday()
    client.dispose()
    if (window.__cmgFindings === hook) delete window.__cmgFindings
  }
}

/** Validates the open design while the calling component (the app) is mounted. */
export function useValidation(): void {
  useEffect(() => startValidation(), [])
}
