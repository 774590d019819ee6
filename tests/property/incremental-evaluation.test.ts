// The rules worker re-evaluates an edited design incrementally (src/shared/rules/incremental.ts):
// only the rules, capacity rows and cost that read a kind of element the edit changed are re-run.
// Whatever sequence of edits a design goes through (property changes of every kind of element,
// renames, moves, and now and then an edit that changes more: an element removed, a connection
// removed, a suppression, the design's settings, the what-if growth), every incremental evaluation
// equals a full evaluation of the same design; and an edit no rule can see re-runs nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../src/shared/model/document'
import type { EvaluationOptions } from '../../src/shared/rules/context'
import { evaluateDesign } from '../../src/shared/rules/engine'
import { IncrementalEvaluator } from '../../src/shared/rules/incremental'
import { fixture, type TemplateId } from '../../src/shared/testing/fixture'
import { generateDesign } from '../../src/shared/testing/generate-design'
import { TEST_TODAY } from '../support/today'

type Node = DesignDocument['nodes'][number]
type Edit = (doc: DesignDocument, pick: number) => DesignDocument

const TEMPLATES: readonly TemplateId[] = ['contoso', 'fourth-coffee', 'lab']
const BASES: readonly DesignDocument[] = [
  ...TEMPLATES.map((id) => fixture(id).build()),
  generateDesign(150, 7),
]

/** Real property values of every kind of element, from the templates and a generated design. */
const DONORS = new Map<string, Node[]>()
for (const doc of [...BASES, generateDesign(400, 11)])
  for (const n of doc.nodes) DONORS.set(n.kind, [...(DONORS.get(n.kind) ?? []), n])

const at = <T>(list: readonly T[], pick: number): number => (list.length === 0 ? -1 : pick % list.length)

/** Replaces element `pick` (modulo the count) with what `change` makes of it. */
function replaceNode(doc: DesignDocument, pick: number, change: (n: Node) => Node): DesignDocument {
  const i = at(doc.nodes, pick)
  if (i < 0) return doc
  const nodes = doc.nodes.slice()
  nodes[i] = change(doc.nodes[i]!)
  return { ...doc, nodes }
}

/** One property of an element's props, chosen by `pick`, set to `value(old)`. */
function changeProp(n: Node, pick: number, value: (old: unknown) => unknown): Node {
  const props = n.props as Record<string, unknown>
  const keys = Object.keys(props)
  if (keys.length === 0) return n
  const key = keys[Math.floor(pick / 7) % keys.length]!
  return { ...n, props: { ...props, [key]: value(props[key]) } } as Node
}

const PROPERTY_EDITS: Record<string, Edit> = {
  /** Every property of another element of the same kind (a realistic, valid combination). */
  propsOfAnother: (doc, pick) =>
    replaceNode(doc, pick, (n) => {
      const donors = DONORS.get(n.kind) ?? []
      const donor = donors[Math.floor(pick / 13) % donors.length]
      return donor ? ({ ...n, props: donor.props } as Node) : n
    }),
  /** One property taken from another element of the same kind. */
  onePropOfAnother: (doc, pick) =>
    replaceNode(doc, pick, (n) => {
      const donors = DONORS.get(n.kind) ?? []
      const donor = donors[Math.floor(pick / 13) % donors.length]
      if (!donor) return n
      return changeProp(n, pick, (old) => {
        const keys = Object.keys(n.props)
        const key = keys[Math.floor(pick / 7) % keys.length]!
        return (donor.props as Record<string, unknown>)[key] ?? old
      })
    }),
  /** A number scaled or a flag flipped: client counts, VM counts, allow-CMG-traffic… */
  tweakProp: (doc, pick) =>
    replaceNode(doc, pick, (n) =>
      changeProp(n, pick, (old) =>
        typeof old === 'number'
          ? Math.round(old * ((pick % 5) + 0.5))
          : typeof old === 'boolean'
            ? !old
            : old,
      ),
    ),
  /** Renamed, sometimes to another element's name or to nothing. */
  rename: (doc, pick) =>
    replaceNode(doc, pick, (n) => ({
      ...n,
      name:
        pick % 3 === 0
          ? ''
          : pick % 3 === 1
            ? (doc.nodes[(pick >> 2) % doc.nodes.length]?.name ?? '')
            : `Renamed ${pick}`,
    })),
  move: (doc, pick) => replaceNode(doc, pick, (n) => ({ ...n, position: { x: pick % 977, y: pick % 613 } })),
}

