// The phase an element in effect appears in: its own, or its container's when that is later (a
// CMG without a phase inside a Pilot subscription appears at Pilot, on the canvas, in presenting
// and in every export), and the element that sets it.
import { describe, expect, it } from 'vitest'
import { designAtPhase, effectivePhaseOf, effectivePhases } from '../../../src/shared/picture/design-at-phase'
import { fixture } from '../../../src/shared/testing/fixture'

describe('effectivePhases', () => {
  it("gives an element without a phase its container's phase, naming the container", () => {
    const doc = fixture('contoso').set('cmg-granitefalls', { phase: undefined }).build()
    expect(effectivePhases(doc).get('cmg-granitefalls')).toEqual({ phaseId: 'pilot', fromId: 'sub-contoso' })
  })

  it("keeps an element's own phase when it is later than its container's", () => {
    const doc = fixture('contoso').set('cmg-granitefalls', { phase: 'target' }).build()
    expect(effectivePhases(doc).get('cmg-granitefalls')).toEqual({
      phaseId: 'target',
      fromId: 'cmg-granitefalls',
    })
  })

  it("takes the container's phase when the element's own is earlier", () => {
    const doc = fixture('contoso').set('cmg-granitefalls', { phase: 'today' }).build()
    expect(effectivePhases(doc).get('cmg-granitefalls')?.phaseId).toBe('pilot')
  })

  it('leaves elements that are always present out, and agrees with the design at each phase', () => {
    const doc = fixture('contoso').set('cmg-granitefalls', { phase: undefined }).build()
    const phases = effectivePhases(doc)
    expect(phases.has('site-nyc')).toBe(false)
    expect(phases.has('mp-nyc')).toBe(false)
    const order = doc.design.phases.map((p) => p.id)
    for (const [i, phase] of order.entries()) {
      const present = new Set(designAtPhase(doc, phase).nodes.map((n) => n.id))
      for (const n of doc.nodes) {
        const at = phases.get(n.id)
        expect(present.has(n.id), `${n.id} at ${phase}`).toBe(
          at === undefined || order.indexOf(at.phaseId) <= i,
        )
      }
    }
  })
})

describe('effectivePhaseOf', () => {
  it('gives each element what effectivePhases gives it, walking up its own containers only', () => {
    const doc = fixture('contoso').set('cmg-granitefalls', { phase: undefined }).build()
    const byId = new Map(doc.nodes.map((n) => [n.id, n]))
    const all = effectivePhases(doc)
    for (const node of doc.nodes) {
      const looked: string[] = []
      const phase = effectivePhaseOf(doc, node.id, (id) => (looked.push(id), byId.get(id)))
      expect(phase, node.id).toEqual(all.get(node.id))
      let depth = 1
      for (let n = node; n.parentId !== undefined; n = byId.get(n.parentId)!) depth++
      expect(looked, node.id).toHaveLength(depth)
    }
  })
})
