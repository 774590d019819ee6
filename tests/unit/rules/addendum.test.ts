// docs/rules-catalogue-addendum.md through the full engine: the fixture table of A2.2 gives exactly
// its findings (one fault, one finding), capacity and cost count at most 16 VMs at the size the CMG
// really runs (A3), CMG-CAP-001 checks each CMG's share (A3.5), a design without an evaluation date
// is checked against the host's today (A4), and the wording of A5 — plus the two decisions of
// docs/rules-catalogue-decisions.md (a connection point linked to no CMG, "1 client").
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../../src/shared/model/document'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { assignedToSecondary, cmgDeleted, twoCmgs } from '../../../src/shared/testing/addendum-fixtures'
import { fixture } from '../../../src/shared/testing/fixture'
import { TEST_TODAY } from '../../support/today'

/** The unsuppressed findings, without the two infos every Contoso CMG gets. */
const findings = (d: DesignDocument, options?: EvaluationOptions) =>
  evaluateDesign(d, options).findings.filter(
    (f) => !f.suppressed && f.ruleId !== 'CMG-VER-004' && f.ruleId !== 'CMG-COST-001',
  )
const ruleIds = (d: DesignDocument, options?: EvaluationOptions) =>
  findings(d, options)
    .map((f) => f.ruleId)
    .sort()
const ofRule = (d: DesignDocument, ruleId: string, options?: EvaluationOptions) =>
  evaluateDesign(d, options).findings.filter((f) => f.ruleId === ruleId)
const cmgRow = (d: DesignDocument, cmgId: string, options?: EvaluationOptions) =>
  evaluateDesign(d, options).capacity.find((r) => r.nodeId === cmgId && r.metric === 'concurrentClients')
const priced = (patch: Record<string, unknown> = {}) =>
  fixture('contoso').design({
    priceBook: {
      currency: 'USD',
      vmHourly: { Standard_B2s: 0.05, Standard_A2_v2: 0.12, Standard_A4_v2: 0.24 },
      egressPerGB: 0.08,
      ...patch,
    },
  })

