// The design examples of docs/rules-catalogue.md section 5 give exactly the findings the catalogue
// lists, and the same design gives different findings on 2103, 2107, 2203 and 2403 where the
// catalogue says so.
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../../src/shared/model/document'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { fixture } from '../../../src/shared/testing/fixture'

const active = (d: DesignDocument, options?: EvaluationOptions) =>
  evaluateDesign(d, options).findings.filter((f) => !f.suppressed)
const ids = (d: DesignDocument, severity?: string, options?: EvaluationOptions) =>
  active(d, options)
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.ruleId)
    .sort()

describe('example 1: Contoso, standalone primary', () => {
  const d = fixture('contoso').build()
  it('has no errors or warnings and exactly the two infos', () => {
    expect(ids(d, 'error')).toEqual([])
    expect(ids(d, 'warning')).toEqual([])
    expect(ids(d, 'info')).toEqual(['CMG-COST-001', 'CMG-VER-004'])
  })
  it('has 2 × 6,000 = 12,000 capacity for 8,000 clients', () => {
    const row = evaluateDesign(d).capacity.find(
      (r) => r.nodeId === 'cmg-granitefalls' && r.metric === 'concurrentClients',
    )
    expect(row).toMatchObject({ load: 8000, limit: 12000, vmsNeeded: 2, breaksAtGrowth: 1.5 })
  })
})

describe('example 2: Fourth Coffee, CAS with two primaries', () => {
  const d = fixture('fourth-coffee').build()
  it('warns CMG-HA-002 once per primary and nothing else', () => {
    expect(ids(d, 'error')).toEqual([])
    const warnings = active(d).filter((f) => f.severity === 'warning')
    expect(warnings.map((f) => f.ruleId)).toEqual(['CMG-HA-002', 'CMG-HA-002'])
    expect(warnings.map((f) => f.nodeIds.find((n) => n.startsWith('site-'))).sort()).toEqual([
      'site-par-pri',
      'site-sea-pri',
    ])
  })
  it('has 4 × 6,000 = 24,000 capacity for 21,000 clients and one connection point per site is enough', () => {
    const cap = evaluateDesign(d).capacity
    expect(cap.find((r) => r.nodeId === 'cmg-fc' && r.metric === 'concurrentClients')).toMatchObject({
      load: 21000,
      limit: 24000,
    })
    expect(cap.filter((r) => r.metric === 'vmsPerConnectionPoint').map((r) => r.load)).toEqual([4, 4])
    expect(ids(d)).not.toContain('CMG-CAP-002')
  })
})

describe('example 3: one tenant, two subscriptions', () => {
  const d = fixture('contoso')
    .add('azureSubscription', 'sub-billing', {
      props: {
        tenantId: 'contoso',
        registeredProviders: [
          'Microsoft.KeyVault',
          'Microsoft.Storage',
          'Microsoft.Network',
          'Microsoft.Compute',
        ],
      },
    })
    .add('cmg', 'cmg-second', {
      parentId: 'sub-billing',
      props: {
        prefix: 'GraniteFalls2',
        serviceNameCn: 'GraniteFalls2.contoso.com',
        dnsCnameConfigured: true,
        region: 'eastus',
        vmCount: 2,
      },
    })
    .edge('createdAt', 'cmg-second', 'site-nyc')
    .add('server', 'srv-nyc-cp3', { parentId: 'site-nyc', props: { fqdn: 'nyc-cp3.contoso.com' } })
    .add('cmgConnectionPoint', 'cp-nyc-3', { parentId: 'srv-nyc-cp3' })
    .add('server', 'srv-nyc-cp4', { parentId: 'site-nyc', props: { fqdn: 'nyc-cp4.contoso.com' } })
    .add('cmgConnectionPoint', 'cp-nyc-4', { parentId: 'srv-nyc-cp4' })
    .edge('linkedTo', 'cp-nyc-3', 'cmg-second')
    .edge('linkedTo', 'cp-nyc-4', 'cmg-second')
    .build()
  it('gives no Azure errors and no duplicate-name error', () => {
    expect(ids(d).filter((id) => id.startsWith('CMG-AZ-') || id === 'CMG-NAME-003')).toEqual([])
    expect(ids(d, 'error')).toEqual([])
  })
})

