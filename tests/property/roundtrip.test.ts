// Property tests of the file format: for generated designs, parse(serialize(d)) equals d and
// serializing twice gives the same bytes; the parser never throws on arbitrary input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { parseDesignFile } from '../../src/shared/format/parse'
import { serializeDesign } from '../../src/shared/format/serialize'
import { DesignDocument } from '../../src/shared/model/document'
import { PARENT_KINDS } from '../../src/shared/model/structure'
import { CONNECTION_KINDS } from '../../src/shared/kinds/connections'
import { CM_VERSIONS } from '../../src/shared/model/versions'
import { EDGE_KINDS, NODE_KINDS, PROPS_BY_KIND, type NodeKind } from '../../src/shared/model/schema'

type AnySchema = z.ZodType & {
  def: { type: string; innerType?: AnySchema; element?: AnySchema }
  options?: readonly unknown[]
  shape?: Record<string, AnySchema>
}

/** An arbitrary for one field, read off its zod schema; values that fail the schema fall back to its default. */
function arbitraryFor(field: AnySchema): fc.Arbitrary<unknown> {
  const t = field.def.type
  if (t === 'default' || t === 'prefault' || t === 'optional') {
    const inner = arbitraryFor(field.def.innerType as AnySchema)
    return t === 'optional' ? fc.option(inner, { nil: undefined }) : inner
  }
  if (t === 'boolean') return fc.boolean()
  if (t === 'enum') return fc.constantFrom(...(field.options as unknown[]))
  if (t === 'number') {
    const num = field as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean }
    const lo = num.minValue ?? -1e6
    const hi = num.maxValue ?? 1e6
    return num.isInt
      ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
      : fc
          .double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
          .map((x) => (Object.is(x, -0) ? 0 : x))
  }
  if (t === 'object' && field.shape) {
    const parts: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [k, v] of Object.entries(field.shape)) parts[k] = arbitraryFor(v)
    return fc.record(parts)
  }
  if (t === 'array' && field.def.element) {
    return fc
      .array(arbitraryFor(field.def.element), { maxLength: 3 })
      .filter((a) => field.safeParse(a).success)
  }
  // Strings (some with patterns), unions, nullable prices: try a string or a number, keep only valid ones.
  return fc
    .oneof(
      fc.string({ maxLength: 30 }),
      fc.constant(''),
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.constant(null),
    )
    .filter((v) => field.safeParse(v).success)
}

const propsArb = Object.fromEntries(
  NODE_KINDS.map((k) => [k, arbitraryFor(PROPS_BY_KIND[k] as unknown as AnySchema)]),
) as Record<NodeKind, fc.Arbitrary<unknown>>

const coord = fc
  .double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true })
  .map((x) => (Object.is(x, -0) ? 0 : x))

