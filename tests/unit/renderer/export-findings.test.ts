// An exported picture marks the findings of the design as it is: with a what-if factor in force the
// canvas's findings (inflated client counts) are not the ones drawn.
import { describe, expect, it } from 'vitest'
import { findingsAsDesigned } from '../../../src/renderer/src/export/export-findings'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'

describe('findings in an exported picture', () => {
  const doc = fixture('contoso').build()

  it("are the canvas's own when its evaluation is at x1", () => {
    const atOne = evaluateDesign(doc)
    expect(findingsAsDesigned(atOne, doc, null)).toBe(atOne.findings)
  })

  it('are those at x1, not the what-if ones, while a factor is in force', () => {
    const inflated = evaluateDesign(doc, { growth: 3 })
    expect(inflated.findings.map((f) => f.ruleId)).toContain('CMG-CAP-001')
    const drawn = findingsAsDesigned(inflated, doc, null)
    expect(drawn.map((f) => f.ruleId)).not.toContain('CMG-CAP-001')
    expect(drawn).toEqual(evaluateDesign(doc).findings)
  })

  it('are none before the first evaluation', () => {
    expect(findingsAsDesigned(null, doc, null)).toEqual([])
  })
})
