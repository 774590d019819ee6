// The app's report export off the UI thread: the report worker's work (report-build.ts) is the
// design report of a fresh evaluation with the date and file name the caller passes, and failures
// come back as messages; the client (report-client.ts) sends the design to a new worker, resolves
// with its HTML, and ends the worker whether it answered, failed or crashed.
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  type ReportReply,
  type ReportRequest,
} from '../../../src/renderer/src/export/report-build'
import { buildReportInWorker, type ReportWorkerLike } from '../../../src/renderer/src/export/report-client'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'

/** A worker that runs the real build on a copy of what it is sent, a task later, as a Worker would. */
class FakeWorker implements ReportWorkerLike {
  onmessage: ((event: { data: ReportReply }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  received: ReportRequest[] = []
  terminated = false
  constructor(private readonly behaviour: 'build' | 'crash' = 'build') {}
  postMessage(message: ReportRequest): void {
    const copy = structuredClone(message)
    this.received.push(copy)
    setTimeout(() => {
      if (this.behaviour === 'crash') this.onerror?.({ message: 'Uncaught RangeError: out of memory' })
      else this.onmessage?.({ data: buildReport(copy) })
    }, 0)
  }
  terminate(): void {
    this.terminated = true
  }
}

const request = (): ReportRequest => ({
  doc: fixture('contoso').build(),
  fileName: 'contoso.cmgd',
  generatedOn: '2031-02-03',
})

describe('the report worker', () => {
  it('builds the report of a fresh evaluation, dated and named as the caller says', () => {
    const reply = buildReport(request())
    if (reply.type !== 'report') throw new Error(reply.message)
    expect(reply.html).toMatch(/^<!DOCTYPE html>/)
    expect(reply.html).toContain('Report generated</dt><dd>2031-02-03</dd>')
    expect(reply.html).toContain('contoso.cmgd')
    const { findings } = evaluateDesign(request().doc)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings.filter((x) => !x.suppressed)) expect(reply.html).toContain(f.ruleId)
  })

  it('answers with an error message instead of throwing', () => {
    const broken = { ...request(), doc: { ...request().doc, nodes: null } } as unknown as ReportRequest
    const reply = buildReport(broken)
    expect(reply.type).toBe('error')
    expect(reply.type === 'error' && reply.message).not.toBe('')
  })
})

describe('building the report in a worker', () => {
  it('sends the design, date and file name to a new worker, resolves with its report and ends it', async () => {
    const worker = new FakeWorker()
    const html = await buildReportInWorker(request(), () => worker)
    expect(worker.received).toEqual([request()])
    expect(html).toBe((buildReport(request()) as { html: string }).html)
    expect(worker.terminated).toBe(true)
  })

  it('rejects with the reason and ends the worker when the build fails or the worker crashes', async () => {
    const failing = new FakeWorker()
    const broken = { ...request(), doc: { ...request().doc, nodes: null } } as unknown as ReportRequest
    await expect(buildReportInWorker(broken, () => failing)).rejects.toThrow(/\S/)
    expect(failing.terminated).toBe(true)

    const crashing = new FakeWorker('crash')
    await expect(buildReportInWorker(request(), () => crashing)).rejects.toThrow('out of memory')
    expect(crashing.terminated).toBe(true)
  })
})
