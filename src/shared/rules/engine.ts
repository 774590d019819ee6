// The rules engine API: evaluate a design and get findings (with suppressions applied), capacity
// per node, the cost estimate and the growth headroom. Pure and deterministic: no clock, no
// randomness (the evaluation date comes from the design, else from the host's `today` option),
// findings sorted stably. The same code runs in the renderer's worker and in the CLI.
import type { DesignDocument } from '../model/document'
import type { CmVersion } from '../model/versions'
import { computeCapacity } from './capacity'
import { RuleContext, type EvaluationOptions } from './context'
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

/** Runs every rule that applies to the version; a rule that throws is reported, not fatal. */
export function evaluateFindings(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const suppressions = new Map<string, string>()
  for (const s of ctx.doc.suppressions) suppressions.set(`${s.ruleId}\u0000${s.nodeId}`, s.reason)
  const findings: Finding[] = []
  for (const rule of rules) {
    if (!ruleApplies(rule, ctx.v)) continue
    const docs = docLinks(rule.sources)
    let hits: readonly RuleHit[]
    try {
      hits = rule.evaluate(ctx)
    } catch (e) {
      // A defect in one rule must not hide every other finding: report it as a finding of its own.
      hits = [
        {
          nodeIds: [],
          severity: 'warning',
          message: `This rule could not be checked (${e instanceof Error ? e.message : String(e)}). Please report it.`,
        },
      ]
    }
    for (const hit of hits) {
      let reason: string | undefined
      for (const id of hit.nodeIds) {
        reason = suppressions.get(`${rule.id}\u0000${id}`)
        if (reason !== undefined) break
      }
      findings.push({
        ruleId: rule.id,
        severity: hit.severity ?? rule.severity(ctx.v),
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

export function evaluateDesign(doc: DesignDocument, options: EvaluationOptions = {}): Evaluation {
  const ctx = new RuleContext(doc, options)
  const findings = evaluateFindings(ctx)
  return {
    cmVersion: ctx.v,
    growth: ctx.growth,
    findings,
    capacity: computeCapacity(ctx),
    cost: estimateCost(ctx),
    summary: summarize(findings),
  }
}