describe('A2.2: the structural fixtures give one finding each', () => {
  it('population with no site: CMG-STRUCT-001 only, and the CMG row still counts 8,000 of 12,000', () => {
    const d = fixture('contoso').unedge('assignedTo', 'pop-roaming').build()
    expect(ruleIds(d)).toEqual(['CMG-STRUCT-001'])
    expect(findings(d)[0]?.message).toBe(
      'Population Roaming laptops is assigned to no site: its 8,000 clients stay unmanaged until they join a primary site, and they are missing from every site, management point and software update point capacity figure (only the CMG counts them).',
    )
    expect(cmgRow(d, 'cmg-granitefalls')).toMatchObject({ load: 8000, limit: 12000 })
    const site = evaluateDesign(d).capacity.find((r) => r.nodeId === 'site-nyc' && r.metric === 'siteClients')
    expect(site?.load).toBe(0)
  })

  it('CMG with no site: CMG-STRUCT-002 only, also with a CAS (no CMG-TOPTIER-002)', () => {
    expect(ruleIds(fixture('contoso').unedge('createdAt', 'cmg-granitefalls').build())).toEqual([
      'CMG-STRUCT-002',
    ])
    const fc = fixture('fourth-coffee').unedge('createdAt', 'cmg-fc').build()
    expect(ruleIds(fc).filter((id) => id !== 'CMG-HA-002')).toEqual(['CMG-STRUCT-002'])
  })

  it('roaming laptops assigned to the branch secondary: CMG-STRUCT-003 naming the parent primary, no TOPTIER-005, MP-001, SUP-001', () => {
    const d = assignedToSecondary().build()
    expect(ruleIds(d)).toEqual(['CMG-STRUCT-003'])
    expect(findings(d)[0]?.message).toBe(
      "Population Roaming laptops is assigned to Site Branch office (BR1), a secondary site; clients can only be assigned to a primary site. Assign them to its parent primary Site New York City HQ (CON): on the intranet they can still use the secondary's management point, but over the CMG they only use their assigned primary's.",
    )
  })

  it('a population assigned to the CAS: CMG-STRUCT-003', () => {
    const d = fixture('fourth-coffee')
      .unedge('assignedTo', 'pop-sea')
      .edge('assignedTo', 'pop-sea', 'site-sea-cas')
      .build()
    const errors = findings(d).filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.ruleId)).toEqual(['CMG-STRUCT-003'])
    expect(errors[0]?.message).toContain('the central administration site')
  })

  it('CMG deleted, population still uses it: CMG-STRUCT-004 only (no TOPTIER-005, CONTENT-002)', () => {
    expect(ruleIds(cmgDeleted().build())).toEqual(['CMG-STRUCT-004'])
  })

  it('peak above count: CMG-STRUCT-005 only, and the CMG carries 1,000', () => {
    const d = fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 5000 }).build()
    expect(ruleIds(d)).toEqual(['CMG-STRUCT-005'])
    expect(findings(d)[0]?.message).toBe(
      'Population Roaming laptops: 5,000 peak concurrent CMG connections is more than its 1,000 clients; capacity counts 1,000.',
    )
    expect(cmgRow(d, 'cmg-granitefalls')?.load).toBe(1000)
  })

  it('17 VMs: CMG-DEPLOY-009 only (no CAP-002, NET-001), capacity 96,000', () => {
    const d = fixture('contoso').props('cmg-granitefalls', { vmCount: 17 }).build()
    expect(ruleIds(d)).toEqual(['CMG-DEPLOY-009'])
    expect(cmgRow(d, 'cmg-granitefalls')).toMatchObject({
      limit: 96000,
      label: "Concurrent clients (16 × Standard_A2_v2 at 6,000 per VM; only 16 of the design's 17 VMs count)",
    })
  })

  it('0 VMs: CMG-DEPLOY-009 only (no CAP-001, HA-001); the row keeps the load at limit 0 and breaks at no growth', () => {
    const d = fixture('contoso').props('cmg-granitefalls', { vmCount: 0 }).build()
    expect(ruleIds(d)).toEqual(['CMG-DEPLOY-009'])
    expect(cmgRow(d, 'cmg-granitefalls')).toMatchObject({
      load: 8000,
      limit: 0,
      breaksAtGrowth: null,
      label: 'Concurrent clients (0 VMs: no capacity)',
    })
  })

  it('A8_v2 on 2503: CMG-DEPLOY-007 only (no CAP-001); the row says why its limit is 0', () => {
    // Evaluated while 2503 is still supported, so CMG-VER-001 stays out of the way.
    const d = fixture('contoso')
      .design({ cmVersion: 2503, evaluationDate: '2026-06-01' })
      .props('cmg-granitefalls', { vmSize: 'Standard_A8_v2' })
      .build()
    expect(ruleIds(d)).toEqual(['CMG-DEPLOY-007'])
    expect(cmgRow(d, 'cmg-granitefalls')).toMatchObject({
      limit: 0,
      breaksAtGrowth: null,
      label: 'Concurrent clients (2 × Standard_A8_v2: no documented capacity for Standard_A8_v2)',
    })
  })

  it('a classic CMG with an A4_v2 size in the file runs A2_v2: CMG-CAP-001 checks 6,000 per VM', () => {
    const d = fixture('contoso')
      .props('cmg-granitefalls', { method: 'classic', vmSize: 'Standard_A4_v2' })
      .props('pop-roaming', { count: 13000 })
      .build()
    expect(ofRule(d, 'CMG-DEPLOY-007', { cmVersion: 2107 })).toHaveLength(1)
    expect(ofRule(d, 'CMG-CAP-001', { cmVersion: 2107 }).map((f) => f.message)).toEqual([
      'CMG GraniteFalls: 13,000 concurrent CMG clients exceed 2 VMs × 6,000 = 12,000; requests still work but slow down.',
    ])
  })
})

