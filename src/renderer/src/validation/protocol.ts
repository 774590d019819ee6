// Messages between the renderer and the rules worker. Every request carries the design's revision;
// the worker echoes it so the client can drop answers for designs that have changed since.
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'

export interface EvaluateRequest {
  readonly type: 'evaluate'
  readonly revision: number
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
}

export type WorkerReply =
  | {
      readonly type: 'result'
      readonly revision: number
      readonly evaluation: Evaluation
      readonly durationMs: number
    }
  | { readonly type: 'error'; readonly revision: number; readonly message: string }