describe('example 4: users in tenant A, CMG subscription in tenant B', () => {
  const base = () =>
    fixture('contoso')
      .design({
        tenants: [
          { id: 'tenant-a', name: 'Users and devices', cloudManagement: true, entraUserDiscovery: true },
          { id: 'tenant-b', name: 'Subscription tenant', cloudManagement: true, authDisabled: true },
        ],
      })
      .props('sub-contoso', { tenantId: 'tenant-b' })
      .props('pop-roaming', { identityTenantId: 'tenant-a' })
  it('is clean when the site is onboarded to both tenants', () => {
    expect(ids(base().build()).filter((id) => id.startsWith('CMG-AZ-'))).toEqual([])
  })
  it('4a: tenant B not onboarded gives CMG-AZ-007', () => {
    expect(ids(base().tenant('tenant-b', { cloudManagement: false }).build(), 'error')).toEqual([
      'CMG-AZ-007',
    ])
  })
  it('4b: tenant A not onboarded while clients use Entra auth gives CMG-AZ-008', () => {
    expect(ids(base().tenant('tenant-a', { cloudManagement: false }).build(), 'error')).toContain(
      'CMG-AZ-008',
    )
  })
})

describe('example 5: VPN boundary group, cloud first', () => {
  const vpn = () =>
    // "2203 or later": 2509 keeps CMG-VER-001 (2203 is out of support by the template's date) out of the way.
    fixture('contoso')
      .add('boundaryGroup', 'bg-vpn', { name: 'VPN-Pool', props: { preferCloudSources: true } })
      .add('clientPopulation', 'pop-vpn', {
        name: 'VPN users',
        props: {
          count: 2000,
          location: 'vpn',
          usesCmg: false,
          intendsCmg: true,
          joinType: 'hybridJoined',
          authMethod: 'entra',
          identityTenantId: 'contoso',
        },
      })
      .edge('assignedTo', 'pop-vpn', 'site-nyc')
      .edge('inBoundaryGroup', 'pop-vpn', 'bg-vpn')
      .edge('references', 'bg-vpn', 'sup-nyc')
  it('warns CMG-SUP-003 and notes CMG-BG-002', () => {
    const d = vpn().edge('references', 'bg-vpn', 'cmg-granitefalls').build()
    expect(ids(d, 'warning')).toEqual(['CMG-SUP-003'])
    expect(ids(d, 'info')).toContain('CMG-BG-002')
  })
  it('without the CMG reference warns CMG-BG-001 instead', () => {
    const d = vpn().build()
    expect(ids(d, 'warning')).toEqual(['CMG-BG-001'])
  })
})

describe('example 6: lab proof of concept', () => {
  it('as a lab has no HA warnings and no CMG-DEPLOY-008', () => {
    expect(ids(fixture('lab').build(), 'warning')).toEqual([])
    expect(ids(fixture('lab').build(), 'error')).toEqual([])
  })
  it('in production warns CMG-DEPLOY-008, CMG-HA-001 and CMG-HA-002', () => {
    expect(ids(fixture('lab').design({ environment: 'production' }).build(), 'warning')).toEqual([
      'CMG-DEPLOY-008',
      'CMG-HA-001',
      'CMG-HA-002',
    ])
  })
})