const OTHER_EDITS: Record<string, Edit> = {
  removeNode: (doc, pick) => {
    const i = at(doc.nodes, pick)
    if (i < 0) return doc
    const id = doc.nodes[i]!.id
    return {
      ...doc,
      nodes: doc.nodes.filter((n) => n.id !== id && n.parentId !== id),
      edges: doc.edges.filter((e) => e.source !== id && e.target !== id),
    }
  },
  removeEdge: (doc, pick) => {
    const i = at(doc.edges, pick)
    return i < 0 ? doc : { ...doc, edges: doc.edges.filter((_, j) => j !== i) }
  },
  suppress: (doc, pick) => {
    const node = doc.nodes[at(doc.nodes, pick)]
    const finding = evaluateDesign(doc, { today: TEST_TODAY }).findings.find((f) => f.nodeIds[0] === node?.id)
    return finding
      ? {
          ...doc,
          suppressions: [
            ...doc.suppressions,
            { ruleId: finding.ruleId, nodeId: finding.nodeIds[0]!, reason: 'accepted' },
          ],
        }
      : doc
  },
  designSettings: (doc, pick) => ({
    ...doc,
    design: { ...doc.design, environment: pick % 2 === 0 ? 'production' : 'lab' } as DesignDocument['design'],
  }),
}

const EDITS = { ...PROPERTY_EDITS, ...OTHER_EDITS }
/** Property edits four times as often as the others: they are what the incremental path serves. */
const EDIT_NAMES = [
  ...Object.keys(PROPERTY_EDITS).flatMap((name) => [name, name, name, name]),
  ...Object.keys(OTHER_EDITS),
]

describe('incremental evaluation', () => {
  it('equals a full evaluation after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BASES.length - 1 }),
        fc.array(fc.tuple(fc.constantFrom(...EDIT_NAMES), fc.nat(100_000), fc.constantFrom(1, 1, 1, 2.5)), {
          minLength: 1,
          maxLength: 12,
        }),
        (base, edits) => {
          const evaluator = new IncrementalEvaluator()
          let doc = BASES[base]!
          let options: EvaluationOptions = { today: TEST_TODAY }
          expect(evaluator.evaluate(doc, options)).toEqual(evaluateDesign(doc, options))
          for (const [name, pick, growth] of edits) {
            doc = EDITS[name]!(doc, pick)
            if (growth !== (options.growth ?? 1)) options = { today: TEST_TODAY, growth }
            expect(evaluator.evaluate(doc, options)).toEqual(evaluateDesign(doc, options))
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('re-runs nothing for an edit no rule reads (a note’s text) and gives the same evaluation', () => {
    const doc = generateDesign(150, 7)
    const evaluator = new IncrementalEvaluator()
    const first = evaluator.evaluate(doc, { today: TEST_TODAY })
    const note = doc.nodes.findIndex((n) => n.kind === 'note')
    expect(note).toBeGreaterThanOrEqual(0)
    const edited = replaceNode(
      doc,
      note,
      (n) => ({ ...n, props: { text: 'Changed during the workshop' } }) as Node,
    )
    expect(evaluator.evaluate(edited, { today: TEST_TODAY })).toBe(first)
  })

  it('re-runs the capacity rules when a population’s clients change', () => {
    const doc = fixture('contoso').build()
    const evaluator = new IncrementalEvaluator()
    const before = evaluator.evaluate(doc, { today: TEST_TODAY })
    const pop = doc.nodes.findIndex((n) => n.id === 'pop-roaming')
    expect(pop).toBeGreaterThanOrEqual(0)
    const edited = replaceNode(
      doc,
      pop,
      (n) => ({ ...n, props: { ...n.props, count: 500_000, concurrent: 500_000 } }) as Node,
    )
    const after = evaluator.evaluate(edited, { today: TEST_TODAY })
    expect(after).toEqual(evaluateDesign(edited, { today: TEST_TODAY }))
    expect(before.findings.some((f) => f.ruleId === 'CMG-CAP-001')).toBe(false)
    expect(after.findings.some((f) => f.ruleId === 'CMG-CAP-001')).toBe(true)
  })
})
