// @vitest-environment happy-dom
// The rules worker's wiring: the open design is evaluated when it is loaded, after every committed
// edit and undo, and when the what-if growth changes — never for drag frames — and each answer lands
// in the findings store with the document revision it belongs to (an answer overtaken by a newer
// request is dropped).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startValidation } from '../../../src/renderer/src/validation/useValidation'
import {
  commitLiveGeometry,
  loadOpened,
  setLivePositions,
  undo,
  updateNodeProps,
  useDocument,
} from '../../../src/renderer/src/store/document'
import { setGrowth, useFindings } from '../../../src/renderer/src/store/findings'
import { fixture } from '../../../src/shared/testing/fixture'
import { FakeRulesWorker } from '../../support/fake-rules-worker'
import { TEST_TODAY } from '../../support/today'

// The web adapter's clock (platform/web-adapter.ts) answers app:info in this DOM: pin it.
beforeAll(() => {
  window.__cmgToday = TEST_TODAY
})

const ruleIds = () => useFindings.getState().evaluation?.findings.map((f) => f.ruleId) ?? []

describe('validation wiring', () => {
  let worker: FakeRulesWorker
  let stop: () => void

  beforeEach(() => {
    useFindings.setState({ growth: 1, evaluation: null, revision: -1, byNode: new Map() })
    loadOpened({
      ok: true,
      handle: 'h1',
      fileName: 'contoso.cmgd',
      hasFile: true,
      doc: fixture('contoso').build(),
      dirty: false,
    })
    worker = new FakeRulesWorker()
    stop = startValidation(() => worker)
  })

  afterEach(() => stop())

  it('evaluates the design on start and after an edit and its undo, with their revisions', () => {
    expect(worker.pending).toHaveLength(1)
    worker.answer()
    expect(useFindings.getState().revision).toBe(useDocument.getState().revision)
    expect(useFindings.getState().status).toBe('ok')
    expect(ruleIds()).not.toContain('CMG-HA-001')

    expect(updateNodeProps('cmg-granitefalls', { vmCount: 1 }).ok).toBe(true)
    expect(useFindings.getState().status).toBe('checking')
    worker.answer()
    expect(ruleIds()).toContain('CMG-HA-001')
    expect(useFindings.getState().byNode.get('cmg-granitefalls')?.worst).toBe('warning')

    undo()
    worker.answer()
    expect(ruleIds()).not.toContain('CMG-HA-001')
    expect(window.__cmgFindings?.evaluationCount).toBe(3)
    expect(window.__cmgFindings?.revision).toBe(useDocument.getState().revision)
  })

  it('sends nothing for drag frames, once at the end of the drag', () => {
    worker.answer()
    const sent = window.__cmgFindings?.submitted
    for (let x = 0; x < 20; x++) setLivePositions(new Map([['pop-roaming', { x: -340 + x * 4, y: 60 }]]))
    expect(window.__cmgFindings?.submitted).toBe(sent)
    commitLiveGeometry(new Map([['pop-roaming', { x: -260, y: 60 }]]))
    expect(window.__cmgFindings?.submitted).toBe((sent ?? 0) + 1)
  })

  it('re-evaluates at a new growth factor without touching the design', () => {
    worker.answer()
    const revision = useDocument.getState().revision
    setGrowth(1.6)
    expect(worker.pending.at(-1)?.options).toMatchObject({ growth: 1.6 })
    worker.answer()
    expect(ruleIds()).toContain('CMG-CAP-001')
    expect(useFindings.getState().evaluation?.growth).toBe(1.6)
    expect(useDocument.getState().revision).toBe(revision)
  })

  it('opening another design ends the what-if, with a single evaluation', () => {
    worker.answer()
    setGrowth(1.6)
    worker.answer()
    const sent = window.__cmgFindings?.submitted ?? 0
    loadOpened({
      ok: true,
      handle: 'h2',
      fileName: 'fourth-coffee.cmgd',
      hasFile: true,
      doc: fixture('fourth-coffee').build(),
      dirty: false,
    })
    expect(useFindings.getState().growth).toBe(1)
    expect(window.__cmgFindings?.submitted).toBe(sent + 1)
    expect(worker.pending.at(-1)?.options).toEqual({ growth: 1 })
    expect(worker.pending.at(-1)?.doc.nodes.some((n) => n.id === 'cmg-fc')).toBe(true)
  })

  it('reports a failed worker as paused, then restarts it with the latest design', async () => {
    worker.answer()
    const failed = worker
    const restarted = new FakeRulesWorker()
    stop()
    let created = 0
    stop = startValidation(() => (created++ === 0 ? failed : restarted))
    failed.onerror?.({ message: 'out of memory' })
    expect(useFindings.getState().status).toBe('paused')
    expect(useFindings.getState().statusDetail).toBe('the checker stopped: out of memory')
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(restarted.pending).toHaveLength(1)
    restarted.answer()
    expect(useFindings.getState().status).toBe('ok')
    expect(window.__cmgFindings?.restarts).toBe(1)
  })

  it('drops an answer overtaken by a newer request of the same revision', () => {
    worker.answer()
    setGrowth(2)
    // The growth-2 request is in flight; moving back to 1 queues another for the same revision.
    setGrowth(1)
    worker.answer()
    expect(window.__cmgFindings?.evaluationCount).toBe(1)
    expect(worker.pending).toHaveLength(1)
    worker.answer()
    expect(window.__cmgFindings?.evaluationCount).toBe(2)
    expect(useFindings.getState().evaluation?.growth).toBe(1)
    expect(ruleIds()).not.toContain('CMG-CAP-001')
  })
  it("checks a design without an evaluation date on main's date", async () => {
    worker.answer()
    const undated = fixture('contoso').design({ cmVersion: 2006 }).build()
    delete (undated.design as { evaluationDate?: string }).evaluationDate
    loadOpened({ ok: true, handle: 'h2', fileName: 'old.cmgd', hasFile: true, doc: undated, dirty: false })
    // The worker gets one request at a time; answer each until the one with main's date has come.
    await vi.waitFor(() => {
      while (worker.pending.length > 0) worker.answer()
      const version = useFindings.getState().evaluation?.findings.find((f) => f.ruleId === 'CMG-VER-001')
      expect(version?.message).toContain(`today's date, ${TEST_TODAY}, was used`)
    })
  })
})
