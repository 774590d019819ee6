// The seeded design generator (src/shared/testing/generate-design.ts) used by the rules benchmark
// and the renderer's performance pages: valid, about the requested size, deterministic, realistic
// (every edge kind, a CAS with ≤ 25 primaries) and laid out without overlapping boxes.
import { describe, expect, it } from 'vitest'
import { DesignDocument } from '../../../src/shared/model/document'
import { EDGE_KINDS, type DesignNode } from '../../../src/shared/model/schema'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { generateDesign, mulberry32 } from '../../../src/shared/testing/generate-design'

const sizes = [100, 1_000, 5_000]
const designs = new Map(sizes.map((n) => [n, generateDesign(n)]))
const design = (n: number) => designs.get(n) as DesignDocument

/** Default box of a node that has no explicit size (roles, CMGs, populations …), as the generator lays them out. */
const LEAF_BOX = { width: 220, height: 80 }
const ROLE_BOX = { width: 170, height: 44 }

function box(n: DesignNode): { x: number; y: number; width: number; height: number } {
  const size =
    n.size ??
    (n.parentId !== undefined && n.kind !== 'cmg' && n.kind !== 'cloudDistributionPoint'
      ? ROLE_BOX
      : LEAF_BOX)
  return { x: n.position.x, y: n.position.y, ...size }
}

const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('generateDesign', () => {
  it.each(sizes)('produces a valid design of about %i nodes', (n) => {
    const doc = design(n)
    const parsed = DesignDocument.safeParse(JSON.parse(JSON.stringify(doc)))
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true)
    expect(doc.nodes.length).toBeGreaterThanOrEqual(n * 0.95)
    expect(doc.nodes.length).toBeLessThanOrEqual(n * 1.05)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDesign(1_000, 7))).toBe(JSON.stringify(generateDesign(1_000, 7)))
    expect(JSON.stringify(generateDesign(1_000, 7))).not.toBe(JSON.stringify(generateDesign(1_000, 8)))
  })

  it.each(sizes)(
    'builds a realistic hierarchy at %i nodes: a CAS, 2-25 primaries, secondaries, CMGs and every edge kind',
    (n) => {
      const doc = design(n)
      const sites = doc.nodes.filter((x) => x.kind === 'site')
      const types = sites.map((s) => (s.kind === 'site' ? s.props.type : ''))
      expect(types.filter((t) => t === 'cas')).toHaveLength(1)
      const primaries = types.filter((t) => t === 'primary').length
      expect(primaries).toBeGreaterThanOrEqual(2)
      expect(primaries).toBeLessThanOrEqual(25)
      expect(types).toContain('secondary')
      const kinds = new Set(doc.nodes.map((x) => x.kind))
      for (const k of [
        'server',
        'managementPoint',
        'softwareUpdatePoint',
        'distributionPoint',
        'cmgConnectionPoint',
        'cmg',
        'azureSubscription',
        'clientPopulation',
        'boundaryGroup',
      ])
        expect(kinds, k).toContain(k)
      expect(new Set(doc.edges.map((e) => e.kind))).toEqual(new Set(EDGE_KINDS))
      const assigned = new Set(doc.edges.filter((e) => e.kind === 'assignedTo').map((e) => e.source))
      expect(doc.nodes.filter((x) => x.kind === 'clientPopulation').every((p) => assigned.has(p.id))).toBe(
        true,
      )
    },
  )

  it('lists every parent before its children (React Flow needs that order)', () => {
    const seen = new Set<string>()
    for (const n of design(1_000).nodes) {
      if (n.parentId !== undefined) expect(seen.has(n.parentId), n.id).toBe(true)
      seen.add(n.id)
    }
  })

  it('lays siblings out without overlaps and keeps children inside their container', () => {
    const doc = design(1_000)
    const byParent = new Map<string, DesignNode[]>()
    for (const n of doc.nodes) {
      const key = n.parentId ?? ''
      const list = byParent.get(key)
      if (list) list.push(n)
      else byParent.set(key, [n])
    }
    const byId = new Map(doc.nodes.map((n) => [n.id, n]))
    for (const [parentId, siblings] of byParent) {
      const boxes = siblings.map(box)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!), `${siblings[i]!.id} overlaps ${siblings[j]!.id}`).toBe(false)
      const parent = byId.get(parentId)
      if (!parent) continue
      const size = parent.size
      expect(size, `${parent.id} has a size`).toBeDefined()
      for (const b of boxes) {
        expect(b.x + b.width).toBeLessThanOrEqual(size!.width)
        expect(b.y + b.height).toBeLessThanOrEqual(size!.height)
      }
    }
  })

  it('gives a design whose CMGs carry the internet clients pinned to them', () => {
    const evaluation = evaluateDesign(design(100))
    expect(evaluation.capacity.length).toBeGreaterThan(0)
    expect(evaluation.capacity.some((r) => r.metric === 'concurrentClients' && r.load > 0)).toBe(true)
  })

  it('returns the smallest complete design for tiny or nonsensical sizes instead of failing', () => {
    for (const n of [0, 5, -3, Number.NaN])
      expect(DesignDocument.safeParse(generateDesign(n)).success).toBe(true)
  })
})

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const values = Array.from({ length: 1000 }, () => a())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(new Set(values).size).toBeGreaterThan(990)
  })
})
