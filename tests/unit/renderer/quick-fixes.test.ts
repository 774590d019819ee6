// Quick fixes: every mechanical fix offered for a finding produces a valid design in which the
// engine no longer reports that finding, adds new elements where they do not overlap anything, and
// leaves the design alone when the element it fixes is gone.
import { describe, expect, it } from 'vitest'
import { DesignDocument } from '../../../src/shared/model/document'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { Finding } from '../../../src/shared/rules/types'
import { quickFixesFor, type QuickFix } from '../../../src/renderer/src/design/quick-fixes'
import { absoluteRect, indexNodes, nodeSize, rectsOverlap } from '../../../src/renderer/src/design/geometry'
import { fixture } from '../../../src/shared/testing/fixture'

/** A deterministic random source so generated ids are stable. */
function seeded(seed = 7): () => number {
  let s = seed
  return () => {
    s = (s * 16807) % 2147483647
    return s / 2147483647
  }
}

function findingsOf(doc: DesignDocument, ruleId: string, options: EvaluationOptions = {}): Finding[] {
  return evaluateDesign(doc, options).findings.filter((f) => f.ruleId === ruleId)
}

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1)
  return list[0] as T
}

/** Applies the fix and checks the result is a valid design without the finding. */
function applyAndCheck(
  doc: DesignDocument,
  finding: Finding,
  fix: QuickFix,
  options: EvaluationOptions = {},
): DesignDocument {
  const next = fix.apply(doc)
  expect(next).not.toBe(doc)
  const parsed = DesignDocument.safeParse(next)
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true)
  const still = findingsOf(next, finding.ruleId, options).filter((f) =>
    f.nodeIds.some((id) => finding.nodeIds[0] === id),
  )
  expect(still).toEqual([])
  return next
}

/** Every node nested in `parentId` sits inside it and overlaps none of its siblings. */
function expectTidy(doc: DesignDocument, parentId: string): void {
  const index = indexNodes(doc)
  const parent = index.get(parentId)
  if (!parent) throw new Error(`no ${parentId}`)
  const size = nodeSize(parent)
  const children = doc.nodes.filter((n) => n.parentId === parentId)
  for (const child of children) {
    const s = nodeSize(child)
    expect(child.position.x + s.width).toBeLessThanOrEqual(size.width)
    expect(child.position.y + s.height).toBeLessThanOrEqual(size.height)
    for (const other of children)
      if (other !== child)
        expect(rectsOverlap({ ...child.position, ...s }, { ...other.position, ...nodeSize(other) })).toBe(
          false,
        )
  }
}

