// The rules worker client: answers for old revisions are dropped, only the newest queued design is
// sent, an 'unchanged' answer stands for the evaluation the worker sent last, and a worker that
// errors, throws or hangs is restarted with the whole latest design while the status says "paused".
import { beforeEach, describe, expect, it } from 'vitest'
import type { CheckingStatus } from '../../../src/renderer/src/store/findings'
import { ValidationClient } from '../../../src/renderer/src/validation/client'
import type { DesignDocument } from '../../../src/shared/model/document'
import { newDesign } from '../../../src/shared/model/factory'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'
import { FakeRulesWorker, manualTimers } from '../../support/fake-rules-worker'

const design = newDesign('2026-11-26')

/** The design with a note added (a note is read by no rule). */
function addNote(doc: DesignDocument, text: string): DesignDocument {
  const note = { id: 'note-1', kind: 'note', name: '', position: { x: 0, y: 0 }, props: { text } }
  return { ...doc, nodes: [...doc.nodes, note as DesignDocument['nodes'][number]] }
}

/** The same design with the note's text replaced, as the document store replaces an element. */
function renoted(doc: DesignDocument, text: string): DesignDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.kind === 'note' ? { ...n, props: { text } } : n)) }
}
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

  it("answers an edit no rule reads ('unchanged') with the evaluation the worker sent before", () => {
    const shown: [number, Evaluation][] = []
    const w = new FakeRulesWorker()
    const quiet = new ValidationClient({
      createWorker: () => w,
      onResult: (revision, result) => shown.push([revision, result]),
      onStatus: () => {},
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    })
    const withNote = addNote(design, 'Before the workshop')
    quiet.submit(withNote, 1)
    w.answer()
    quiet.submit(renoted(withNote, 'After the workshop'), 2)
    w.answer()
    expect(w.messages[1]?.design).toMatchObject({ kind: 'delta', nodes: { changed: [{ kind: 'note' }] } })
    expect(shown.map(([revision]) => revision)).toEqual([1, 2])
    expect(shown[1]![1]).toBe(shown[0]![1])
  })

  it("restarts a worker that answers 'unchanged' before it sent any evaluation", () => {
    client.submit(design, 1)
    workers[0]!.unchanged(1)
    expect(workers[0]!.terminated).toBe(true)
    expect(statuses).toContain('paused')
    expect(results).toEqual([])
    fire(100)
    workers[1]!.answer()
    expect(results).toEqual([1])
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
