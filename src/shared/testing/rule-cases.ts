// The shape of a rule's cases file (catalogue/<prefix>/<RULE-ID>.cases.ts, beside the rule): designs
// on which the rule must fire and close variants on which it must stay quiet. Pure types;
// tests/unit/rules/catalogue.test.ts runs every cases file against the engine and fails for a rule
// without both kinds of case, or a cases file without its rule.
import type { DesignDocument } from '../model/document'
import type { EvaluationOptions } from '../rules/context'

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
