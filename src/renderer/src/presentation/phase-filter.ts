// The steps of step-by-step presenting and what each step adds; the design at a step is
// designAtPhase (src/shared/picture/design-at-phase.ts, shared with the image exports and the command
// line). Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { Phase } from '../../../shared/model/schema'
import { designAtPhase } from '../../../shared/picture/design-at-phase'

export { designAtPhase }

/** One presentation step: a phase, or the whole design when the design has no phases. */
export interface PresentationStep {
  /** The phase id; null for the single "whole design" step. */
  readonly phaseId: string | null
  readonly name: string
}

/** The steps a design is presented in: its phases in order, or one step showing everything. */
export function presentationSteps(phases: readonly Phase[]): PresentationStep[] {
  if (phases.length === 0) return [{ phaseId: null, name: 'Whole design' }]
  return phases.map((p) => ({ phaseId: p.id, name: p.name.trim() === '' ? p.id : p.name }))
}

/** Ids of the elements that first appear at `phaseId` (present there, absent at the phase before). */
export function newAtPhase(doc: DesignDocument, phaseId: string | null): ReadonlySet<string> {
  const index = phaseId === null ? -1 : doc.design.phases.findIndex((p) => p.id === phaseId)
  if (index <= 0) return new Set()
  const previousPhase = doc.design.phases[index - 1]
  const before = new Set(designAtPhase(doc, previousPhase?.id ?? null).nodes.map((n) => n.id))
  return new Set(
    designAtPhase(doc, phaseId)
      .nodes.filter((n) => !before.has(n.id))
      .map((n) => n.id),
  )
}
