// Auto-layout with the real ELK (elkjs runs in Node): on every template and on a design with extra
// elements, no two top-level elements overlap, no two siblings overlap, every child lies inside its
// container, sites are top-down by hierarchy, populations and boundary groups are left of the sites,
// subscriptions right of them, and notes stay close to what they annotated.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import type { DesignNode } from '../../../src/shared/model/schema'
import { computeAutoLayout, type LayoutResult } from '../../../src/renderer/src/design/auto-layout'
import { nodeSize, rectsOverlap, type Rect } from '../../../src/renderer/src/design/geometry'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const loadTemplate = (id: string): DesignDocument =>
  DesignDocument.parse(
    JSON.parse(readFileSync(join(templateDir, `${id}.cmgd`), 'utf8')) as DesignDocumentInput,
  )

const elk = new ELK()

/** The design with the layout applied. */
function applied(doc: DesignDocument, layout: LayoutResult): DesignDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const position = layout.positions.get(n.id) ?? n.position
      const size = layout.sizes.get(n.id) ?? n.size
      return { ...n, position, ...(size ? { size } : {}) } as DesignNode
    }),
  }
}

const rectOf = (n: DesignNode): Rect => ({ ...n.position, ...nodeSize(n) })

function overlappingPairs(nodes: readonly DesignNode[]): string[] {
  const pairs: string[] = []
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!
      const b = nodes[j]!
      if (rectsOverlap(rectOf(a), rectOf(b))) pairs.push(`${a.id} × ${b.id}`)
    }
  return pairs
}

/** Every group of siblings (and the top level) is free of overlaps; children fit their parent. */
function expectTidy(doc: DesignDocument): void {
  const groups = new Map<string, DesignNode[]>()
  for (const n of doc.nodes) {
    const key = n.parentId ?? '(top)'
    groups.set(key, [...(groups.get(key) ?? []), n])
  }
  for (const [parent, siblings] of groups) expect(overlappingPairs(siblings), `inside ${parent}`).toEqual([])
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  for (const n of doc.nodes) {
    if (n.parentId === undefined) continue
    const parent = byId.get(n.parentId)!
    const size = nodeSize(n)
    const outer = nodeSize(parent)
    expect(n.position.x, n.id).toBeGreaterThanOrEqual(0)
    expect(n.position.y, n.id).toBeGreaterThanOrEqual(0)
    expect(n.position.x + size.width, n.id).toBeLessThanOrEqual(outer.width)
    expect(n.position.y + size.height, n.id).toBeLessThanOrEqual(outer.height)
  }
}

const node = (doc: DesignDocument, id: string) => doc.nodes.find((n) => n.id === id)!

