// The rules engine API: evaluate a design and get findings (with suppressions applied), capacity
// per node, the cost estimate and the growth headroom. Pure and deterministic: no clock, no
// randomness (the evaluation date comes from the design, else from the host's `today` option),
// findings sorted stably. The same code runs in the renderer's worker and in the CLI.
// traceEvaluation also keeps what each part of the evaluation read, so that the next evaluation of
// an edited design can re-run only the parts the edit can change (incremental.ts).
import type { DesignDocument } from '../model/document'
import type { CmVersion } from '../model/versions'
import { computeCapacity } from './capacity'
import { RuleContext, type EvaluationOptions, type Tracked } from './context'
import { estimateCost, type CostEstimate } from './cost'
import { RULES } from './registry'
import { docLinks } from './sources'
import { SEVERITY_ORDER, type CapacityRow, type Finding, type Rule, type RuleHit } from './types'

export interface EvaluationSummary {
  readonly errors: number
  readonly warnings: number
  readonly info: number
  readonly suppressed: number
}

export interface Evaluation {
  readonly cmVersion: CmVersion
  readonly growth: number
  readonly findings: readonly Finding[]
  readonly capacity: readonly CapacityRow[]
  readonly cost: CostEstimate
  readonly summary: EvaluationSummary
}

export function ruleApplies(rule: Rule, v: CmVersion): boolean {
  return (
    (rule.versions.min === undefined || v >= rule.versions.min) &&
    (rule.versions.max === undefined || v <= rule.versions.max)
  )
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    ((a.nodeIds[0] ?? '') < (b.nodeIds[0] ?? '')
      ? -1
      : (a.nodeIds[0] ?? '') > (b.nodeIds[0] ?? '')
        ? 1
        : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

/** What a rule found, or one finding saying it could not be checked: a defect in one rule must not hide every other finding. */
function hitsOf(rule: Rule, ctx: RuleContext): readonly RuleHit[] {
  try {
    return rule.evaluate(ctx)
  } catch (e) {
    return [
      {
        nodeIds: [],
        severity: 'warning',
        message: `This rule could not be checked (${e instanceof Error ? e.message : String(e)}). Please report it.`,
      },
    ]
  }
}

/** Findings from each rule's hits, with the design's suppressions applied, sorted. */
function findingsOf(
  hitsByRule: ReadonlyMap<Rule, readonly RuleHit[]>,
  suppressed: DesignDocument['suppressions'],
  v: CmVersion,
): Finding[] {
  const suppressions = new Map<string, string>()
  for (const s of suppressed) suppressions.set(`${s.ruleId}\u0000${s.nodeId}`, s.reason)
  const findings: Finding[] = []
  for (const [rule, hits] of hitsByRule) {
    const docs = docLinks(rule.sources)
    for (const hit of hits) {
      let reason: string | undefined
      for (const id of hit.nodeIds) {
        reason = suppressions.get(`${rule.id}\u0000${id}`)
        if (reason !== undefined) break
      }
      findings.push({
        ruleId: rule.id,
        severity: hit.severity ?? rule.severity(v),
        category: rule.category,
        title: rule.title,
        nodeIds: hit.nodeIds,
        message: hit.message,
        fix: hit.fix ?? rule.fix,
        docs,
        suppressed: reason !== undefined,
        ...(reason !== undefined ? { suppressionReason: reason } : {}),
      })
    }
  }
  return findings.sort(compareFindings)
}

export function summarize(findings: readonly Finding[]): EvaluationSummary {
  let errors = 0
  let warnings = 0
  let info = 0
  let suppressed = 0
  for (const f of findings) {
    if (f.suppressed) suppressed++
    else if (f.severity === 'error') errors++
    else if (f.severity === 'warning') warnings++
    else info++
  }
  return { errors, warnings, info, suppressed }
}

/**
 * An evaluation with, for each of its parts (every rule that applies, the capacity rows, the cost),
 * what the part returned and the kinds of element it read: what incremental.ts needs to re-run
 * only the parts an edit can change.
 */
export interface TracedEvaluation {
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
  readonly evaluation: Evaluation
  readonly rules: ReadonlyMap<Rule, Tracked<readonly RuleHit[]>>
  readonly capacity: Tracked<readonly CapacityRow[]>
  readonly cost: Tracked<CostEstimate>
}

/**
 * Evaluates `doc`. With `reuse`, the evaluation of an earlier version of the same design that
 * differs from `doc` only in the properties of elements of the kinds in `reuse.changedKinds`
 * (KIND_BIT bits; same options, settings, suppressions, connections and element ids, kinds and
 * parents): a part that read none of those kinds keeps its earlier result.
 */
export function traceEvaluation(
  doc: DesignDocument,
  options: EvaluationOptions = {},
  reuse?: { readonly previous: TracedEvaluation; readonly changedKinds: number },
  /** The rules to run: the catalogue's (a test adds a defective one). */
  catalogue: readonly Rule[] = RULES,
): TracedEvaluation {
  let context: RuleContext | undefined
  const ctx = (): RuleContext => (context ??= new RuleContext(doc, options))
  let rerun = false
  const part = <T>(earlier: Tracked<T> | undefined, run: (c: RuleContext) => T): Tracked<T> => {
    if (earlier !== undefined && reuse !== undefined && (earlier.reads & reuse.changedKinds) === 0)
      return earlier
    rerun = true
    const c = ctx()
    return c.tracked(() => run(c))
  }

  const v = options.cmVersion ?? doc.design.cmVersion
  const rules = new Map<Rule, Tracked<readonly RuleHit[]>>()
  for (const rule of catalogue)
    if (ruleApplies(rule, v))
      rules.set(
        rule,
        part(reuse?.previous.rules.get(rule), (c) => hitsOf(rule, c)),
      )
  const capacity = part(reuse?.previous.capacity, computeCapacity)
  const cost = part(reuse?.previous.cost, estimateCost)
  if (!rerun && reuse !== undefined) return { ...reuse.previous, doc, options }

  const hitsByRule = new Map<Rule, readonly RuleHit[]>()
  for (const [rule, hits] of rules) hitsByRule.set(rule, hits.value)
  const findings = findingsOf(hitsByRule, doc.suppressions, v)
  const evaluation: Evaluation = {
    cmVersion: v,
    growth: options.growth ?? 1,
    findings,
    capacity: capacity.value,
    cost: cost.value,
    summary: summarize(findings),
  }
  return { doc, options, evaluation, rules, capacity, cost }
}

export function evaluateDesign(doc: DesignDocument, options: EvaluationOptions = {}): Evaluation {
  return traceEvaluation(doc, options).evaluation
}
