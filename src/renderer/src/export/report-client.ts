// Builds the design report in a Web Worker of its own (report.worker.ts), so the UI thread stays
// responsive while a large design is evaluated and drawn (seconds at 20,000 elements). A dedicated
// worker rather than a "build report" request to the rules worker: that worker answers every edit
// within milliseconds and is restarted by its client when it does not answer within 5 s, so a long
// report would stall the findings and could be cut short; and the report renderer is only loaded
// when a report is exported, instead of with the rules worker at every start. The price is one copy
// of the design sent to the new worker per export. Framework-free so it is tested with a fake worker.
import type { ReportReply, ReportRequest } from './report-build'

/** The part of `Worker` the client uses. */
export interface ReportWorkerLike {
  postMessage(message: ReportRequest): void
  terminate(): void
  onmessage: ((event: { data: ReportReply }) => void) | null
  onerror: ((event: unknown) => void) | null
}

function createReportWorker(): ReportWorkerLike {
  // The Worker's own event types are wider than the structural ReportWorkerLike.
  return new Worker(new URL('./report.worker.ts', import.meta.url), {
    type: 'module',
    name: 'report',
  }) as unknown as ReportWorkerLike
}

/** The report's HTML, built in a new worker that is ended once it answers or fails. */
export function buildReportInWorker(
  request: ReportRequest,
  createWorker: () => ReportWorkerLike = createReportWorker,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = createWorker()
    worker.onmessage = ({ data }) => {
      worker.terminate()
      if (data.type === 'report') resolve(data.html)
      else reject(new Error(data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      const message =
        typeof event === 'object' && event !== null && 'message' in event
          ? String((event as { message: unknown }).message)
          : 'the report worker stopped'
      reject(new Error(message))
    }
    try {
      worker.postMessage(request)
    } catch (e) {
      worker.terminate()
      reject(e instanceof Error ? e : new Error(String(e)))
    }
  })
}
