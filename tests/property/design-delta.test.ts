// The design travels to the rules worker as the difference from the design the worker holds
// (src/renderer/src/validation/design-delta.ts). Whatever sequence of immutable edits the document
// goes through (renames, moves, additions, removals, reorders, settings changes), the worker's
// rebuilt design equals the renderer's; and a one-element edit sends that element alone.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DesignReceiver, DesignSender } from '../../src/renderer/src/validation/design-delta'
import type { DesignDocument } from '../../src/shared/model/document'
import { generateDesign } from '../../src/shared/testing/generate-design'

type Edit = (doc: DesignDocument, pick: number) => DesignDocument

const at = <T>(list: readonly T[], pick: number): number => (list.length === 0 ? -1 : pick % list.length)

const EDITS: Record<string, Edit> = {
  renameNode: (doc, pick) => {
    const i = at(doc.nodes, pick)
    if (i < 0) return doc
    const nodes = doc.nodes.slice()
    nodes[i] = { ...doc.nodes[i]!, name: `renamed ${pick}` }
    return { ...doc, nodes }
  },
  moveNode: (doc, pick) => {
    const i = at(doc.nodes, pick)
    if (i < 0) return doc
    const nodes = doc.nodes.slice()
    nodes[i] = { ...doc.nodes[i]!, position: { x: pick % 977, y: pick % 613 } }
    return { ...doc, nodes }
  },
  removeNode: (doc, pick) => {
    const i = at(doc.nodes, pick)
    if (i < 0) return doc
    const id = doc.nodes[i]!.id
    return {
      ...doc,
      nodes: doc.nodes.filter((n) => n.id !== id),
      edges: doc.edges.filter((e) => e.source !== id && e.target !== id),
    }
  },
  addNote: (doc, pick) => ({
    ...doc,
    nodes: [
      ...doc.nodes,
      {
        id: `note-added-${pick}-${doc.nodes.length}`,
        kind: 'note',
        name: '',
        position: { x: 0, y: 0 },
        props: { text: `n${pick}` },
      } as DesignDocument['nodes'][number],
    ],
  }),
  reorderNodes: (doc) => ({ ...doc, nodes: doc.nodes.slice().reverse() }),
  removeEdge: (doc, pick) => {
    const i = at(doc.edges, pick)
    return i < 0 ? doc : { ...doc, edges: doc.edges.filter((_, j) => j !== i) }
  },
  renameDesign: (doc, pick) => ({ ...doc, design: { ...doc.design, name: `design ${pick}` } }),
  unchanged: (doc) => doc,
}

describe('design updates for the rules worker', () => {
  it('rebuild exactly the renderer’s design after any sequence of edits', () => {
    const base = generateDesign(60, 3)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(10_000)), { maxLength: 25 }),
        fc.integer({ min: -1, max: 25 }),
        (edits, restartAt) => {
          const sender = new DesignSender()
          let receiver = new DesignReceiver()
          let doc = base
          expect(receiver.apply(sender.encode(doc))).toEqual(doc)
          edits.forEach(([name, pick], step) => {
            if (step === restartAt) {
              // A restarted worker holds nothing; the client resets its sender.
              sender.reset()
              receiver = new DesignReceiver()
            }
            doc = EDITS[name]!(doc, pick)
            expect(receiver.apply(sender.encode(doc))).toEqual(doc)
          })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('sends one element for a one-element edit, and the whole design first and after a reset', () => {
    const sender = new DesignSender()
    const doc = generateDesign(1000, 1)
    expect(sender.encode(doc)).toEqual({ kind: 'full', doc })
    const edited = EDITS.renameNode!(doc, 17)
    const message = sender.encode(edited)
    expect(message).toEqual({
      kind: 'delta',
      nodes: { changed: [edited.nodes[17]] },
      edges: { changed: [] },
    })
    sender.reset()
    expect(sender.encode(edited)).toEqual({ kind: 'full', doc: edited })
  })

  it('refuses an update it cannot apply, instead of evaluating a wrong design', () => {
    const receiver = new DesignReceiver()
    const update = {
      kind: 'delta',
      nodes: { changed: [], order: ['missing'] },
      edges: { changed: [] },
    } as const
    expect(() => receiver.apply(update)).toThrow(/before the design/)
    receiver.apply({ kind: 'full', doc: generateDesign(10, 1) })
    expect(() => receiver.apply(update)).toThrow(/does not hold: missing/)
  })
})
