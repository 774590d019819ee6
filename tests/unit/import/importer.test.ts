// The Configuration Manager importer on the fixtures in tests/fixtures/import (built from the
// documented columns of SMS_Site / v_Site, SMS_SystemResourceList / v_SystemResourceList,
// SMS_BoundaryGroup / vSMS_BoundaryGroup and SMS_AzureService): a CAS with two primaries and a
// secondary from Export-Csv and from ConvertTo-Json (UTF-16), a standalone primary from SSMS CSV
// with SQL-view columns and a single-object JSON, unknown and not-modelled roles, damaged and
// foreign files. Asserts the structure a user sees (sites, hierarchy, servers, roles by kind), the
// report, and that the result loads through the same pipeline as a saved design.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { serializeDesign } from '../../../src/shared/format/serialize'
import { type ExportFile, importConfigMgr } from '../../../src/shared/import/importer'
import { importReportText } from '../../../src/shared/import/report-lines'
import { decodeExportBytes } from '../../../src/shared/import/table'
import type { DesignDocument } from '../../../src/shared/model/document'
import { TEST_TODAY } from '../../support/today'

const dir = join(__dirname, '..', '..', 'fixtures', 'import')

function fixture(name: string): ExportFile {
  const decoded = decodeExportBytes(readFileSync(join(dir, name)))
  if (!decoded.ok) throw new Error(decoded.error)
  return { fileName: name, text: decoded.value }
}

