// Re-import: a newer export (tests/fixtures/import/cas-*-newer.csv: build 2409, the P02 MP now
// HTTPS, a new DP server in P02, P01-DP2 gone, S01 moved under P02) into a design imported from the
// older export and then edited by the user. The plan lists exactly what changed; applying it
// changes those and nothing the user did (their property edits, added elements and connections,
// positions); elements the export no longer lists are named but kept.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importConfigMgr } from '../../../src/shared/import/importer'
import { planReimport } from '../../../src/shared/import/reimport'
import { decodeExportBytes } from '../../../src/shared/import/table'
import { DesignDocument } from '../../../src/shared/model/document'
import type { DesignNode } from '../../../src/shared/model/schema'
import { TEST_TODAY } from '../../support/today'

const dir = join(__dirname, '..', '..', 'fixtures', 'import')

function imported(...names: string[]) {
  const files = names.map((name) => {
    const text = decodeExportBytes(readFileSync(join(dir, name)))
    if (!text.ok) throw new Error(text.error)
    return { fileName: name, text: text.value }
  })
  const result = importConfigMgr(files, { today: TEST_TODAY })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** The older import, then the user's work: a property, a server, a population with its edge, a move. */
function editedDesign(): DesignDocument {
  const doc = imported('cas-sites.csv', 'cas-roles.csv').doc
  const mpP01 = doc.nodes.find((n) => n.id === 'mp-p01-cm-p01.contoso.com') as DesignNode
  const siteP01 = doc.nodes.find((n) => n.id === 'site-p01') as DesignNode
  const nodes: DesignNode[] = doc.nodes.map((n) => {
    if (n === mpP01 && n.kind === 'managementPoint')
      return { ...n, props: { ...n.props, allowCmgTraffic: true } }
    if (n === siteP01) return { ...n, position: { x: 1234, y: 5678 } }
    return n
  })
  nodes.push(
    {
      id: 'user-srv',
      kind: 'server',
      name: 'P02-NEWMP.contoso.com',
      parentId: 'site-p02',
      position: { x: 400, y: 56 },
      props: {
        ...(doc.nodes.find((n) => n.kind === 'server') as Extract<DesignNode, { kind: 'server' }>).props,
      },
    },
    {
      id: 'pop-emea',
      kind: 'clientPopulation',
      name: 'EMEA laptops',
      position: { x: -600, y: 0 },
      props: DesignDocument.parse({
        format: 'cmg-designer',
        formatVersion: 1,
        schemaVersion: 1,
        nodes: [{ id: 'p', kind: 'clientPopulation', position: { x: 0, y: 0 } }],
      }).nodes[0]!.props as Extract<DesignNode, { kind: 'clientPopulation' }>['props'],
    },
  )
  return DesignDocument.parse({
    ...doc,
    nodes,
    edges: [...doc.edges, { id: 'pop-assigned', kind: 'assignedTo', source: 'pop-emea', target: 'site-p01' }],
  })
}

describe('re-importing a newer export into an edited design', () => {
  it('lists exactly what changed in the export', () => {
    const plan = planReimport(
      editedDesign(),
      imported('cas-sites-newer.csv', 'cas-roles-newer.csv'),
      TEST_TODAY,
    )
    expect(plan.changes.map((c) => c.text)).toEqual([
      'Management point on CM-P02.contoso.com (P02): protocol http → https',
      'Add Server P02-DP3.contoso.com (P02)',
      'Add Distribution point on P02-DP3.contoso.com (P02)',
      'Site S01 now reports to P02 (was P01)',
      'ConfigMgr version 2403 → 2409',
    ])
    expect(plan.notInExport).toEqual([
      'Server P01-DP2.contoso.com (P01)',
      'Distribution point on P01-DP2.contoso.com (P01)',
      'Server P02-NEWMP.contoso.com (P02)',
    ])
  })

  it('applies them and keeps everything the user did', () => {
    const before = editedDesign()
    const { doc } = planReimport(before, imported('cas-sites-newer.csv', 'cas-roles-newer.csv'), TEST_TODAY)
    expect(DesignDocument.safeParse(doc).success).toBe(true)
    const node = (id: string) => doc.nodes.find((n) => n.id === id)
    // Changed by the export.
    expect(node('mp-p02-cm-p02.contoso.com')?.props).toMatchObject({ protocol: 'https' })
    const dp3 = doc.nodes.find((n) => n.kind === 'server' && n.name === 'P02-DP3.contoso.com')
    expect(dp3?.parentId).toBe('site-p02')
    expect(doc.nodes.find((n) => n.parentId === dp3?.id)).toMatchObject({
      kind: 'distributionPoint',
      props: { internetFacing: true },
    })
    expect(
      doc.edges.filter((e) => e.kind === 'hierarchy' && e.target === 'site-s01').map((e) => e.source),
    ).toEqual(['site-p02'])
    expect(doc.design.cmVersion).toBe(2409)
    expect(doc.design.notes).toContain(
      `Updated from Configuration Manager on ${TEST_TODAY} (cas-sites-newer.csv, cas-roles-newer.csv): 5 changes.`,
    )
    // Kept as the user left them.
    expect(node('mp-p01-cm-p01.contoso.com')?.props).toMatchObject({ allowCmgTraffic: true })
    expect(node('site-p01')?.position).toEqual({ x: 1234, y: 5678 })
    expect(node('user-srv')).toEqual(before.nodes.find((n) => n.id === 'user-srv'))
    expect(node('pop-emea')).toEqual(before.nodes.find((n) => n.id === 'pop-emea'))
    expect(doc.edges).toContainEqual({
      id: 'pop-assigned',
      kind: 'assignedTo',
      source: 'pop-emea',
      target: 'site-p01',
    })
    // Gone from the export, but never removed.
    expect(doc.nodes.some((n) => n.name === 'P01-DP2.contoso.com')).toBe(true)
    // The new server fits in its site, to the right of what was there.
    const p02 = node('site-p02')
    expect(dp3 && p02?.size && dp3.position.x + 190 <= p02.size.width).toBe(true)
  })

  it('finds nothing to change when the export is the same', () => {
    const before = editedDesign()
    const plan = planReimport(before, imported('cas-sites.csv', 'cas-roles.csv'), TEST_TODAY)
    expect(plan.changes).toEqual([])
    expect(plan.doc).toBe(before)
  })
})
