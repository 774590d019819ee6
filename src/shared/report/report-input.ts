// What the design report is made from: the design, its evaluation, the file name and generation
// date for the cover, and optionally the app's own picture of the topology. Shared by the report's
// builder (report-html.ts) and its chapters (chapters/). Pure; runs in the renderer's report worker
// and in the CLI (`cmg-designer report`).
import type { DesignDocument } from '../model/document'
import type { Evaluation } from '../rules/engine'

export interface ReportInput {
  readonly doc: DesignDocument
  readonly evaluation: Evaluation
  /** The design file's name as shown on the cover, e.g. "contoso.cmgd". */
  readonly fileName: string
  /** The day the report is generated, YYYY-MM-DD (the report reads no clock). */
  readonly generatedOn: string
  /**
   * The picture to show instead of renderTopologySvg's: SVG markup produced by the app itself (for
   * example a capture of the canvas). It is inserted as is, so it must never contain unescaped user
   * text; markup that does not start with <svg or carries scripts, event handlers or embedded
   * documents is ignored in favour of the built-in picture.
   */
  readonly topologySvg?: string
}
