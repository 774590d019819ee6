// The one-off evaluations (presentation steps, exports at ×1) in a rules worker of their own: each
// answer reaches the request that asked for it, later designs travel as differences, an abandoned
// request is never sent, and a worker that fails, stops or hangs rejects the request with the reason
// and is replaced; after a minute without work the worker is ended.
import { beforeEach, describe, expect, it } from 'vitest'
import { SnapshotEvaluator } from '../../../src/renderer/src/validation/snapshot-evaluator'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { designAtPhase } from '../../../src/shared/picture/design-at-phase'
import { fixture } from '../../../src/shared/testing/fixture'
import { FakeRulesWorker, manualTimers } from '../../support/fake-rules-worker'
import { TEST_TODAY } from '../../support/today'

function raise(message: string): never {
  throw new Error(message)
}

const doc = fixture('contoso').build()
const today = designAtPhase(doc, 'today')
const pilot = designAtPhase(doc, 'pilot')

describe('SnapshotEvaluator', () => {
  let workers: FakeRulesWorker[]
  let timers: ReturnType<typeof manualTimers>
  let evaluator: SnapshotEvaluator

  beforeEach(() => {
    workers = []
    timers = manualTimers()
    evaluator = new SnapshotEvaluator({
      createWorker: () => {
        const w = new FakeRulesWorker()
        workers.push(w)
        return w
      },
      timeoutMs: 30_000,
      idleMs: 60_000,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    })
  })

  const fire = (ms: number) => timers.fire(ms)
  const worker = (i: number) => workers[i] ?? raise(`no worker ${i}`)

  it('starts no worker before the first request, and answers it with the evaluation of the design sent', async () => {
    expect(workers).toHaveLength(0)
    const answer = evaluator.evaluate(pilot, { today: TEST_TODAY })
    expect(workers).toHaveLength(1)
    expect(worker(0).messages[0]?.options).toEqual({ today: TEST_TODAY })
    expect(worker(0).messages[0]?.design.kind).toBe('full')
    worker(0).answer()
    expect(await answer).toEqual(evaluateDesign(pilot, { today: TEST_TODAY }))
  })

  it('sends one request at a time, in order, each answer to its own request', async () => {
    const first = evaluator.evaluate(today)
    const second = evaluator.evaluate(pilot)
    expect(worker(0).messages).toHaveLength(1)
    worker(0).answer()
    expect((await first).summary).toEqual(evaluateDesign(today).summary)
    expect(worker(0).messages).toHaveLength(2)
    worker(0).answer()
    expect((await second).summary).toEqual(evaluateDesign(pilot).summary)
    expect(workers).toHaveLength(1)
  })

  it('sends a later design as what changed: the elements the next step adds', async () => {
    const first = evaluator.evaluate(today)
    worker(0).answer()
    await first
    const second = evaluator.evaluate(pilot)
    const delta = worker(0).messages[1]?.design
    if (delta?.kind !== 'delta') throw new Error('the second design went whole')
    const added = pilot.nodes.filter((n) => !today.nodes.some((t) => t.id === n.id))
    expect(delta.nodes.changed.map((n) => n.id)).toEqual(added.map((n) => n.id))
    worker(0).answer()
    expect((await second).capacity).toEqual(evaluateDesign(pilot).capacity)
  })

  it("resolves an 'unchanged' answer with the evaluation the worker sent before", async () => {
    const first = evaluator.evaluate(today, { today: TEST_TODAY })
    worker(0).answer()
    const again = evaluator.evaluate(today, { today: TEST_TODAY })
    worker(0).answer()
    expect(await again).toBe(await first)
    expect(await again).toEqual(evaluateDesign(today, { today: TEST_TODAY }))
  })

  it('never sends a request abandoned while it waits, and rejects it at once', async () => {
    const first = evaluator.evaluate(today)
    const leaving = new AbortController()
    const left = evaluator.evaluate(pilot, {}, leaving.signal)
    const last = evaluator.evaluate(doc)
    leaving.abort()
    await expect(left).rejects.toThrow()
    worker(0).answer()
    await first
    expect(worker(0).messages).toHaveLength(2)
    worker(0).answer()
    expect((await last).summary).toEqual(evaluateDesign(doc).summary)
  })

  it('rejects a request abandoned in flight at once; the next waits for the worker to finish it', async () => {
    const leaving = new AbortController()
    const left = evaluator.evaluate(today, {}, leaving.signal)
    const next = evaluator.evaluate(pilot)
    leaving.abort()
    await expect(left).rejects.toThrow()
    expect(worker(0).messages).toHaveLength(1)
    worker(0).answer()
    expect(worker(0).messages).toHaveLength(2)
    worker(0).answer()
    expect((await next).summary).toEqual(evaluateDesign(pilot).summary)
  })

  it("rejects with the engine's message, and sends the next design whole", async () => {
    const failing = evaluator.evaluate(today)
    worker(0).fail('Cannot read properties of undefined')
    await expect(failing).rejects.toThrow('Cannot read properties of undefined')
    const next = evaluator.evaluate(pilot)
    expect(worker(0).messages[1]?.design.kind).toBe('full')
    worker(0).answer()
    await expect(next).resolves.toBeDefined()
  })

  it('rejects a request not answered within the time allowed, and replaces the worker', async () => {
    const hanging = evaluator.evaluate(doc)
    const next = evaluator.evaluate(pilot)
    fire(30_000)
    await expect(hanging).rejects.toThrow('the checker did not answer within 30 s')
    expect(worker(0).terminated).toBe(true)
    expect(workers).toHaveLength(2)
    expect(worker(1).messages[0]?.design.kind).toBe('full')
    worker(1).answer()
    expect((await next).summary).toEqual(evaluateDesign(pilot).summary)
  })

  it('rejects when the worker stops, and starts a new one for the next request', async () => {
    const stopped = evaluator.evaluate(doc)
    worker(0).onerror?.({ message: 'Uncaught RangeError: out of memory' })
    await expect(stopped).rejects.toThrow('the checker stopped: Uncaught RangeError: out of memory')
    expect(worker(0).terminated).toBe(true)
    const next = evaluator.evaluate(doc)
    expect(workers).toHaveLength(2)
    worker(1).answer()
    await expect(next).resolves.toBeDefined()
  })

  it('ends the worker after a minute without work, and starts a new one when asked again', async () => {
    const first = evaluator.evaluate(today)
    worker(0).answer()
    await first
    expect(worker(0).terminated).toBe(false)
    fire(60_000)
    expect(worker(0).terminated).toBe(true)
    const again = evaluator.evaluate(pilot)
    expect(workers).toHaveLength(2)
    expect(worker(1).messages[0]?.design.kind).toBe('full')
    worker(1).answer()
    await again
  })

  it('keeps the worker while requests keep coming', async () => {
    const first = evaluator.evaluate(today)
    worker(0).answer()
    await first
    const second = evaluator.evaluate(pilot)
    fire(60_000)
    expect(worker(0).terminated).toBe(false)
    worker(0).answer()
    await second
    expect(workers).toHaveLength(1)
  })
})