describe('auto-layout', () => {
  for (const id of ['contoso', 'fourth-coffee', 'lab'])
    it(`leaves nothing overlapping in the ${id} template`, async () => {
      const doc = loadTemplate(id)
      const result = applied(doc, await computeAutoLayout(doc, elk))
      expectTidy(result)
    })

  it('puts the CAS above its primaries, clients to the left and subscriptions to the right', async () => {
    const doc = loadTemplate('fourth-coffee')
    const laidOut = applied(doc, await computeAutoLayout(doc, elk))
    const sites = laidOut.nodes.filter((n) => n.kind === 'site')
    const cas = sites.find((n) => n.kind === 'site' && n.props.type === 'cas')!
    const primaries = sites.filter((n) => n.kind === 'site' && n.props.type === 'primary')
    expect(primaries.length).toBeGreaterThan(0)
    for (const p of primaries)
      expect(p.position.y).toBeGreaterThanOrEqual(cas.position.y + nodeSize(cas).height)
    // The CAS is centred over its primaries; each population sits in the order of its site.
    const centre = (n: DesignNode) => n.position.x + nodeSize(n).width / 2
    const primariesLeft = Math.min(...primaries.map((p) => p.position.x))
    const primariesRight = Math.max(...primaries.map((p) => p.position.x + nodeSize(p).width))
    expect(Math.abs(centre(cas) - (primariesLeft + primariesRight) / 2)).toBeLessThanOrEqual(16)
    expect(node(laidOut, 'pop-sea').position.y).toBeLessThan(node(laidOut, 'pop-par').position.y)
    const sitesLeft = Math.min(...sites.map((s) => s.position.x))
    const sitesRight = Math.max(...sites.map((s) => s.position.x + nodeSize(s).width))
    for (const n of laidOut.nodes) {
      if (n.kind === 'clientPopulation' || n.kind === 'boundaryGroup')
        expect(n.position.x + nodeSize(n).width, n.id).toBeLessThanOrEqual(sitesLeft)
      if (n.kind === 'azureSubscription') expect(n.position.x, n.id).toBeGreaterThanOrEqual(sitesRight)
    }
  })

  it('stacks roles in their server and puts servers side by side, in their previous order', async () => {
    const doc = loadTemplate('contoso')
    const laidOut = applied(doc, await computeAutoLayout(doc, elk))
    const roles = ['scp-nyc', 'mp-nyc', 'sup-nyc'].map((id) => node(laidOut, id))
    expect(new Set(roles.map((r) => r.position.x)).size).toBe(1)
    expect(roles.map((r) => r.position.y)).toEqual([...roles.map((r) => r.position.y)].sort((a, b) => a - b))
    const servers = ['srv-nyc-ss', 'srv-nyc-cp1', 'srv-nyc-cp2'].map((id) => node(laidOut, id))
    expect(new Set(servers.map((s) => s.position.y)).size).toBe(1)
    expect(servers[0]!.position.x).toBeLessThan(servers[1]!.position.x)
    expect(servers[1]!.position.x).toBeLessThan(servers[2]!.position.x)
  })

  it('tidies a messy design with extra elements and a note on top of a site', async () => {
    const base = loadTemplate('lab')
    const site = base.nodes.find((n) => n.kind === 'site')!
    const input = JSON.parse(JSON.stringify(base)) as DesignDocumentInput & {
      nodes: object[]
      edges: object[]
    }
    input.nodes.push(
      { id: 'pop-x', kind: 'clientPopulation', name: 'Extra clients', position: { ...site.position } },
      {
        id: 'bg-x',
        kind: 'boundaryGroup',
        name: 'Extra boundary',
        position: { x: site.position.x + 5, y: site.position.y + 5 },
      },
      { id: 'sub-x', kind: 'azureSubscription', name: 'Extra sub', position: { ...site.position } },
      { id: 'cmg-x', kind: 'cmg', name: 'CMGX', parentId: 'sub-x', position: { x: 0, y: 0 } },
      { id: 'cmg-y', kind: 'cmg', name: 'CMGY', parentId: 'sub-x', position: { x: 3, y: 3 } },
      {
        id: 'site-x',
        kind: 'site',
        name: 'Secondary',
        position: { ...site.position },
        props: { siteCode: 'S01', type: 'secondary' },
      },
      { id: 'srv-x', kind: 'server', name: 'SRVX', parentId: 'site-x', position: { x: 0, y: 0 } },
      { id: 'mp-x', kind: 'managementPoint', name: 'MPX', parentId: 'srv-x', position: { x: 0, y: 0 } },
      { id: 'dp-x', kind: 'distributionPoint', name: 'DPX', parentId: 'srv-x', position: { x: 0, y: 0 } },
      {
        id: 'note-x',
        kind: 'note',
        name: 'Remark',
        position: { x: site.position.x + 10, y: site.position.y + 10 },
      },
      // Unconnected elements still go to their column.
      { id: 'pop-lone', kind: 'clientPopulation', name: 'Lone clients', position: { x: 2000, y: 900 } },
      { id: 'sub-lone', kind: 'azureSubscription', name: 'Lone sub', position: { x: -2000, y: 900 } },
      {
        id: 'site-lone',
        kind: 'site',
        name: 'Lone site',
        position: { x: -900, y: -900 },
        props: { type: 'secondary' },
      },
    )
    input.edges.push(
      { id: 'e-h', kind: 'hierarchy', source: site.id, target: 'site-x' },
      { id: 'e-a', kind: 'assignedTo', source: 'pop-x', target: site.id },
      { id: 'e-b', kind: 'inBoundaryGroup', source: 'pop-x', target: 'bg-x' },
      { id: 'e-r', kind: 'references', source: 'bg-x', target: 'mp-x' },
      { id: 'e-c', kind: 'createdAt', source: 'cmg-x', target: site.id },
    )
    const doc = DesignDocument.parse(input)
    const laidOut = applied(doc, await computeAutoLayout(doc, elk))
    expectTidy(laidOut)
    const secondary = node(laidOut, 'site-x')
    const primary = node(laidOut, site.id)
    expect(secondary.position.y).toBeGreaterThanOrEqual(primary.position.y + nodeSize(primary).height)
    expect(node(laidOut, 'pop-x').position.x).toBeLessThan(node(laidOut, 'bg-x').position.x)
    const sites = laidOut.nodes.filter((n) => n.kind === 'site')
    const sitesLeft = Math.min(...sites.map((n) => n.position.x))
    const sitesRight = Math.max(...sites.map((n) => n.position.x + nodeSize(n).width))
    for (const id of ['pop-x', 'pop-lone', 'bg-x'])
      expect(node(laidOut, id).position.x + nodeSize(node(laidOut, id)).width, id).toBeLessThanOrEqual(
        sitesLeft,
      )
    for (const id of ['sub-x', 'sub-lone'])
      expect(node(laidOut, id).position.x, id).toBeGreaterThanOrEqual(sitesRight)
    // A secondary without a hierarchy edge still sits below the primaries.
    expect(node(laidOut, 'site-lone').position.y).toBeGreaterThanOrEqual(
      primary.position.y + nodeSize(primary).height,
    )
    // The note stays near the site it was on, without covering it.
    const note = rectOf(node(laidOut, 'note-x'))
    const siteRect = rectOf(primary)
    expect(rectsOverlap(note, siteRect)).toBe(false)
    expect(Math.abs(note.y - siteRect.y)).toBeLessThan(400)
  })

  it('handles an empty design and a design of notes only', async () => {
    const empty = DesignDocument.parse({ format: 'cmg-designer', formatVersion: 1, schemaVersion: 1 })
    const result = await computeAutoLayout(empty, elk)
    expect(result.positions.size).toBe(0)
    const notes = DesignDocument.parse({
      format: 'cmg-designer',
      formatVersion: 1,
      schemaVersion: 1,
      nodes: [
        { id: 'n1', kind: 'note', position: { x: 0, y: 0 } },
        { id: 'n2', kind: 'note', position: { x: 10, y: 10 } },
      ],
    })
    expectTidy(applied(notes, await computeAutoLayout(notes, elk)))
  })
})
