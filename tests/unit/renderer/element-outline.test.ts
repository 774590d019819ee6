// The element tree's outline: containers before what they hold, one level deeper each, and the
// same rows kept while an edit changes nothing the tree lists, new ones when it does.
import { describe, expect, it } from 'vitest'
import { OutlineCache } from '../../../src/renderer/src/editor/element-outline'
import { fixture } from '../../../src/shared/testing/fixture'

const contoso = () => fixture('contoso').build()

describe('OutlineCache', () => {
  it('lists every element once, each container followed by what it holds, one level deeper', () => {
    const doc = contoso()
    const rows = new OutlineCache().derive(doc.nodes)
    expect(rows.map((r) => r.id).sort()).toEqual(doc.nodes.map((n) => n.id).sort())
    const at = (id: string) => rows.findIndex((r) => r.id === id)
    expect(at('site-nyc')).toBeLessThan(at('srv-nyc-ss'))
    expect(at('srv-nyc-ss')).toBeLessThan(at('mp-nyc'))
    expect(rows[at('site-nyc')]?.level).toBe(1)
    expect(rows[at('srv-nyc-ss')]?.level).toBe(2)
    expect(rows[at('mp-nyc')]?.level).toBe(3)
  })

  it('keeps the same rows for an edit of other properties', () => {
    const cache = new OutlineCache()
    const before = cache.derive(contoso().nodes)
    const edited = fixture('contoso')
      .set('mp-nyc', { position: { x: 999, y: 999 } })
      .build()
    expect(cache.derive(edited.nodes)).toBe(before)
  })

  it('gives new rows when an element is renamed or moves to another container', () => {
    const cache = new OutlineCache()
    cache.derive(contoso().nodes)
    const renamed = cache.derive(fixture('contoso').set('mp-nyc', { name: 'MP-RENAMED' }).build().nodes)
    expect(renamed.find((r) => r.id === 'mp-nyc')?.label).toContain('MP-RENAMED')
    const moved = cache.derive(fixture('contoso').set('mp-nyc', { parentId: 'srv-nyc-cp1' }).build().nodes)
    const at = (id: string) => moved.findIndex((r) => r.id === id)
    expect(at('srv-nyc-cp1')).toBeLessThan(at('mp-nyc'))
    expect(at('mp-nyc')).toBeLessThan(at('srv-nyc-cp2'))
  })
})
