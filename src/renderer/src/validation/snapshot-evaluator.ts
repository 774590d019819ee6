// One-off evaluations of whole designs off the UI thread: each step of the presentation and the
// exports' evaluations at ×1 (`evaluateSnapshot`). They run in a second instance of the rules worker
// (rules.worker.ts: the same script and messages as the live canvas checking of client.ts), created
// on first use and ended after a minute without work. A separate instance rather than a second lane
// in the live worker: the live client owns its worker, the design that worker holds and its 5 s
// restart watchdog, so a one-off evaluation of a large design sent there would delay the canvas's
// findings, could be cut short by that watchdog, and would need the live path restructured; this
// way the live path stays exactly as it is and the worker needs no change. Requests are answered in
// the order made, one in flight at a time, so a request aborted while it waits (a presentation step
// already left) is never sent; the protocol's revision field carries the request's number. Each
// design travels as the difference from the one sent before (design-delta.ts), which for successive
// presentation steps is only the elements a step adds. A request fails, its promise rejecting with
// the reason, when the engine throws, the worker stops, or no answer comes within 30 s; the worker
// is then replaced for the next request. Framework-free so it is tested in Node with a fake worker.
// Runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'
import type { WorkerLike } from './client'
import { DesignSender } from './design-delta'
import type { WorkerReply } from './protocol'

export interface SnapshotEvaluatorOptions {
  readonly createWorker: () => WorkerLike
  /** A request not answered after this long fails, and the worker is replaced. */
  readonly timeoutMs?: number
  /** The worker is ended after this long without a request. */
  readonly idleMs?: number
  /** Timer functions (injected in tests). */
  readonly setTimer?: (fn: () => void, ms: number) => unknown
  readonly clearTimer?: (handle: unknown) => void
}

interface Job {
  readonly id: number
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
  readonly signal: AbortSignal | undefined
  readonly resolve: (evaluation: Evaluation) => void
  readonly reject: (reason: unknown) => void
  settled: boolean
}

export class SnapshotEvaluator {
  private worker: WorkerLike | null = null
  /** What the current worker holds, so each request sends only what changed. */
  private readonly design = new DesignSender()
  /** The evaluation the current worker sent last (what an 'unchanged' answer stands for). */
  private lastEvaluation: Evaluation | undefined
  private readonly waiting: Job[] = []
  private inFlight: Job | null = null
  private lastId = 0
  private watchdog: unknown = null
  private idleTimer: unknown = null
  private readonly timeoutMs: number
  private readonly idleMs: number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (handle: unknown) => void

  constructor(private readonly opts: SnapshotEvaluatorOptions) {
    this.timeoutMs = opts.timeoutMs ?? 30_000
    this.idleMs = opts.idleMs ?? 60_000
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  }

  /**
   * The evaluation of `doc` with `options`. Aborting `signal` rejects the promise at once with the
   * signal's reason; a request still waiting is then never sent.
   */
  evaluate(doc: DesignDocument, options: EvaluationOptions = {}, signal?: AbortSignal): Promise<Evaluation> {
    if (signal?.aborted) return Promise.reject(signal.reason as unknown)
    return new Promise((resolve, reject) => {
      const job: Job = { id: ++this.lastId, doc, options, signal, resolve, reject, settled: false }
      signal?.addEventListener('abort', () => this.abort(job), { once: true })
      this.waiting.push(job)
      this.sendNext()
    })
  }

  private abort(job: Job): void {
    const index = this.waiting.indexOf(job)
    if (index >= 0) this.waiting.splice(index, 1)
    // One in flight is answered all the same; the next request waits for that answer.
    this.settle(job, () => job.reject(job.signal?.reason))
  }

  private settle(job: Job, outcome: () => void): void {
    if (job.settled) return
    job.settled = true
    outcome()
  }

  private sendNext(): void {
    if (this.inFlight) return
    const job = this.waiting.shift()
    if (!job) {
      this.startIdleTimer()
      return
    }
    this.stopTimer('idleTimer')
    this.inFlight = job
    this.watchdog = this.setTimer(
      () => this.fail(`the checker did not answer within ${Math.round(this.timeoutMs / 1000)} s`),
      this.timeoutMs,
    )
    try {
      const worker = this.ensureWorker()
      const design = this.design.encode(job.doc)
      worker.postMessage({ type: 'evaluate', revision: job.id, design, options: job.options })
    } catch (e) {
      this.fail(errorMessage(e))
    }
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker
    const worker = this.opts.createWorker()
    worker.onmessage = (event) => {
      if (worker === this.worker) this.receive(event.data)
    }
    worker.onerror = (event) => {
      if (worker === this.worker) this.fail(`the checker stopped: ${errorMessage(event)}`)
    }
    this.worker = worker
    return worker
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'result') this.lastEvaluation = reply.evaluation
    const job = this.inFlight
    if (!job || reply.revision !== job.id) return
    this.stopTimer('watchdog')
    this.inFlight = null
    const evaluation = this.lastEvaluation
    if (reply.type !== 'error' && evaluation !== undefined) this.settle(job, () => job.resolve(evaluation))
    else {
      // The worker may not hold the design it was sent: the next one goes whole.
      this.design.reset()
      const detail =
        reply.type === 'error'
          ? reply.message
          : 'the checker answered "unchanged" before sending any evaluation'
      this.settle(job, () => job.reject(new Error(detail)))
    }
    this.sendNext()
  }

  /** Fails the request in flight and ends the worker; the next request starts a new one. */
  private fail(detail: string): void {
    const job = this.inFlight
    this.inFlight = null
    this.stopTimer('watchdog')
    this.endWorker()
    if (job) this.settle(job, () => job.reject(new Error(detail)))
    this.sendNext()
  }

  private endWorker(): void {
    this.worker?.terminate()
    this.worker = null
    this.design.reset()
    this.lastEvaluation = undefined
  }

  private startIdleTimer(): void {
    if (!this.worker || this.idleTimer !== null) return
    this.idleTimer = this.setTimer(() => {
      this.idleTimer = null
      this.endWorker()
    }, this.idleMs)
  }

  private stopTimer(which: 'watchdog' | 'idleTimer'): void {
    if (this[which] !== null) this.clearTimer(this[which])
    this[which] = null
  }
}

/** The message of a failed evaluation, a thrown value or a worker's error event, for callers to show. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message)
  return String(e)
}

function createSnapshotWorker(): WorkerLike {
  // The Worker's own event types are wider than the structural WorkerLike.
  return new Worker(new URL('./rules.worker.ts', import.meta.url), {
    type: 'module',
    name: 'rules-snapshot',
  }) as unknown as WorkerLike
}

let shared: SnapshotEvaluator | null = null

/**
 * Evaluates a whole design in the one-off rules worker (see the header); rejects with the reason
 * when it cannot. The design at a presentation step, or the design at ×1 for an export.
 */
export function evaluateSnapshot(
  doc: DesignDocument,
  options: EvaluationOptions = {},
  signal?: AbortSignal,
): Promise<Evaluation> {
  shared ??= new SnapshotEvaluator({ createWorker: createSnapshotWorker })
  return shared.evaluate(doc, options, signal)
}