describe('example 7: negative fixtures, one finding each', () => {
  const cases: [string, () => DesignDocument, string[]][] = [
    [
      'A8_v2 VM on 2503',
      () =>
        fixture('contoso')
          .design({ cmVersion: 2503 })
          .props('cmg-granitefalls', { vmSize: 'Standard_A8_v2' })
          .build(),
      ['CMG-DEPLOY-007'],
    ],
    [
      '17 VMs',
      () => fixture('contoso').props('cmg-granitefalls', { vmCount: 17 }).build(),
      ['CMG-DEPLOY-009'],
    ],
    [
      '40,000 clients on 2 × A2_v2',
      () => fixture('contoso').props('pop-roaming', { count: 40000, concurrent: 40000 }).build(),
      ['CMG-CAP-001'],
    ],
    ['SCP offline', () => fixture('contoso').props('scp-nyc', { mode: 'offline' }).build(), ['CMG-SCP-002']],
    [
      'Windows 8.1 with Entra auth',
      () =>
        fixture('contoso')
          .props('pop-roaming', { os: ['win81'] })
          .build(),
      ['CMG-AUTH-001'],
    ],
    [
      'name with a double hyphen',
      () =>
        fixture('contoso')
          .props('cmg-granitefalls', { prefix: 'gran--falls', serviceNameCn: 'gran--falls.contoso.com' })
          .build(),
      ['CMG-NAME-001', 'CMG-NAME-002'],
    ],
  ]
  for (const [name, design, expected] of cases)
    it(name, () => {
      const found = ids(design()).filter((id) => !['CMG-VER-004', 'CMG-COST-001'].includes(id))
      for (const id of expected) expect(found).toContain(id)
    })
})

describe('version behaviour', () => {
  const classicExisting = () =>
    fixture('contoso')
      .props('cmg-granitefalls', {
        method: 'classic',
        lifecycle: 'existing',
        serviceNameCn: 'GraniteFalls.contoso.com',
      })
      .build()
  it('an existing classic CMG is fine on 2103, a warning on 2107 and 2203, and an error on 2403', () => {
    const sev = (v: 2103 | 2107 | 2203 | 2403) =>
      active(classicExisting(), { cmVersion: v })
        .filter((f) => f.ruleId === 'CMG-DEPLOY-005')
        .map((f) => f.severity)
    expect(sev(2103)).toEqual([])
    expect(sev(2107)).toEqual(['warning'])
    expect(sev(2203)).toEqual(['warning'])
    expect(sev(2403)).toEqual(['error'])
  })
  it('a new VMSS CMG is pre-release on 2103 and fine from 2107; a new classic one is refused from 2203', () => {
    expect(ids(fixture('contoso').build(), undefined, { cmVersion: 2103 })).toContain('CMG-DEPLOY-001')
    expect(ids(fixture('contoso').build(), undefined, { cmVersion: 2107 })).not.toContain('CMG-DEPLOY-001')
    const newClassic = fixture('contoso').props('cmg-granitefalls', { method: 'classic' }).build()
    expect(ids(newClassic, 'error', { cmVersion: 2107 })).not.toContain('CMG-DEPLOY-004')
    expect(ids(newClassic, 'error', { cmVersion: 2203 })).toContain('CMG-DEPLOY-004')
  })
  it('HTTP client communication is a warning on 2203 and an error on 2403', () => {
    const http = fixture('contoso')
      .props('site-nyc', { ehttpEnabled: false, commSecurity: 'httpsOrHttp' })
      .build()
    const sev = (v: 2203 | 2403) =>
      active(http, { cmVersion: v })
        .filter((f) => f.ruleId === 'CMG-MP-003')
        .map((f) => f.severity)
    expect(sev(2203)).toEqual(['warning'])
    expect(sev(2403)).toEqual(['error'])
  })
  it('per-VM capacity is 2,000 on 2103 and 6,000 on 2107 for the same CMG', () => {
    const limit = (v: 2103 | 2107) =>
      evaluateDesign(fixture('contoso').build(), { cmVersion: v }).capacity.find(
        (r) => r.metric === 'concurrentClients',
      )?.limit
    expect(limit(2103)).toBe(4000)
    expect(limit(2107)).toBe(12000)
  })
})
