// A CMG's load is each CMG-using population's clients spread evenly over the CMGs it may use (all
// of them, or those it is pinned to): the one-pass computation in capacity.ts must give, for every
// CMG of generated designs with pinned and unpinned populations, the sum over popsVia(c) that the
// catalogue's definition names.
import { describe, expect, it } from 'vitest'
import { cmgClients, cmgLoad } from '../../../src/shared/rules/capacity'
import { RuleContext } from '../../../src/shared/rules/context'
import { generateDesign } from '../../../src/shared/testing/generate-design'

function byDefinition(ctx: RuleContext, cmgId: string, measure: (pop: never) => number): number {
  const cmg = ctx.cmgs.find((c) => c.id === cmgId)!
  return ctx.popsVia(cmg).reduce((sum, pop) => {
    const pinned = ctx.pinnedCmgs(pop)
    return sum + measure(pop as never) / (pinned.length > 0 ? pinned.length : ctx.cmgs.length)
  }, 0)
}

describe('CMG load shares', () => {
  for (const [nodes, seed] of [
    [300, 1],
    [1000, 2],
    [2000, 5],
  ] as const) {
    it(`match the definition on a generated ${nodes}-element design (seed ${seed})`, () => {
      // The generator pins every CMG-using population; unpin every other one so both kinds are there.
      const doc = generateDesign(nodes, seed)
      const unpinned = new Set(
        doc.nodes
          .filter((n) => n.kind === 'clientPopulation')
          .filter((_, i) => i % 2 === 0)
          .map((n) => n.id),
      )
      const ctx = new RuleContext(
        { ...doc, edges: doc.edges.filter((e) => !(e.kind === 'uses' && unpinned.has(e.source))) },
        { growth: 1.3 },
      )
      const pinnedPops = ctx.popsCmg.filter((p) => ctx.pinnedCmgs(p).length > 0)
      expect(pinnedPops.length).toBeGreaterThan(0)
      expect(pinnedPops.length).toBeLessThan(ctx.popsCmg.length)
      expect(ctx.cmgs.length).toBeGreaterThan(1)
      for (const cmg of ctx.cmgs) {
        expect(cmgLoad(ctx, cmg)).toBeCloseTo(
          byDefinition(ctx, cmg.id, (p) => ctx.concurrent(p)),
          6,
        )
        expect(cmgClients(ctx, cmg)).toBeCloseTo(
          byDefinition(ctx, cmg.id, (p) => ctx.count(p)),
          6,
        )
      }
    })
  }
})
