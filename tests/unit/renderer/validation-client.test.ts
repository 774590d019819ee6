// The rules worker client: answers for old revisions are dropped, only the newest queued design is
// sent, and a worker that errors, throws or hangs is restarted with the whole latest design while
// the status says "paused".
import { beforeEach, describe, expect, it } from 'vitest'
import type { CheckingStatus } from '../../../src/renderer/src/store/findings'
import { ValidationClient } from '../../../src/renderer/src/validation/client'
import { newDesign } from '../../../src/shared/model/factory'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'
import { FakeRulesWorker, manualTimers } from '../../support/fake-rules-worker'

const design = newDesign('2026-11-26')
let cached: Evaluation | undefined
const evaluation = () => (cached ??= evaluateDesign(design))

describe('ValidationClient', () => {
  let workers: FakeRulesWorker[]
  let results: number[]
  let statuses: CheckingStatus[]
  let timers: ReturnType<typeof manualTimers>
  let client: ValidationClient

  beforeEach(() => {
    workers = []
    results = []
    statuses = []
    timers = manualTimers()
    client = new ValidationClient({
      createWorker: () => {
        const w = new FakeRulesWorker()
        workers.push(w)
        return w
      },
      onResult: (revision) => results.push(revision),
      onStatus: (s) => statuses.push(s),
      timeoutMs: 5000,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    })
  })

  const fire = (ms: number) => timers.fire(ms)

  it('sends a design with its revision and reports the result', () => {
    client.submit(design, 1)
    expect(workers[0]?.received.map((r) => r.revision)).toEqual([1])
    workers[0]?.reply(1, evaluation())
    expect(results).toEqual([1])
    expect(statuses).toEqual(['checking', 'ok'])
  })

  it('keeps one request in flight and sends only the newest queued design', () => {
    client.submit(design, 1)
    client.submit(design, 2)
    client.submit(design, 3)
    const w = workers[0]!
    expect(w.received.map((r) => r.revision)).toEqual([1])
    w.reply(1, evaluation())
    expect(w.received.map((r) => r.revision)).toEqual([1, 3])
    w.reply(3, evaluation())
    expect(results).toEqual([3])
  })

  it('drops an answer for an older revision', () => {
    client.submit(design, 1)
    client.submit(design, 2)
    workers[0]!.reply(1, evaluation())
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
    workers[1]!.reply(4, evaluation())
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
    dead.reply(1, evaluation())
    expect(results).toEqual([])
    fire(100)
    workers[1]!.reply(1, evaluation())
    expect(results).toEqual([1])
  })
})
