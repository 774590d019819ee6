// The shape of a rule's fixture file: designs on which the rule must fire and close variants on
// which it must stay quiet. tests/unit/rules/catalogue.test.ts runs every case file against the
// engine and fails for any rule of the registry without both kinds of case.
import type { DesignDocument } from '../../../../src/shared/model/document'
import type { EvaluationOptions } from '../../../../src/shared/rules/context'

export interface RuleCase {
  readonly name: string
  readonly design: () => DesignDocument
  readonly options?: EvaluationOptions
  /** For "fires" cases: the node id the finding must name, when it matters. */
  readonly nodeId?: string
  /** For "fires" cases: the severity expected for this case. */
  readonly severity?: 'error' | 'warning' | 'info'
}

export interface RuleCases {
  readonly fires: readonly RuleCase[]
  readonly quiet: readonly RuleCase[]
}