/** A structurally valid design: every child placed in a parent of an allowed kind, edges that fit. */
const designArb = fc
  .record({
    name: fc.string({ maxLength: 40 }),
    cmVersion: fc.constantFrom(...CM_VERSIONS),
    kinds: fc.array(fc.constantFrom(...NODE_KINDS), { minLength: 0, maxLength: 25 }),
    seeds: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    positions: fc.array(fc.record({ x: coord, y: coord }), { minLength: 25, maxLength: 25 }),
    notes: fc.string({ maxLength: 80 }),
  })
  .chain((base) =>
    fc.tuple(
      fc.constant(base),
      fc.tuple(...base.kinds.map((k) => propsArb[k])),
      fc.array(fc.string({ maxLength: 20 }), { minLength: 25, maxLength: 25 }),
    ),
  )
  .map(([base, props, names]) => {
    const nodes: Record<string, unknown>[] = []
    base.kinds.forEach((kind, i) => {
      const parents = nodes.filter((n) =>
        (PARENT_KINDS[kind] as readonly string[]).includes(n.kind as string),
      )
      if (PARENT_KINDS[kind].length > 0 && parents.length === 0) return
      const parent = parents.length > 0 ? parents[(base.seeds[i] ?? 0) % parents.length] : undefined
      const p = { ...(props[i] as Record<string, unknown>) }
      // Tenant references must name a tenant of the design (t1, t2) or be empty.
      for (const key of ['tenantId', 'identityTenantId'])
        if (key in p && !['', 't1', 't2'].includes(p[key] as string)) p[key] = 't1'
      const phase = (base.seeds[i] ?? 0) % 3 === 0 ? { phase: 'pilot' } : {}
      nodes.push({
        id: `n${i}`,
        kind,
        name: names[i],
        position: base.positions[i],
        props: p,
        ...phase,
        ...(parent ? { parentId: parent.id } : {}),
      })
    })
    const edges: Record<string, unknown>[] = []
    const taken = new Set<string>()
    base.seeds.slice(0, 30).forEach((s, i) => {
      const kind = EDGE_KINDS[s % EDGE_KINDS.length]!
      const ends = CONNECTION_KINDS[kind]
      const sources = nodes.filter((n) => (ends.source as readonly string[]).includes(n.kind as string))
      const targets = nodes.filter((n) => (ends.target as readonly string[]).includes(n.kind as string))
      const src = sources[(base.seeds[i + 30] ?? 0) % Math.max(1, sources.length)]
      const tgt = targets[s % Math.max(1, targets.length)]
      if (!src || !tgt || src === tgt) return
      // The site hierarchy may not loop (a file with a loop is refused): parents come first.
      if (kind === 'hierarchy' && nodes.indexOf(src) > nodes.indexOf(tgt)) return
      const single = ['createdAt', 'linkedTo', 'assignedTo'].includes(kind)
        ? `${kind}:${String(src.id)}`
        : `${kind}:${String(src.id)}:${String(tgt.id)}`
      if (taken.has(single) || taken.has(`${kind}:${String(src.id)}:${String(tgt.id)}`)) return
      taken.add(single)
      taken.add(`${kind}:${String(src.id)}:${String(tgt.id)}`)
      edges.push({ id: `e${i}`, kind, source: src.id, target: tgt.id })
    })
    return DesignDocument.parse({
      format: 'cmg-designer',
      formatVersion: 1,
      schemaVersion: 1,
      design: {
        name: base.name,
        cmVersion: base.cmVersion,
        notes: base.notes,
        tenants: [
          { id: 't1', name: 'Tenant one' },
          { id: 't2', cloudManagement: false },
        ],
        phases: [
          { id: 'today', name: 'Today' },
          { id: 'pilot', name: 'Pilot' },
        ],
      },
      suppressions:
        nodes.length > 0
          ? [
              {
                ruleId: 'CMG-HA-001',
                nodeId: nodes[0]?.id,
                reason: 'Accepted for the pilot "phase" — see §4',
              },
            ]
          : [],
      nodes,
      edges,
    })
  })

describe('file format properties', () => {
  it('parse(serialize(d)) equals d, and serialization is stable', () => {
    fc.assert(
      fc.property(designArb, (d) => {
        const text = serializeDesign(d)
        const r = parseDesignFile(text)
        if (!r.ok) throw new Error(`${r.error.message}\n${r.error.issues.join('\n')}`)
        expect(r.value.doc).toEqual(d)
        expect(serializeDesign(r.value.doc)).toBe(text)
      }),
      { numRuns: 150 },
    )
  })

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
        ),
        (text) => {
          const r = parseDesignFile(text)
          expect(typeof r.ok).toBe('boolean')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on envelopes with random bodies', () => {
    fc.assert(
      fc.property(fc.object(), fc.anything(), (body, nodes) => {
        const r = parseDesignFile(
          JSON.stringify({ ...body, format: 'cmg-designer', formatVersion: 1, schemaVersion: 1, nodes }),
        )
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 200 },
    )
  })
})