function imported(...names: string[]) {
  const result = importConfigMgr(names.map(fixture), { today: TEST_TODAY })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** The design as a user reads it: sites with their type, parent and servers with role kinds. */
function structure(doc: DesignDocument) {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const parentSite = new Map(doc.edges.filter((e) => e.kind === 'hierarchy').map((e) => [e.target, e.source]))
  return Object.fromEntries(
    doc.nodes.flatMap((site) => {
      if (site.kind !== 'site') return []
      const parent = parentSite.get(site.id)
      const servers = doc.nodes
        .filter((s) => s.kind === 'server' && s.parentId === site.id)
        .map((s) => ({
          server: s.name,
          siteServer: s.kind === 'server' && s.props.isSiteServer,
          roles: doc.nodes.filter((r) => r.parentId === s.id).map((r) => r.kind),
        }))
      return [
        [
          site.props.siteCode,
          {
            name: site.name,
            type: site.props.type,
            parent:
              parent === undefined
                ? null
                : (byId.get(parent) as { props: { siteCode: string } }).props.siteCode,
            servers,
          },
        ],
      ]
    }),
  )
}

const CAS_STRUCTURE = {
  CAS: {
    name: 'Contoso Central Administration',
    type: 'cas',
    parent: null,
    servers: [
      { server: 'CM-CAS.contoso.com', siteServer: true, roles: ['serviceConnectionPoint'] },
      { server: 'CM-CAS-SQL.contoso.com', siteServer: false, roles: [] },
    ],
  },
  P01: {
    name: 'Contoso Europe, Amsterdam',
    type: 'primary',
    parent: 'CAS',
    servers: [
      {
        server: 'CM-P01.contoso.com',
        siteServer: true,
        roles: ['managementPoint', 'softwareUpdatePoint', 'distributionPoint'],
      },
      { server: 'P01-CMGCP.contoso.com', siteServer: false, roles: ['cmgConnectionPoint'] },
      { server: 'P01-DP2.contoso.com', siteServer: false, roles: ['distributionPoint'] },
    ],
  },
  P02: {
    name: 'Contoso "Americas"',
    type: 'primary',
    parent: 'CAS',
    servers: [
      { server: 'CM-P02.contoso.com', siteServer: true, roles: ['managementPoint', 'distributionPoint'] },
    ],
  },
  S01: {
    name: 'Rotterdam\nbranch',
    type: 'secondary',
    parent: 'P01',
    servers: [
      { server: 'CM-S01.contoso.com', siteServer: true, roles: ['managementPoint', 'distributionPoint'] },
    ],
  },
}

describe('a CAS with two primaries and a secondary', () => {
  it('imports the Export-Csv files (#TYPE line, BOM, quoted fields, extra columns) into sites, hierarchy, servers and roles', () => {
    const { doc } = imported('cas-sites.csv', 'cas-roles.csv')
    expect(structure(doc)).toEqual(CAS_STRUCTURE)
    expect(doc.design.cmVersion).toBe(2403)
    expect(doc.design.evaluationDate).toBe(TEST_TODAY)
  })

  it('imports the same hierarchy from ConvertTo-Json files (UTF-16 with BOM, nested CIM objects ignored)', () => {
    const fromJson = imported('cas-sites.json', 'cas-roles.json')
    const fromCsv = imported('cas-sites.csv', 'cas-roles.csv')
    expect(structure(fromJson.doc)).toEqual(CAS_STRUCTURE)
    expect(fromJson.doc.nodes).toEqual(fromCsv.doc.nodes)
    expect(fromJson.doc.edges).toEqual(fromCsv.doc.edges)
  })

  it('reads what SMS_SystemResourceList carries about a role: MP HTTPS, internet-facing DP and SUP', () => {
    const { doc, report } = imported('cas-sites.csv', 'cas-roles.csv')
    const role = (kind: string, server: string) =>
      doc.nodes.find(
        (n) => n.kind === kind && doc.nodes.find((s) => s.id === n.parentId)?.name === server,
      ) as DesignDocument['nodes'][number]
    expect(role('managementPoint', 'CM-P01.contoso.com').props).toMatchObject({
      protocol: 'https',
      clientConnections: 'intranet',
    })
    expect(role('managementPoint', 'CM-P02.contoso.com').props).toMatchObject({ protocol: 'http' })
    expect(role('softwareUpdatePoint', 'CM-P01.contoso.com').props).toMatchObject({
      clientConnections: 'both',
    })
    expect(role('distributionPoint', 'P01-DP2.contoso.com').props).toMatchObject({ internetFacing: true })
    // What the export does not carry is listed, element by element.
    const mp = report.notImported.find((e) => e.element === 'Management point on CM-P01.contoso.com (P01)')
    expect(mp?.properties).toEqual(['allowCmgTraffic', 'aspNet45'])
    const site = report.notImported.find((e) => e.element === 'Site P01')
    expect(site?.properties).toContain('ehttpEnabled')
    expect(site?.properties).not.toContain('type')
  })

  it('reports the unknown role and the roles without a kind, and keeps their servers', () => {
    const { doc, report } = imported('cas-sites.csv', 'cas-roles.csv')
    expect(report.unknownRoles).toEqual([
      { roleName: 'SMS Future Widget Point', servers: ['CM-P02.contoso.com (P02)'] },
    ])
    expect(report.notModelledRoles.map((r) => [r.roleName, r.servers])).toEqual([
      ['SMS Provider', ['CM-CAS.contoso.com (CAS)']],
      ['SMS SQL Server', ['CM-CAS-SQL.contoso.com (CAS)']],
      ['SMS Fallback Status Point', ['CM-P02.contoso.com (P02)']],
    ])
    expect(doc.nodes.some((n) => n.name === 'CM-CAS-SQL.contoso.com')).toBe(true)
    const text = importReportText(report).join('\n')
    expect(text).toContain(
      'Unknown roles (not imported):\n  “SMS Future Widget Point” on CM-P02.contoso.com (P02)',
    )
    expect(text).toContain('Fallback status point (“SMS Fallback Status Point”) on CM-P02.contoso.com (P02)')
  })

  it('records in the design notes what was not imported, so it stays with the saved file', () => {
    const { doc } = imported('cas-sites.csv', 'cas-roles.csv')
    expect(doc.design.notes).toContain(
      `Imported from Configuration Manager on ${TEST_TODAY} (cas-sites.csv, cas-roles.csv).`,
    )
    expect(doc.design.notes).toMatch(/• Management point: allowCmgTraffic, aspNet45/)
    expect(doc.design.notes).toMatch(/• Server: os, hasClientAuthCert/)
  })

  it('gives a design that loads through the file pipeline unchanged, with nothing overlapping at the top level', () => {
    const { doc } = imported('cas-sites.csv', 'cas-roles.csv')
    const loaded = parseDesignFile(serializeDesign(doc))
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
    const sites = doc.nodes.filter((n) => n.kind === 'site')
    for (const a of sites)
      for (const b of sites) {
        if (a === b) continue
        const apart =
          a.position.x + (a.size?.width ?? 0) <= b.position.x ||
          b.position.x + (b.size?.width ?? 0) <= a.position.x ||
          a.position.y + (a.size?.height ?? 0) <= b.position.y ||
          b.position.y + (b.size?.height ?? 0) <= a.position.y
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true)
      }
  })
})

