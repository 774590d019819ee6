// Messages between the renderer and the rules worker. Every request carries the design's revision;
// the worker echoes it so the client can drop answers for designs that have changed since (the
// one-off evaluator, snapshot-evaluator.ts, puts its request's number there). The client asks for an
// EvaluateRequest; on the wire the design travels as an EvaluateMessage, whose design is the
// difference from the one the worker already holds (design-delta.ts).
import type { DesignDocument } from '../../../shared/model/document'
import type { EvaluationOptions } from '../../../shared/rules/context'
import type { Evaluation } from '../../../shared/rules/engine'
import type { DesignDelta } from './design-delta'

export interface EvaluateRequest {
  readonly type: 'evaluate'
  readonly revision: number
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
}

export interface EvaluateMessage {
  readonly type: 'evaluate'
  readonly revision: number
  readonly design: DesignDelta
  readonly options: EvaluationOptions
}

export type WorkerReply =
  | {
      readonly type: 'result'
      readonly revision: number
      readonly evaluation: Evaluation
      readonly durationMs: number
    }
  /**
   * The evaluation of this revision is the very one the worker sent last (an edit no rule reads,
   * such as a note's text): nothing to copy, and the client keeps what it holds.
   */
  | { readonly type: 'unchanged'; readonly revision: number; readonly durationMs: number }
  | { readonly type: 'error'; readonly revision: number; readonly message: string }
