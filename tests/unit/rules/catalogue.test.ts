// The rules catalogue meta-test: the registry implements exactly the catalogue's rule ids, and every
// rule has at least one fixture on which it fires and one close variant on which it stays quiet
// (tests/unit/rules/cases/<RULE-ID>.ts). Each case runs through the full engine.
import { describe, expect, it } from 'vitest'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { RULES } from '../../../src/shared/rules/registry'
import { CATALOGUE_RULE_IDS } from './catalogue-ids'
import type { RuleCases } from './cases/types'

const caseFiles = import.meta.glob<{ default: RuleCases }>('./cases/CMG-*.ts', { eager: true })
const casesFor = (id: string): RuleCases | undefined => caseFiles[`./cases/${id}.ts`]?.default

describe('rules registry', () => {
  it('implements exactly the catalogue rule ids, once each, in catalogue order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...CATALOGUE_RULE_IDS])
  })

  it('has no case file for an id that is not in the catalogue', () => {
    const known = new Set<string>(CATALOGUE_RULE_IDS)
    const strays = Object.keys(caseFiles)
      .map((f) => f.replace('./cases/', '').replace('.ts', ''))
      .filter((id) => !known.has(id))
    expect(strays).toEqual([])
  })
})

for (const rule of RULES) {
  describe(rule.id, () => {
    const cases = casesFor(rule.id)
    it('has a firing fixture and a quiet variant', () => {
      expect(cases, `tests/unit/rules/cases/${rule.id}.ts is missing`).toBeDefined()
      expect(cases?.fires.length ?? 0).toBeGreaterThan(0)
      expect(cases?.quiet.length ?? 0).toBeGreaterThan(0)
    })
    for (const c of cases?.fires ?? []) {
      it(`fires: ${c.name}`, () => {
        const hits = evaluateDesign(c.design(), c.options).findings.filter(
          (f) => f.ruleId === rule.id && !f.suppressed,
        )
        expect(hits.length, `${rule.id} did not fire`).toBeGreaterThan(0)
        if (c.nodeId !== undefined)
          expect(hits.some((h) => h.nodeIds.includes(c.nodeId as string))).toBe(true)
        if (c.severity !== undefined) expect(hits.map((h) => h.severity)).toContain(c.severity)
        for (const h of hits) {
          expect(h.message.length).toBeGreaterThan(10)
          expect(h.docs.length).toBeGreaterThan(0)
        }
      })
    }
    for (const c of cases?.quiet ?? []) {
      it(`quiet: ${c.name}`, () => {
        const hits = evaluateDesign(c.design(), c.options).findings.filter(
          (f) => f.ruleId === rule.id && !f.suppressed,
        )
        expect(hits.map((h) => h.message)).toEqual([])
      })
    }
  })
}
