// An exported picture marks the findings of the design as it is: with a what-if factor in force the
// canvas's findings (inflated client counts) are not the ones drawn, and the design is evaluated
// again at ×1 (in the one-off rules worker in the app; here by a stand-in that runs the engine).
import { describe, expect, it, vi } from 'vitest'
import { findingsAsDesigned } from '../../../src/renderer/src/export/export-findings'
import type { DesignDocument } from '../../../src/shared/model/document'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'
import { TEST_TODAY } from '../../support/today'

describe('findings in an exported picture', () => {
  const doc = fixture('contoso').build()
  const evaluateInWorker = () =>
    vi.fn(async (d: DesignDocument, options: EvaluationOptions) => evaluateDesign(d, options))

  it("are the canvas's own when its evaluation is at x1, without evaluating again", async () => {
    const atOne = evaluateDesign(doc)
    const evaluate = evaluateInWorker()
    expect(await findingsAsDesigned(atOne, doc, TEST_TODAY, evaluate)).toBe(atOne.findings)
    expect(evaluate).not.toHaveBeenCalled()
  })

  it('are those at x1, not the what-if ones, while a factor is in force', async () => {
    const inflated = evaluateDesign(doc, { growth: 3 })
    expect(inflated.findings.map((f) => f.ruleId)).toContain('CMG-CAP-001')
    const evaluate = evaluateInWorker()
    const drawn = await findingsAsDesigned(inflated, doc, TEST_TODAY, evaluate)
    expect(evaluate).toHaveBeenCalledWith(doc, { today: TEST_TODAY }, undefined)
    expect(drawn.map((f) => f.ruleId)).not.toContain('CMG-CAP-001')
    expect(drawn).toEqual(evaluateDesign(doc).findings)
  })

  it('fail with the reason when the evaluation at x1 fails', async () => {
    const inflated = evaluateDesign(doc, { growth: 3 })
    const failing = async () => Promise.reject(new Error('the checker did not answer within 30 s'))
    await expect(findingsAsDesigned(inflated, doc, TEST_TODAY, failing)).rejects.toThrow(
      'the checker did not answer within 30 s',
    )
  })

  it('are none before the first evaluation', async () => {
    expect(await findingsAsDesigned(null, doc, null, evaluateInWorker())).toEqual([])
  })
})
