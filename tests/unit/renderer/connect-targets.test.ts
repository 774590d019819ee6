// The "Connect to…" list: the elements an element may connect to are exactly those a mouse-drawn
// connection accepts, with the kind of connection it would make, by name; a typed filter keeps
// those whose name or kind contains it; an element with nothing left to connect to says why.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import { legalTargets, noTargetReason, targetMatches } from '../../../src/renderer/src/design/connect-targets'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const contoso = DesignDocument.parse(
  JSON.parse(readFileSync(join(templateDir, 'contoso.cmgd'), 'utf8')) as DesignDocumentInput,
)
const node = (doc: DesignDocument, id: string) => {
  const found = doc.nodes.find((n) => n.id === id)
  if (!found) throw new Error(`no node ${id}`)
  return found
}
/** Contoso without the link of its second connection point. */
const unlinked: DesignDocument = {
  ...contoso,
  edges: contoso.edges.filter((e) => !(e.kind === 'linkedTo' && e.source === 'cp-nyc-2')),
}

describe('legalTargets', () => {
  it('offers an unlinked connection point its CMG, as a "linked to" connection', () => {
    const targets = legalTargets(unlinked, node(unlinked, 'cp-nyc-2'))
    expect(targets.map((t) => [t.node.name, t.edge])).toEqual([['GraniteFalls', 'linkedTo']])
  })

  it('offers nothing to a connection point already linked, and says why', () => {
    const cp = node(contoso, 'cp-nyc-2')
    expect(legalTargets(contoso, cp)).toEqual([])
    expect(noTargetReason(cp)).toMatch(/^CMGCP02 can connect to a CMG, but no element/)
  })

  it('lists a CMG its unlinked connection point, and never an element it is connected to', () => {
    const names = legalTargets(unlinked, node(unlinked, 'cmg-granitefalls')).map((t) => t.node.name)
    expect(names).toContain('CMGCP02')
    expect(names).not.toContain('CMGCP01')
    expect(names).not.toContain('New York City HQ')
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })

  it('explains that a note connects to nothing', () => {
    expect(noTargetReason({ kind: 'note', name: 'Reminder' })).toBe('Notes do not connect to other elements.')
  })
})

describe('targetMatches', () => {
  const [granite] = legalTargets(unlinked, node(unlinked, 'cp-nyc-2'))
  it('keeps a target whose name or kind contains the typed text, in any case', () => {
    if (!granite) throw new Error('no target')
    expect(targetMatches(granite, '')).toBe(true)
    expect(targetMatches(granite, 'granite')).toBe(true)
    expect(targetMatches(granite, 'GATEWAY')).toBe(true)
    expect(targetMatches(granite, 'site')).toBe(false)
  })
})