describe('a standalone primary', () => {
  it('imports SSMS CSV with v_Site / v_SystemResourceList columns (no quotes, NULL), merging CON-SS with CON-SS.contoso.com', () => {
    const { doc, report } = imported('standalone-sites-sql.csv', 'standalone-roles-sql.csv')
    expect(structure(doc)).toEqual({
      CON: {
        name: 'Contoso New York',
        type: 'primary',
        parent: null,
        servers: [
          {
            server: 'CON-SS.contoso.com',
            siteServer: true,
            roles: ['managementPoint', 'serviceConnectionPoint'],
          },
          { server: 'CON-CMGCP1.contoso.com', siteServer: false, roles: ['cmgConnectionPoint'] },
          { server: 'CON-CMGCP2.contoso.com', siteServer: false, roles: ['cmgConnectionPoint'] },
          { server: 'CON-DP01.contoso.com', siteServer: false, roles: ['distributionPoint'] },
          { server: 'CON-SQL.contoso.com', siteServer: false, roles: [] },
          { server: 'CON-SUP.contoso.com', siteServer: false, roles: ['softwareUpdatePoint'] },
        ],
      },
    })
    expect(doc.design.cmVersion).toBe(2409)
    expect(report.skipped).toEqual([
      {
        fileName: 'standalone-roles-sql.csv',
        where: 'line 10',
        reason: 'it has 2 values but the header names 5 columns',
      },
      {
        fileName: 'standalone-roles-sql.csv',
        where: 'line 11',
        reason: 'SiteCode "XXXX" is not 3 letters or digits',
      },
    ])
    // The SQL view has no SslState: the MP's protocol is not imported.
    const mp = report.notImported.find((e) => e.element.startsWith('Management point'))
    expect(mp?.properties).toContain('protocol')
  })

  it('imports a single-object ConvertTo-Json site with boundary groups and the CMG, linking the CMG connection points to it', () => {
    const { doc, report } = imported(
      'standalone-site.json',
      'standalone-roles-sql.csv',
      'standalone-boundary-groups.csv',
      'standalone-cloud-services.json',
    )
    expect(doc.nodes.filter((n) => n.kind === 'boundaryGroup').map((n) => n.name)).toEqual([
      'NYC Office',
      'VPN Clients',
    ])
    const cmg = doc.nodes.find((n) => n.kind === 'cmg')
    expect(cmg?.kind === 'cmg' && cmg.props).toMatchObject({
      prefix: 'GraniteFalls',
      serviceNameCn: 'GraniteFalls.contoso.com',
      region: 'eastus',
      vmCount: 2,
      lifecycle: 'existing',
      alerts: { egress14DayGB: 5000, warnPct: 50, critPct: 90, storageGB: 2000, stopOnCritical: false },
    })
    const subscription = doc.nodes.find((n) => n.id === cmg?.parentId)
    expect(subscription?.name).toBe('Subscription 4a1f3c9e-2b7d-4e51-9c0a-6d8e2f1b3a57')
    const site = doc.nodes.find((n) => n.kind === 'site')
    expect(doc.edges).toContainEqual(
      expect.objectContaining({ kind: 'createdAt', source: cmg?.id, target: site?.id }),
    )
    expect(doc.edges.filter((e) => e.kind === 'linkedTo' && e.target === cmg?.id)).toHaveLength(2)
    const cmgGaps = report.notImported.find((e) => e.nodeId === cmg?.id)?.properties
    expect(cmgGaps).toEqual(
      expect.arrayContaining(['method', 'vmSize', 'certIssuer', 'trustedRootChainUploaded']),
    )
    expect(cmgGaps).not.toContain('region')
  })
})

