// The report worker's work, as a plain function: a fresh evaluation of the design and the design
// report's HTML (src/shared/report) for the date and file name the caller passes; failures come back
// as a message rather than an exception. Runs in the report worker (report.worker.ts); framework-free
// so it is tested in Node.
import type { DesignDocument } from '../../../shared/model/document'
import { renderReportHtml } from '../../../shared/report/report-html'
import { evaluateDesign } from '../../../shared/rules/engine'

export interface ReportRequest {
  readonly doc: DesignDocument
  /** The design file's name as shown on the cover. */
  readonly fileName: string
  /**
   * Today, YYYY-MM-DD, as main's clock gives it (the worker reads none): printed on the cover, and
   * the evaluation date of a design that has none of its own, as in the canvas's findings.
   */
  readonly generatedOn: string
}

export type ReportReply =
  { readonly type: 'report'; readonly html: string } | { readonly type: 'error'; readonly message: string }

export function buildReport({ doc, fileName, generatedOn }: ReportRequest): ReportReply {
  try {
    return {
      type: 'report',
      html: renderReportHtml({
        doc,
        evaluation: evaluateDesign(doc, { today: generatedOn }),
        fileName,
        generatedOn,
      }),
    }
  } catch (e) {
    return { type: 'error', message: e instanceof Error ? e.message : String(e) }
  }
}