describe('A3.1: only 16 VMs count', () => {
  it('99 VMs carry at most 96,000; CAP-001 shows the 16-VM figure', () => {
    const d = fixture('contoso')
      .props('cmg-granitefalls', { vmCount: 99 })
      .props('pop-roaming', { count: 100000 })
      .build()
    expect(ofRule(d, 'CMG-CAP-001')[0]?.message).toBe(
      'CMG GraniteFalls: 100,000 concurrent CMG clients exceed 16 VMs × 6,000 = 96,000; requests still work but slow down.',
    )
    expect(ruleIds(d)).toContain('CMG-DEPLOY-009')
    expect(ruleIds(d).filter((id) => ['CMG-CAP-002', 'CMG-NET-001', 'CMG-HA-001'].includes(id))).toEqual([])
  })
})

describe('A3.5: CMG-CAP-001 on each CMG’s share', () => {
  const cap001 = (count: number) =>
    ofRule(
      twoCmgs().props('pop-roaming', { count }).props('cmg-granitefalls', { vmCount: 2 }).build(),
      'CMG-CAP-001',
    )
  it('16,000 unpinned clients fit 18,000 in total, but fire on the one-VM CMG only', () => {
    const hits = cap001(16000)
    expect(hits.map((f) => f.nodeIds)).toEqual([['cmg-basalt', 'pop-roaming']])
    expect(hits[0]?.message).toBe(
      'CMG BasaltFalls: its share of the CMG clients, about 8,000 concurrent (clients pick at random among the CMGs they may use), exceeds 1 VM × 6,000 = 6,000; requests still work but slow down.',
    )
  })
  it('12,000 clients (6,000 each) fire nothing; 12,002 (6,001 each) fire on the one-VM CMG', () => {
    expect(cap001(12000)).toEqual([])
    expect(cap001(12002).map((f) => f.nodeIds[0])).toEqual(['cmg-basalt'])
  })
  it('a total over both capacities fires only on the CMGs whose share is over', () => {
    // 26,000 > 18,000 in total; GraniteFalls pinned with 10,000 of its own stays within 12,000.
    const d = twoCmgs()
      .props('pop-roaming', { count: 16000 })
      .edge('uses', 'pop-roaming', 'cmg-basalt')
      .add('clientPopulation', 'pop-hq', { props: { count: 10000 } })
      .edge('assignedTo', 'pop-hq', 'site-nyc')
      .edge('uses', 'pop-hq', 'cmg-granitefalls')
      .build()
    expect(ofRule(d, 'CMG-CAP-001').map((f) => f.nodeIds[0])).toEqual(['cmg-basalt'])
  })
})