describe('quick fixes', () => {
  it('CMG-HA-001: adds a second VM instance in one change', () => {
    const doc = fixture('contoso').props('cmg-granitefalls', { vmCount: 1 }).build()
    const finding = only(findingsOf(doc, 'CMG-HA-001'))
    const fix = only(quickFixesFor(doc, finding))
    expect(fix.label).toBe('Add a VM instance (1 → 2)')
    const next = applyAndCheck(doc, finding, fix)
    const cmg = next.nodes.find((n) => n.id === 'cmg-granitefalls')
    expect(cmg?.kind === 'cmg' && cmg.props.vmCount).toBe(2)
    // Everything else is the very same object (React Flow re-renders only the CMG).
    expect(next.nodes.filter((n, i) => n !== doc.nodes[i]).map((n) => n.id)).toEqual(['cmg-granitefalls'])
  })

  it('CMG-HA-001: sets as many instances as the clients need when that is more than two', () => {
    const doc = fixture('contoso')
      .props('cmg-granitefalls', { vmCount: 1 })
      .props('pop-roaming', { count: 20_000 })
      .build()
    const finding = only(findingsOf(doc, 'CMG-HA-001'))
    const fix = only(quickFixesFor(doc, finding))
    expect(fix.label).toBe('Set 4 VM instances (1 → 4)')
    const next = applyAndCheck(doc, finding, fix)
    expect(findingsOf(next, 'CMG-CAP-001')).toEqual([])
  })

  it('CMG-CAP-001 at a what-if growth: adds VMs or switches to the Large size, both clear it', () => {
    const growth = { growth: 1.6 }
    const doc = fixture('contoso').build()
    expect(findingsOf(doc, 'CMG-CAP-001')).toEqual([])
    const finding = only(findingsOf(doc, 'CMG-CAP-001', growth))
    const fixes = quickFixesFor(doc, finding, growth)
    expect(fixes.map((f) => f.label)).toEqual([
      'Add a VM instance (2 → 3)',
      'Switch to Standard_A4_v2 (Large)',
    ])
    for (const fix of fixes) applyAndCheck(doc, finding, fix, growth)
  })

  it('CMG-CAP-001 with two CMGs short together: the fix makes this CMG carry its own share', () => {
    const doc = fixture('contoso')
      .add('cmg', 'cmg-second', { parentId: 'sub-contoso', props: { vmCount: 1, prefix: 'second' } })
      .props('cmg-granitefalls', { vmCount: 1 })
      .props('pop-roaming', { count: 20_000 })
      .build()
    const finding = only(findingsOf(doc, 'CMG-CAP-001').filter((f) => f.nodeIds[0] === 'cmg-granitefalls'))
    const fix = quickFixesFor(doc, finding).find((f) => f.id === 'add-vms')
    if (!fix) throw new Error('no add-vms fix')
    // Its own share (10,000) needs 2 VMs; clients pick at random, so more would not relieve the other.
    expect(fix.label).toBe('Add a VM instance (1 → 2)')
    const next = applyAndCheck(doc, finding, fix)
    // The other CMG still carries more than its single VM supports and keeps its own finding.
    expect(findingsOf(next, 'CMG-CAP-001').map((f) => f.nodeIds[0])).toEqual(['cmg-second'])
  })

  it('CMG-HA-002: adds a connection point on a new server inside each short site, without overlaps', () => {
    const doc = fixture('fourth-coffee').build()
    const findings = findingsOf(doc, 'CMG-HA-002')
    expect(findings).toHaveLength(2)
    for (const finding of findings) {
      const fix = only(quickFixesFor(doc, finding, {}, seeded()))
      const site = finding.nodeIds.find((id) => id.startsWith('site-'))
      expect(fix.label).toBe(
        `Add a CMG connection point on a new server at ${site === 'site-par-pri' ? 'Paris primary' : 'Seattle primary'}`,
      )
      const next = applyAndCheck(doc, finding, fix)
      expect(next.nodes).toHaveLength(doc.nodes.length + 2)
      const [server, cp] = next.nodes.slice(-2)
      expect(server).toMatchObject({ kind: 'server', name: 'SRV01', parentId: site })
      expect(cp).toMatchObject({ kind: 'cmgConnectionPoint', name: 'CMGCP01', parentId: server?.id })
      expect(next.edges.at(-1)).toMatchObject({ kind: 'linkedTo', source: cp?.id, target: 'cmg-fc' })
      expectTidy(next, site ?? '')
      expectTidy(next, server?.id ?? '')
      // The grown site still clears every other top-level element.
      const index = indexNodes(next)
      const siteRect = absoluteRect(index, site ?? '')
      if (!siteRect) throw new Error('site missing')
      for (const other of next.nodes.filter((n) => n.parentId === undefined && n.id !== site))
        expect(rectsOverlap(siteRect, absoluteRect(index, other.id) ?? siteRect), other.id).toBe(false)
    }
  })

  it('CMG-CAP-002: adds as many connection points as the VMs need', () => {
    const doc = fixture('fourth-coffee').props('cmg-fc', { vmCount: 12 }).build()
    const finding = only(findingsOf(doc, 'CMG-CAP-002').filter((f) => f.nodeIds.includes('site-sea-pri')))
    const fix = only(quickFixesFor(doc, finding, {}, seeded()))
    expect(fix.label).toBe('Add 2 CMG connection points on new servers at Seattle primary')
    const next = applyAndCheck(doc, finding, fix)
    expect(next.nodes.filter((n) => n.kind === 'server').map((n) => n.name)).toContain('SRV02')
    expectTidy(next, 'site-sea-pri')
  })

  it('CMG-TOPTIER-004: links a new connection point at the site its clients are assigned to', () => {
    const doc = fixture('contoso').remove('cp-nyc-1').remove('cp-nyc-2').build()
    const finding = only(findingsOf(doc, 'CMG-TOPTIER-004'))
    const fix = only(quickFixesFor(doc, finding, {}, seeded()))
    expect(fix.label).toBe('Add a CMG connection point on a new server at New York City HQ')
    applyAndCheck(doc, finding, fix)
  })

  it('CMG-TOPTIER-005: adds a connection point at the clients’ assigned site', () => {
    const doc = fixture('fourth-coffee').remove('srv-par-cp').build()
    const finding = only(findingsOf(doc, 'CMG-TOPTIER-005'))
    const fix = only(quickFixesFor(doc, finding, {}, seeded()))
    expect(fix.label).toBe('Add a CMG connection point on a new server at Paris primary')
    const next = applyAndCheck(doc, finding, fix)
    expectTidy(next, 'site-par-pri')
  })

  it('CMG-MP-001: allows CMG traffic on the first management point of the site', () => {
    const doc = fixture('contoso').props('mp-nyc', { allowCmgTraffic: false }).build()
    const finding = only(findingsOf(doc, 'CMG-MP-001'))
    const fix = only(quickFixesFor(doc, finding))
    expect(fix.label).toBe('Allow CMG traffic on MP01')
    const next = applyAndCheck(doc, finding, fix)
    const mp = next.nodes.find((n) => n.id === 'mp-nyc')
    expect(mp?.kind === 'managementPoint' && mp.props.allowCmgTraffic).toBe(true)
  })

  it('CMG-DEPLOY-007: switches an undocumented size to Standard_A2_v2', () => {
    const doc = fixture('contoso').props('cmg-granitefalls', { vmSize: 'Standard_D2s_v3' }).build()
    const finding = only(findingsOf(doc, 'CMG-DEPLOY-007'))
    const fix = only(quickFixesFor(doc, finding))
    expect(fix.label).toBe('Switch to Standard_A2_v2 (Standard)')
    applyAndCheck(doc, finding, fix)
  })

  it('CMG-DEPLOY-007: a classic CMG always goes to Standard_A2_v2', () => {
    const doc = fixture('contoso')
      .props('cmg-granitefalls', { method: 'classic', vmSize: 'Standard_A4_v2' })
      .build()
    const finding = only(findingsOf(doc, 'CMG-DEPLOY-007'))
    const fix = only(quickFixesFor(doc, finding))
    expect(fix.label).toBe('Switch to Standard_A2_v2 (Standard)')
    applyAndCheck(doc, finding, fix)
  })

  it('CMG-DEPLOY-008: leaves the Lab size for Standard, or Large when the clients need it', () => {
    const standard = fixture('contoso').props('cmg-granitefalls', { vmSize: 'Standard_B2s' }).build()
    const f1 = only(findingsOf(standard, 'CMG-DEPLOY-008'))
    const fix1 = only(quickFixesFor(standard, f1))
    expect(fix1.label).toBe('Switch to Standard_A2_v2 (Standard)')
    applyAndCheck(standard, f1, fix1)

    const large = fixture('contoso')
      .props('cmg-granitefalls', { vmSize: 'Standard_B2s' })
      .props('pop-roaming', { count: 15_000 })
      .build()
    const f2 = only(findingsOf(large, 'CMG-DEPLOY-008'))
    const fix2 = only(quickFixesFor(large, f2))
    expect(fix2.label).toBe('Switch to Standard_A4_v2 (Large)')
    const next = applyAndCheck(large, f2, fix2)
    expect(findingsOf(next, 'CMG-CAP-001')).toEqual([])
  })

  it('offers nothing for findings that need a decision, and changes nothing when the element is gone', () => {
    const doc = fixture('contoso').props('cmg-granitefalls', { vmCount: 1 }).build()
    const cost = only(findingsOf(doc, 'CMG-COST-001'))
    expect(quickFixesFor(doc, cost)).toEqual([])

    const finding = only(findingsOf(doc, 'CMG-HA-001'))
    const fix = only(quickFixesFor(doc, finding))
    const without = fixture('contoso').remove('cmg-granitefalls').build()
    expect(fix.apply(without)).toBe(without)
  })
})
