// Every quick fix of every rule, on that rule's own firing cases (catalogue/<prefix>/<ID>.cases.ts):
// a rule that declares quick fixes offers at least one on some firing case, and each fix offered,
// applied as the Problems panel applies it, gives a valid design in which the finding it was offered
// for is no longer reported as it was (gone, or naming fewer elements when it fixes one of several).
// Runs in vitest (Node).
import { describe, expect, it } from 'vitest'
import { DesignDocument } from '../../../src/shared/model/document'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { RULES } from '../../../src/shared/rules/registry'
import type { Finding } from '../../../src/shared/rules/types'
import type { RuleCases } from '../../../src/shared/testing/rule-cases'
import { quickFixesFor } from '../../../src/renderer/src/design/quick-fixes'

const caseFiles = import.meta.glob<RuleCases>('../../../src/shared/rules/catalogue/*/CMG-*.cases.ts', {
  eager: true,
  import: 'default',
})
const casesOf = (id: string): RuleCases | undefined =>
  caseFiles[`../../../src/shared/rules/catalogue/${(id.split('-')[1] ?? '').toLowerCase()}/${id}.cases.ts`]

const sameFinding = (a: Finding, b: Finding): boolean =>
  a.ruleId === b.ruleId && a.message === b.message && a.nodeIds.join() === b.nodeIds.join()

for (const rule of RULES.filter((r) => r.quickFixes)) {
  describe(`${rule.id} quick fixes`, () => {
    const cases = casesOf(rule.id)?.fires ?? []

    it('are offered on at least one of its firing cases', () => {
      const offered = cases.flatMap((c) => {
        const doc = c.design()
        return evaluateDesign(doc, c.options)
          .findings.filter((f) => f.ruleId === rule.id)
          .flatMap((f) => quickFixesFor(doc, f, c.options, () => 0.5))
      })
      expect(offered.length).toBeGreaterThan(0)
    })

    for (const c of cases)
      it(`each removes the finding it was offered for: ${c.name}`, () => {
        const doc = c.design()
        for (const finding of evaluateDesign(doc, c.options).findings.filter((f) => f.ruleId === rule.id))
          for (const fix of quickFixesFor(doc, finding, c.options, () => 0.5)) {
            const next = fix.apply(doc)
            const parsed = DesignDocument.safeParse(next)
            expect(parsed.success, `${fix.label}: ${parsed.error?.message ?? ''}`).toBe(true)
            const after = evaluateDesign(next, c.options).findings
            expect(
              after.some((f) => sameFinding(f, finding)),
              `"${fix.label}" left "${finding.message}"`,
            ).toBe(false)
          }
      })
  })
}