describe('A3.3: cost at the size the CMG really runs', () => {
  const vmLine = (d: DesignDocument, options?: EvaluationOptions) =>
    evaluateDesign(d, options).cost.cmgs[0]?.lines.find((l) => l.item === 'vm')
  const cost001 = (d: DesignDocument, options?: EvaluationOptions) =>
    ofRule(d, 'CMG-COST-001', options)[0]?.message ?? ''

  it('a classic CMG whose file says A4_v2 is priced and described as A2_v2', () => {
    const d = priced().props('cmg-granitefalls', { method: 'classic', vmSize: 'Standard_A4_v2' }).build()
    expect(vmLine(d, { cmVersion: 2107 })).toMatchObject({ monthly: 2 * 730 * 0.12 })
    const message = cost001(d, { cmVersion: 2107 })
    expect(message).toContain(
      "2 × Standard_A2_v2 VMs (classic CMGs always run Standard_A2_v2; the design's Standard_A4_v2 isn't used)",
    )
    expect(message).not.toContain('× Standard_A4_v2')
  })
  it('a VMSS CMG on 2103 with A4_v2 in the file is priced as A2_v2; so is a classic one with an undocumented size', () => {
    const vmss = priced().props('cmg-granitefalls', { vmSize: 'Standard_A4_v2' }).build()
    expect(vmLine(vmss, { cmVersion: 2103 })?.monthly).toBe(2 * 730 * 0.12)
    const classic = priced()
      .props('cmg-granitefalls', { method: 'classic', vmSize: 'Standard_A8_v2' })
      .build()
    expect(vmLine(classic, { cmVersion: 2107 })?.monthly).toBe(2 * 730 * 0.12)
  })
  it('a VMSS CMG on 2107+ with an undocumented size has no price', () => {
    const d = priced().props('cmg-granitefalls', { vmSize: 'Standard_A8_v2' }).build()
    expect(vmLine(d)?.monthly).toBeNull()
  })
  it('99 VMs are priced as 16, and both the cost and CMG-COST-001 say the design asks for more', () => {
    const d = priced().props('cmg-granitefalls', { vmCount: 99 }).build()
    expect(vmLine(d)).toMatchObject({ monthly: 16 * 730 * 0.12 })
    expect(vmLine(d)?.basis).toContain('a CMG runs at most 16 VMs; the design says 99')
    expect(cost001(d)).toContain('16 × Standard_A2_v2 VMs (a CMG runs at most 16 VMs; the design says 99)')
  })
})

describe('A4: CMG-VER-001 without an evaluation date', () => {
  it('checks against the host’s today and says so', () => {
    const d = fixture('contoso').design({ cmVersion: 2107, evaluationDate: undefined }).build()
    expect(ofRule(d, 'CMG-VER-001', { today: TEST_TODAY })[0]?.message).toBe(
      `Configuration Manager 2107 went out of support on 2023-02-02 (each version gets 18 months); the design has no evaluation date, so today's date, ${TEST_TODAY}, was used, and Site New York City HQ (CON) is where the update is installed.`,
    )
  })
  it('prefers the design’s own evaluation date to today', () => {
    const d = fixture('contoso').design({ cmVersion: 2107, evaluationDate: '2023-01-01' }).build()
    expect(ofRule(d, 'CMG-VER-001', { today: TEST_TODAY })).toEqual([])
  })
})

describe('A5.1: CMG-COST-001 wording', () => {
  const message = (d: DesignDocument) => ofRule(d, 'CMG-COST-001')[0]?.message ?? ''
  it('a CMG no clients use names the background traffic, never a "0-0 GB" range', () => {
    const m = message(
      fixture('contoso').props('pop-roaming', { usesCmg: false, location: 'intranet' }).build(),
    )
    expect(m).toContain(
      'no clients use this CMG in the design; Azure still bills the background traffic between the CMG and the site',
    )
    expect(m).not.toMatch(/0-0 GB/)
  })
  it('one client is "about 1 client" at "≈ 0.1-0.3 GB"', () => {
    const m = message(fixture('contoso').props('pop-roaming', { count: 1 }).build())
    expect(m).toContain('about 1 client × 100-300 MB a month ≈ 0.1-0.3 GB')
  })
  it('Contoso keeps its figures: 8,000 clients ≈ 781-2,344 GB', () => {
    expect(message(fixture('contoso').build())).toContain(
      'about 8,000 clients × 100-300 MB a month ≈ 781-2,344 GB of outbound data a month before content downloads, plus 2 × Standard_A2_v2 VMs,',
    )
  })
})

