// The engine API: deterministic output, stable sorting, suppressions reported (not dropped),
// capacity rows that agree with the capacity rules, growth headroom, and a cost estimate that never
// invents a price.
import { describe, expect, it } from 'vitest'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { RULES } from '../../../src/shared/rules/registry'
import { SEVERITY_ORDER } from '../../../src/shared/rules/types'
import { fixture } from '../../../src/shared/testing/fixture'

const crowded = () =>
  fixture('contoso')
    .props('cmg-granitefalls', { vmCount: 1 })
    .props('pop-roaming', { count: 30000 })
    .props('site-nyc', { ehttpEnabled: false })

describe('evaluateDesign', () => {
  it('gives the same result for the same design, every time', () => {
    const d = crowded().build()
    expect(JSON.stringify(evaluateDesign(d))).toBe(JSON.stringify(evaluateDesign(structuredClone(d))))
  })

  it('sorts findings by severity, then rule id, then element', () => {
    const f = evaluateDesign(crowded().build()).findings
    expect(f.length).toBeGreaterThan(3)
    for (let i = 1; i < f.length; i++) {
      const a = f[i - 1]!
      const b = f[i]!
      const order =
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId)
      expect(order).toBeLessThanOrEqual(0)
    }
  })

  it('reports a suppressed finding as suppressed, with its reason, and does not count it', () => {
    const before = evaluateDesign(fixture('contoso').props('cmg-granitefalls', { vmCount: 1 }).build())
    expect(before.findings.find((x) => x.ruleId === 'CMG-HA-001')?.suppressed).toBe(false)
    const after = evaluateDesign(
      fixture('contoso')
        .props('cmg-granitefalls', { vmCount: 1 })
        .suppress('CMG-HA-001', 'cmg-granitefalls', 'Pilot runs on one VM until March')
        .build(),
    )
    const ha = after.findings.find((x) => x.ruleId === 'CMG-HA-001')
    expect(ha).toMatchObject({ suppressed: true, suppressionReason: 'Pilot runs on one VM until March' })
    expect(after.summary.warnings).toBe(before.summary.warnings - 1)
    expect(after.summary.suppressed).toBe(1)
  })

  it('names elements and numbers in messages, with fix and Microsoft Learn links', () => {
    const cap = evaluateDesign(crowded().build()).findings.find((x) => x.ruleId === 'CMG-CAP-001')
    expect(cap?.message).toContain('GraniteFalls')
    expect(cap?.message).toContain('30,000')
    expect(cap?.message).toContain('6,000')
    expect(
      cap?.docs.every(
        (u) =>
          u.startsWith('https://learn.microsoft.com/') || u.startsWith('https://github.com/MicrosoftDocs/'),
      ),
    ).toBe(true)
    expect(cap?.fix.length).toBeGreaterThan(10)
  })

  it('every rule declares a title, a fix and at least one source', () => {
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(5)
      expect(r.fix.length, r.id).toBeGreaterThan(10)
      expect(r.sources.length, r.id).toBeGreaterThan(0)
    }
  })
})

describe('capacity', () => {
  it('fires the row’s rule on the row’s element whenever load exceeds limit', () => {
    const designs = [
      crowded().build(),
      fixture('fourth-coffee').props('pop-sea', { count: 40000 }).build(),
      fixture('contoso').props('pop-roaming', { count: 200000 }).remove('srv-nyc-cp2').build(),
    ]
    for (const d of designs) {
      const e = evaluateDesign(d)
      for (const row of e.capacity.filter((r) => r.load > r.limit)) {
        const fired = e.findings.some((f) => f.ruleId === row.ruleId && f.nodeIds.includes(row.nodeId))
        expect(fired, `${row.ruleId} on ${row.nodeId} (${row.metric} ${row.load}/${row.limit})`).toBe(true)
      }
    }
  })

  it('reports the growth factor at which each limit breaks', () => {
    const e = evaluateDesign(fixture('contoso').build())
    const cmg = e.capacity.find((r) => r.metric === 'concurrentClients')
    expect(cmg?.breaksAtGrowth).toBe(1.5)
    const mp = e.capacity.find((r) => r.metric === 'mpClients')
    expect(mp?.breaksAtGrowth).toBeCloseTo(25000 / 8000)
    const atBreak = evaluateDesign(fixture('contoso').build(), { growth: 1.6 })
    expect(atBreak.findings.some((f) => f.ruleId === 'CMG-CAP-001')).toBe(true)
    expect(
      evaluateDesign(fixture('contoso').build(), { growth: 1.4 }).findings.some(
        (f) => f.ruleId === 'CMG-CAP-001',
      ),
    ).toBe(false)
  })

  it('counts VMs needed and connection-point ports', () => {
    const e = evaluateDesign(fixture('contoso').props('pop-roaming', { count: 40000 }).build())
    expect(e.capacity.find((r) => r.metric === 'concurrentClients')?.vmsNeeded).toBe(7)
    const ports = e.capacity.filter((r) => r.metric === 'connectionPointPorts')
    expect(ports.map((r) => [r.load, r.limit])).toEqual([
      [20000, 16384],
      [20000, 16384],
    ])
  })
})

describe('cost', () => {
  it('says unknown, never a made-up figure, when the price book is empty', () => {
    const c = evaluateDesign(fixture('contoso').build()).cost
    expect(c.monthly).toBeNull()
    expect(c.cmgs[0]?.lines.find((l) => l.item === 'vm')?.monthly).toBeNull()
    expect(c.cmgs[0]?.lines.find((l) => l.item === 'vm')?.basis).toMatch(/unknown/)
    expect(c.assumptions.length).toBeGreaterThan(2)
  })

  it('computes VM hours, egress per client and storage from the price book', () => {
    const d = fixture('contoso')
      .design({
        priceBook: {
          currency: 'EUR',
          asOf: '2026-11-01',
          hoursPerMonth: 730,
          vmHourly: { Standard_A2_v2: 0.1 },
          egressPerGB: 0.08,
          storagePerGBMonth: 0.02,
          egressMBPerClientMonth: 256,
        },
      })
      .props('cmg-granitefalls', { contentStorageGB: 100 })
      .build()
    const c = evaluateDesign(d).cost
    const lines = c.cmgs[0]!.lines
    expect(lines.find((l) => l.item === 'vm')?.monthly).toBeCloseTo(2 * 730 * 0.1)
    expect(lines.find((l) => l.item === 'egress')?.monthly).toBeCloseTo(((8000 * 256) / 1024) * 0.08)
    expect(lines.find((l) => l.item === 'storage')?.monthly).toBeCloseTo(2)
    expect(c.monthly).toBeCloseTo(146 + 160 + 2)
    expect(c.assumptions[0]).toContain('2026-11-01')
  })
})

describe('a defective rule', () => {
  it('is reported as a finding of its own instead of hiding the others', async () => {
    const { traceEvaluation } = await import('../../../src/shared/rules/engine')
    const broken = {
      ...RULES[0]!,
      id: 'CMG-TEST-999',
      evaluate: () => {
        throw new Error('boom')
      },
    }
    const { findings } = traceEvaluation(fixture('contoso').build(), {}, undefined, [
      broken,
      ...RULES,
    ]).evaluation
    expect(findings.find((f) => f.ruleId === 'CMG-TEST-999')).toMatchObject({
      severity: 'warning',
      nodeIds: [],
    })
    expect(findings.find((f) => f.ruleId === 'CMG-TEST-999')?.message).toContain('boom')
    expect(findings.some((f) => f.ruleId === 'CMG-VER-004')).toBe(true)
  })
})
