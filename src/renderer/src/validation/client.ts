// The rules worker's client in the renderer: sends committed designs with their revision (only what
// changed since the design the worker holds, design-delta.ts), keeps at
// most one request in flight (a newer design replaces a queued one), drops answers for older
// revisions, and restarts the worker with the whole latest design when it throws, errors or stops
// answering — reporting "paused" meanwhile. Framework-free so it is tested in Node with a fake worker.
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'
import type { CheckingStatus } from '../store/findings'
import { DesignSender } from './design-delta'
import type { EvaluateMessage, EvaluateRequest, WorkerReply } from './protocol'

/** The part of `Worker` the client uses. */
export interface WorkerLike {
  postMessage(message: EvaluateMessage): void
  terminate(): void
  onmessage: ((event: { data: WorkerReply }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export interface ValidationClientOptions {
  readonly createWorker: () => WorkerLike
  readonly onResult: (revision: number, evaluation: Evaluation, durationMs: number) => void
  readonly onStatus: (status: CheckingStatus, detail?: string) => void
  /** A worker that has not answered after this long is restarted. */
  readonly timeoutMs?: number
  /** Timer functions (injected in tests). */
  readonly setTimer?: (fn: () => void, ms: number) => unknown
  readonly clearTimer?: (handle: unknown) => void
}

export class ValidationClient {
  private worker: WorkerLike | null = null
  private inFlight: EvaluateRequest | null = null
  private queued: EvaluateRequest | null = null
  private latestRevision = -1
  private watchdog: unknown = null
  private disposed = false
  private restarts = 0
  /** What the current worker holds, so each request sends only what changed. */
  private readonly design = new DesignSender()
  /** The evaluation the current worker sent last (what an 'unchanged' answer stands for). */
  private lastEvaluation: Evaluation | undefined
  private readonly timeoutMs: number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (handle: unknown) => void

  constructor(private readonly opts: ValidationClientOptions) {
    this.timeoutMs = opts.timeoutMs ?? 5000
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  }

  /** Number of times the worker was restarted after a failure (shown in diagnostics). */
  get restartCount(): number {
    return this.restarts
  }

  /** Evaluates `doc` as revision `revision`; older pending work is superseded. */
  submit(doc: DesignDocument, revision: number, options: EvaluationOptions = {}): void {
    if (this.disposed) return
    this.latestRevision = Math.max(this.latestRevision, revision)
    const request: EvaluateRequest = { type: 'evaluate', revision, doc, options }
    if (this.inFlight) {
      this.queued = request
      return
    }
    this.send(request)
  }

  dispose(): void {
    this.disposed = true
    this.stopWatchdog()
    this.worker?.terminate()
    this.worker = null
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker
    const w = this.opts.createWorker()
    w.onmessage = (event) => this.receive(w, event.data)
    w.onerror = (event) => this.fail(w, `the checker stopped: ${describe(event)}`)
    this.worker = w
    return w
  }

  private send(request: EvaluateRequest): void {
    this.inFlight = request
    this.opts.onStatus('checking')
    this.stopWatchdog()
    this.watchdog = this.setTimer(() => {
      if (this.worker)
        this.fail(this.worker, `the checker did not answer within ${Math.round(this.timeoutMs / 1000)} s`)
    }, this.timeoutMs)
    try {
      const worker = this.ensureWorker()
      const { type, revision, doc, options } = request
      worker.postMessage({ type, revision, design: this.design.encode(doc), options })
    } catch (e) {
      if (this.worker) this.fail(this.worker, describe(e))
    }
  }

  private receive(from: WorkerLike, reply: WorkerReply): void {
    if (from !== this.worker || this.disposed) return
    if (reply.type === 'error') {
      this.fail(from, reply.message)
      return
    }
    if (reply.type === 'result') this.lastEvaluation = reply.evaluation
    const evaluation = this.lastEvaluation
    if (evaluation === undefined) {
      this.fail(from, 'the checker answered "unchanged" before sending any evaluation')
      return
    }
    this.stopWatchdog()
    this.inFlight = null
    if (reply.revision >= this.latestRevision) {
      this.opts.onResult(reply.revision, evaluation, reply.durationMs)
      this.opts.onStatus('ok')
    }
    this.sendQueued()
  }

  /** Restarts the worker and re-sends the whole latest design. */
  private fail(from: WorkerLike, detail: string): void {
    if (from !== this.worker || this.disposed) return
    this.stopWatchdog()
    this.restarts++
    this.opts.onStatus('paused', detail)
    from.terminate()
    this.worker = null
    this.design.reset()
    this.lastEvaluation = undefined
    const retry = this.queued ?? this.inFlight
    this.queued = null
    this.inFlight = null
    if (retry) {
      // Back off a little after repeated failures so a design that crashes the engine does not spin.
      const delay = Math.min(2000, 100 * 2 ** Math.min(this.restarts - 1, 4))
      this.inFlight = retry
      this.setTimer(() => {
        if (this.disposed) return
        this.inFlight = null
        if (this.queued) this.sendQueued()
        else this.send(retry)
      }, delay)
    }
  }

  private sendQueued(): void {
    const next = this.queued
    this.queued = null
    if (next) this.send(next)
  }

  private stopWatchdog(): void {
    if (this.watchdog !== null) this.clearTimer(this.watchdog)
    this.watchdog = null
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message)
  return String(e)
}