describe('what the import cannot use', () => {
  it('reports an unknown role and a known role without a kind; the unknown role creates nothing', () => {
    const { doc, report } = imported('unknown-roles.csv')
    expect(report.unknownRoles).toEqual([
      { roleName: 'SMS Quantum Entanglement Point', servers: ['LAB-CM02.lab.local (LAB)'] },
    ])
    expect(report.notModelledRoles).toEqual([
      {
        roleName: 'SMS State Migration Point',
        label: 'State migration point',
        servers: ['LAB-CM02.lab.local (LAB)'],
      },
    ])
    expect(doc.nodes.map((n) => n.kind).sort()).toEqual(['managementPoint', 'server', 'server', 'site'])
    // No SMS_Site export: the site exists, but its type is not claimed to be known.
    expect(report.notes.some((n) => n.startsWith('Site LAB is known only from site system rows'))).toBe(true)
    expect(report.notImported.find((e) => e.element === 'Site LAB')?.properties).toContain('type')
  })

  it.each([
    [
      'damaged-roles.json',
      /^“damaged-roles\.json” cannot be imported: it is not valid JSON \(.+\); it may be truncated or damaged\. Nothing was imported\.$/,
    ],
    [
      'damaged-sites.csv',
      /^“damaged-sites\.csv” cannot be imported: the quoted value that starts on line 3 is never closed; the file is truncated or damaged\. Nothing was imported\.$/,
    ],
    [
      'foreign.csv',
      /^“foreign\.csv” cannot be imported: its columns \(Name, Email, Department\) match none of the exports the import reads: sites \(SMS_Site \/ v_Site\);/,
    ],
  ])('refuses %s with a message naming the file and the problem', (name, message) => {
    const result = importConfigMgr([fixture('cas-sites.csv'), fixture(name)], { today: TEST_TODAY })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
  })

  it('lists every refused file when several are wrong', () => {
    const result = importConfigMgr([fixture('foreign.csv'), fixture('damaged-roles.json')], {
      today: TEST_TODAY,
    })
    expect(!result.ok && result.error.message).toBe('2 files cannot be imported; nothing was imported.')
    expect(!result.ok && result.error.details.map((d) => d.slice(0, 25))).toEqual([
      '“foreign.csv” cannot be i',
      '“damaged-roles.json” cann',
    ])
  })

  it('refuses binary and non-UTF text before parsing', () => {
    expect(decodeExportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toEqual({
      ok: false,
      error: 'it is a binary file, not a CSV or JSON export',
    })
    expect(decodeExportBytes(new Uint8Array([0x41, 0xe9, 0x42])).ok).toBe(false)
  })
})

describe('an SSMS CSV saved without column headers', () => {
  it('is refused with the advice to include the headers', () => {
    const headerless = {
      fileName: 'roles-no-headers.csv',
      text: 'SMS Site Server,CON,CON-SS.contoso.com\nSMS Management Point,CON,CON-SS.contoso.com\n',
    }
    const result = importConfigMgr([headerless], { today: TEST_TODAY })
    expect(!result.ok && result.error.message).toMatch(
      /^“roles-no-headers\.csv” cannot be imported: its columns \(SMS Site Server, CON, CON-SS\.contoso\.com\) match none .* Its first line looks like data: save it with column headers/,
    )
  })
})
