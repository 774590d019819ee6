// The rules worker client: answers for old revisions are dropped, only the newest queued design is
// sent, and a worker that errors, throws or hangs is restarted with the whole latest design while
// the status says "paused".
import { beforeEach, describe, expect, it } from 'vitest'
import type { CheckingStatus } from '../../../src/renderer/src/store/findings'
import { ValidationClient, type WorkerLike } from '../../../src/renderer/src/validation/client'
import { DesignReceiver } from '../../../src/renderer/src/validation/design-delta'
import type {
  EvaluateMessage,
  EvaluateRequest,
  WorkerReply,
} from '../../../src/renderer/src/validation/protocol'
import { newDesign } from '../../../src/shared/model/factory'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'

class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  /** What it received, with the design rebuilt as the real worker does. */
  received: EvaluateRequest[] = []
  /** What it received on the wire. */
  messages: EvaluateMessage[] = []
  terminated = false
  private readonly held = new DesignReceiver()
  postMessage(message: EvaluateMessage): void {
    this.messages.push(message)
    const { type, revision, options } = message
    this.received.push({ type, revision, options, doc: this.held.apply(message.design) })
  }
  terminate(): void {
    this.terminated = true
  }
  answer(revision: number): void {
    this.onmessage?.({ data: { type: 'result', revision, evaluation: evaluation(), durationMs: 1 } })
  }
}

const design = newDesign('2026-11-26')
let cached: Evaluation | undefined
const evaluation = () => (cached ??= evaluateDesign(design))

describe('ValidationClient', () => {
  let workers: FakeWorker[]
  let results: number[]
  let statuses: CheckingStatus[]
  let timers: { fn: () => void; ms: number; live: boolean }[]
  let client: ValidationClient

  beforeEach(() => {
    workers = []
    results = []
    statuses = []
    timers = []
    client = new ValidationClient({
      createWorker: () => {
        const w = new FakeWorker()
        workers.push(w)
        return w
      },
      onResult: (revision) => results.push(revision),
      onStatus: (s) => statuses.push(s),
      timeoutMs: 5000,
      setTimer: (fn, ms) => {
        const t = { fn, ms, live: true }
        timers.push(t)
        return t
      },
      clearTimer: (h) => {
        ;(h as { live: boolean }).live = false
      },
    })
  })

  const fire = (ms: number) => {
    for (const t of timers.filter((x) => x.live && x.ms === ms)) {
      t.live = false
      t.fn()
    }
  }

  it('sends a design with its revision and reports the result', () => {
    client.submit(design, 1)
    expect(workers[0]?.received.map((r) => r.revision)).toEqual([1])
    workers[0]?.answer(1)
    expect(results).toEqual([1])
    expect(statuses).toEqual(['checking', 'ok'])
  })

  it('keeps one request in flight and sends only the newest queued design', () => {
    client.submit(design, 1)
    client.submit(design, 2)
    client.submit(design, 3)
    const w = workers[0]!
    expect(w.received.map((r) => r.revision)).toEqual([1])
    w.answer(1)
    expect(w.received.map((r) => r.revision)).toEqual([1, 3])
    w.answer(3)
    expect(results).toEqual([3])
  })

  it('drops an answer for an older revision', () => {
    client.submit(design, 1)
    client.submit(design, 2)
    workers[0]!.answer(1)
    expect(results).toEqual([])
  })

  it('restarts a worker that reports an error, with the whole latest design', () => {
    client.submit(design, 4)
    workers[0]!.onmessage?.({ data: { type: 'error', revision: 4, message: 'boom' } })
    expect(workers[0]!.terminated).toBe(true)
    expect(statuses).toContain('paused')
    fire(100)
    expect(workers).toHaveLength(2)
    expect(workers[1]!.received.map((r) => [r.revision, r.doc])).toEqual([[4, design]])
    workers[1]!.answer(4)
    expect(results).toEqual([4])
    expect(client.restartCount).toBe(1)
  })

  it('restarts a worker that stops answering', () => {
    client.submit(design, 1)
    fire(5000)
    expect(statuses.at(-1)).toBe('paused')
    expect(workers[0]!.terminated).toBe(true)
    client.submit(design, 2)
    fire(100)
    expect(workers[1]!.received.map((r) => r.revision)).toEqual([2])
  })

  it('restarts after an uncaught error event and ignores the dead worker afterwards', () => {
    client.submit(design, 1)
    const dead = workers[0]!
    dead.onerror?.({ message: 'Uncaught TypeError' })
    dead.answer(1)
    expect(results).toEqual([])
    fire(100)
    workers[1]!.answer(1)
    expect(results).toEqual([1])
  })
})
