// Re-evaluates a design after an edit, re-running only the rules (and the capacity rows and cost)
// that read a kind of element the edit changed; every other rule keeps its findings. The result is
// always exactly what evaluateDesign would return (tests/property/incremental-evaluation.test.ts).
// Anything beyond property edits (elements added, removed, moved to another parent or reordered,
// connections, settings, suppressions, options) re-runs everything. Pure; the rules worker keeps one.
import type { DesignDocument } from '../model/document'
import { replacedInPlace } from '../model/replaced-in-place'
import { ALL_KINDS, KIND_BIT, type EvaluationOptions } from './context'
import { traceEvaluation, type Evaluation, type TracedEvaluation } from './engine'

function sameOptions(a: EvaluationOptions, b: EvaluationOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof EvaluationOptions>
  for (const key of keys) if (a[key] !== b[key]) return false
  return true
}

/**
 * The kinds of element (KIND_BIT bits) whose properties differ between two versions of a design,
 * or ALL_KINDS when they differ in anything else. Elements are compared by identity: an edit
 * replaces an element's object and never changes one in place.
 */
export function changedKinds(before: DesignDocument, after: DesignDocument): number {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (
      key !== 'nodes' &&
      key !== 'edges' &&
      before[key as keyof DesignDocument] !== after[key as keyof DesignDocument]
    )
      return ALL_KINDS
  if (replacedInPlace(before.edges, after.edges)?.length !== 0) return ALL_KINDS
  const replaced = replacedInPlace(before.nodes, after.nodes)
  if (replaced === undefined) return ALL_KINDS
  let kinds = 0
  for (const i of replaced) {
    const was = before.nodes[i]!
    const is = after.nodes[i]!
    if (was.kind !== is.kind || was.parentId !== is.parentId) return ALL_KINDS
    kinds |= KIND_BIT[is.kind]
  }
  return kinds
}

/** Evaluates successive versions of one design, each from the evaluation of the one before. */
export class IncrementalEvaluator {
  private last: TracedEvaluation | undefined

  evaluate(doc: DesignDocument, options: EvaluationOptions = {}): Evaluation {
    const previous = this.last
    const changed =
      previous === undefined || !sameOptions(previous.options, options)
        ? ALL_KINDS
        : changedKinds(previous.doc, doc)
    this.last = traceEvaluation(
      doc,
      options,
      previous !== undefined && changed !== ALL_KINDS ? { previous, changedKinds: changed } : undefined,
    )
    return this.last.evaluation
  }
}
