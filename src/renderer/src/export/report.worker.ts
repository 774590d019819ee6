// The report worker: builds one design report (report-build.ts) off the UI thread and answers with
// its HTML. Started for each Export ▸ Report by report-client.ts and ended when it has answered.
// Runs in a module Web Worker.
import '../platform/zod-config'
import { buildReport, type ReportReply, type ReportRequest } from './report-build'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReportRequest>) => void) | null
  postMessage: (m: ReportReply) => void
}

scope.onmessage = (event) => scope.postMessage(buildReport(event.data))