describe('A5.2 and A5.3: CMG-CAP-007’s fix fits the limit exceeded', () => {
  const cap007 = (d: DesignDocument) => ofRule(d, 'CMG-CAP-007')
  it('a standalone primary over 175,000 is told to add a CAS, with no SQL Server advice', () => {
    const [hit] = cap007(fixture('contoso').props('pop-roaming', { count: 180000 }).build())
    expect(hit?.fix).toBe('Add a CAS and spread the clients over child primary sites (150,000 clients each).')
    expect(hit?.fix).not.toMatch(/SQL Server|Enterprise/)
    expect(hit?.message).not.toContain('full hierarchy')
  })
  it('a child primary over 150,000 moves clients to another child primary', () => {
    const [hit] = cap007(fixture('fourth-coffee').props('pop-sea', { count: 160000 }).build())
    expect(hit?.fix).toBe('Move clients to another child primary site (a CAS supports up to 25).')
  })
  it('a CAS on SQL Server Standard over 50,000 is the only case that names SQL Server Enterprise', () => {
    const [hit] = cap007(
      fixture('fourth-coffee')
        .props('site-sea-cas', { sqlEdition: 'standard' })
        .props('pop-sea', { count: 45000 })
        .build(),
    )
    expect(hit?.fix).toBe('Run the CAS database on SQL Server Enterprise.')
  })
  it('a secondary over 15,000 gets more secondaries or a primary', () => {
    const d = assignedToSecondary().props('pop-roaming', { count: 16000 }).build()
    const hit = cap007(d).find((f) => f.nodeIds[0] === 'site-br1')
    expect(hit?.fix).toBe('Serve the location with more secondary sites or a primary site.')
  })
  it('more Windows clients than any hierarchy supports says so and splits the hierarchy; exactly 700,000 does not', () => {
    const [over] = cap007(fixture('contoso').props('pop-roaming', { count: 700001 }).build())
    expect(over?.message).toContain('more than even a full hierarchy supports (700,000 Windows clients)')
    expect(over?.fix).toBe('Split the clients over separate hierarchies.')
    const [exact] = cap007(fixture('contoso').props('pop-roaming', { count: 700000 }).build())
    expect(exact?.message).not.toContain('full hierarchy')
    expect(exact?.fix).toBe(
      'Add a CAS and spread the clients over child primary sites (150,000 clients each).',
    )
    const [hierarchy] = cap007(
      fixture('fourth-coffee')
        .props('pop-sea', { count: 400000 })
        .props('pop-par', { count: 400000 })
        .build(),
    ).filter((f) => f.nodeIds[0] === 'site-sea-cas')
    expect(hierarchy?.message).toContain('more than even a full hierarchy supports (700,000 Windows clients)')
    expect(hierarchy?.fix).toBe('Split the clients over separate hierarchies.')
  })
})

describe('decisions: a connection point linked to no CMG, and "1 client"', () => {
  it('a connection point linked to no CMG does not count at its site (D1)', () => {
    const d = fixture('contoso').unedge('linkedTo', 'cp-nyc-1').unedge('linkedTo', 'cp-nyc-2').build()
    expect(ruleIds(d)).toEqual(['CMG-STRUCT-006', 'CMG-STRUCT-006', 'CMG-TOPTIER-004', 'CMG-TOPTIER-005'])
  })
  it('the remaining linked connection point carries all of its site’s CMG clients (D1)', () => {
    const d = fixture('contoso').unedge('linkedTo', 'cp-nyc-1').build()
    const ports = evaluateDesign(d).capacity.filter((r) => r.metric === 'connectionPointPorts')
    expect(ports.map((r) => [r.nodeId, r.load])).toEqual([
      ['cp-nyc-1', 0],
      ['cp-nyc-2', 8000],
    ])
  })
  it('messages count "1 client" and "1 concurrent client" in the singular (D2)', () => {
    const lab = fixture('lab').design({ environment: 'production' }).props('pop-lab', { count: 1 }).build()
    expect(ofRule(lab, 'CMG-DEPLOY-008')[0]?.message).toContain(
      '(1 concurrent client, capacity 1 VM × 10 = 10)',
    )
    const noSite = fixture('contoso')
      .props('pop-roaming', { count: 1 })
      .unedge('assignedTo', 'pop-roaming')
      .build()
    expect(ofRule(noSite, 'CMG-STRUCT-001')[0]?.message).toContain(
      'its 1 client stays unmanaged until it joins a primary site, and it is missing',
    )
  })
})
