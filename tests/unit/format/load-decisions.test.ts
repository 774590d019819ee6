// The four things the loader used to accept silently, and what it does now (docs/file-format.md,
// "What the loader refuses"): a property named twice, NUL, an unpaired surrogate and a loop in the
// site hierarchy are refused with the path; and the app cannot make such a design in the first
// place, so it never saves a file it would refuse to open.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { DesignDocument } from '../../../src/shared/model/document'
import { checkConnection } from '../../../src/renderer/src/design/connection-rules'

const contoso = readFileSync(
  join(__dirname, '..', '..', '..', 'resources', 'templates', 'contoso.cmgd'),
  'utf8',
)

function loaded(text: string): DesignDocument {
  const r = parseDesignFile(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value.doc
}

/** Contoso with a CAS above its primary and a secondary below it. */
function threeTiers(): DesignDocument {
  const doc = loaded(contoso)
  const primary = doc.nodes.find((n) => n.kind === 'site')
  if (!primary) throw new Error('no site')
  const site = (id: string, type: 'cas' | 'secondary') =>
    ({
      ...primary,
      id,
      name: id,
      props: { ...primary.props, siteCode: id.slice(0, 3).toUpperCase(), type },
    }) as typeof primary
  return {
    ...doc,
    nodes: [...doc.nodes, site('cas', 'cas'), site('sec', 'secondary')],
    edges: [
      ...doc.edges,
      { id: 'h-cas', kind: 'hierarchy', source: 'cas', target: primary.id },
      { id: 'h-sec', kind: 'hierarchy', source: primary.id, target: 'sec' },
    ],
  }
}

describe('what the loader refuses', () => {
  it('a property named twice, whichever value JSON.parse would keep', () => {
    const twice = contoso.replace(
      '"format": "cmg-designer",',
      '"format": "cmg-designer", "format": "cmg-designer",',
    )
    const r = parseDesignFile(twice)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.issues).toEqual([
      'format: is given more than once in the same object; each property may appear only once',
    ])
  })

  it('NUL and unpaired surrogates in text, but not emoji', () => {
    const doc = JSON.parse(contoso) as { design: { name: string; notes: string } }
    const withName = (name: string) => JSON.stringify({ ...doc, design: { ...doc.design, name } })
    const nul = parseDesignFile(withName('CON\u0000TOSO'))
    expect(!nul.ok && nul.error.issues[0]).toBe(
      'design.name: contains a NUL character (\\x00) at character 4, which text in a design may not contain',
    )
    const lone = parseDesignFile(withName('Contoso \ud83d'))
    expect(!lone.ok && lone.error.issues[0]).toContain(
      'design.name: contains an unpaired surrogate (\\ud83d)',
    )
    expect(parseDesignFile(withName('Contoso 🚀')).ok).toBe(true)
  })

  it('a loop in the site hierarchy, while a tree loads', () => {
    const tree = threeTiers()
    expect(DesignDocument.safeParse(tree).success).toBe(true)
    const loop = {
      ...tree,
      edges: [...tree.edges, { id: 'h-back', kind: 'hierarchy' as const, source: 'sec', target: 'cas' }],
    }
    const r = parseDesignFile(JSON.stringify(loop))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.issues.join('\n')).toMatch(
      /^edges\[\d+\]: this hierarchy edge closes a loop in the site hierarchy \(cas → site-nyc → sec → cas\); a site cannot be above itself$/m,
    )
  })
})

describe('the app cannot make what the loader refuses', () => {
  it('the editor refuses the connection that would close a hierarchy loop, in either drag direction', () => {
    const doc = threeTiers()
    for (const [from, to] of [
      ['sec', 'cas'],
      ['cas', 'sec'],
    ] as const) {
      const check = checkConnection(doc, from, to)
      if (from === 'cas') expect(check.ok).toBe(true)
      else {
        expect(check.ok).toBe(false)
        expect(!check.ok && check.reason).toBe(
          'sec is already below cas in the site hierarchy; a site cannot be above itself.',
        )
      }
    }
  })

  it('a save request with NUL in a name is invalid (the IPC contract validates with the same schema)', () => {
    const doc = loaded(contoso)
    const bad = { ...doc, design: { ...doc.design, name: 'a\u0000b' } }
    expect(DesignDocument.safeParse(bad).success).toBe(false)
  })
})
