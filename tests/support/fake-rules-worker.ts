// Test doubles for the rules worker's clients (validation/client.ts, validation/snapshot-evaluator.ts
// and their wiring): a worker that keeps what it is sent, rebuilding each design from its delta and
// evaluating it incrementally as rules.worker.ts does (answering 'unchanged' when the evaluation is
// the one it sent last), and answers only when a test says so; and timers a test fires by hand.
import type { WorkerLike } from '../../src/renderer/src/validation/client'
import { DesignReceiver } from '../../src/renderer/src/validation/design-delta'
import type {
  EvaluateMessage,
  EvaluateRequest,
  WorkerReply,
} from '../../src/renderer/src/validation/protocol'
import type { Evaluation } from '../../src/shared/rules/engine'
import { IncrementalEvaluator } from '../../src/shared/rules/incremental'

export class FakeRulesWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  /** What it received on the wire. */
  readonly messages: EvaluateMessage[] = []
  /** What it received, with each design rebuilt as the real worker does. */
  readonly received: EvaluateRequest[] = []
  /** The requests not answered (nor failed) yet, oldest first. */
  readonly pending: EvaluateRequest[] = []
  terminated = false
  private readonly held = new DesignReceiver()
  private readonly evaluator = new IncrementalEvaluator()
  private lastSent: Evaluation | undefined

  postMessage(message: EvaluateMessage): void {
    this.messages.push(message)
    const { type, revision, options } = message
    const request: EvaluateRequest = { type, revision, options, doc: this.held.apply(message.design) }
    this.received.push(request)
    this.pending.push(request)
  }

  terminate(): void {
    this.terminated = true
  }

  /**
   * Answers the oldest pending request with the real engine's evaluation of its design, as the
   * worker does: 'unchanged' when it is the evaluation sent last.
   */
  answer(): void {
    const request = this.pending.shift()
    if (!request) throw new Error('nothing to answer')
    const evaluation = this.evaluator.evaluate(request.doc, request.options)
    if (evaluation === this.lastSent) this.unchanged(request.revision)
    else this.reply(request.revision, evaluation)
  }

  /** Says the evaluation of `revision` is the one sent last, asked for or not. */
  unchanged(revision: number): void {
    this.onmessage?.({ data: { type: 'unchanged', revision, durationMs: 1 } })
  }

  /** Fails the oldest pending request as a throwing engine would. */
  fail(message: string): void {
    const request = this.pending.shift()
    if (!request) throw new Error('nothing to fail')
    this.onmessage?.({ data: { type: 'error', revision: request.revision, message } })
  }

  /** Sends a result for `revision`, asked for or not. */
  reply(revision: number, evaluation: Evaluation): void {
    this.lastSent = evaluation
    this.onmessage?.({ data: { type: 'result', revision, evaluation, durationMs: 1 } })
  }
}

/** Timers that run only when the test fires them, by the delay they were set with. */
export function manualTimers() {
  const timers: { fn: () => void; ms: number; live: boolean }[] = []
  return {
    setTimer: (fn: () => void, ms: number): unknown => {
      const timer = { fn, ms, live: true }
      timers.push(timer)
      return timer
    },
    clearTimer: (handle: unknown): void => {
      ;(handle as { live: boolean }).live = false
    },
    /** Runs every live timer set with `ms`. */
    fire: (ms: number): void => {
      for (const timer of timers.filter((t) => t.live && t.ms === ms)) {
        timer.live = false
        timer.fn()
      }
    },
  }
}
