// The canvas's React Flow elements keep their identity: an element whose design object, selection
// and live geometry are unchanged is the very same object, and when nothing changed the very same
// array, so React Flow re-renders only what changed and skips untouched lists (an edit to one
// element's properties does not touch the connections).
import { describe, expect, it } from 'vitest'
import { FlowEdgeCache, FlowNodeCache } from '../../../src/renderer/src/editor/flow-elements'
import { generateDesign } from '../../../src/shared/testing/generate-design'

const NO_LIVE = { positions: new Map(), sizes: new Map() }

describe('React Flow elements derived from the design', () => {
  const doc = generateDesign(200, 2)
  const i = doc.nodes.findIndex((n) => n.kind === 'note')
  const edited = doc.nodes.slice()
  edited[i] = { ...doc.nodes[i]!, name: 'Edited note' }

  it('keep every untouched node object and rebuild only the edited one', () => {
    const cache = new FlowNodeCache()
    const before = cache.derive(doc.nodes, new Set(), NO_LIVE)
    expect(cache.derive(doc.nodes, new Set(), NO_LIVE)).toBe(before)
    const after = cache.derive(edited, new Set(), NO_LIVE)
    expect(after).not.toBe(before)
    expect(after.filter((node, j) => node !== before[j]).map((n) => n.id)).toEqual([doc.nodes[i]!.id])
  })

  it('give the connections the same array after an edit that does not touch them', () => {
    const cache = new FlowEdgeCache()
    const before = cache.derive(doc.edges, doc.nodes, new Set())
    expect(cache.derive(doc.edges, edited, new Set())).toBe(before)
  })

  it('rebuild a connection whose label names a renamed element', () => {
    const cache = new FlowEdgeCache()
    const before = cache.derive(doc.edges, doc.nodes, new Set())
    const named = doc.edges.findIndex((e) => e.source === doc.nodes[0]!.id || e.target === doc.nodes[0]!.id)
    const renamed = doc.nodes.slice()
    renamed[0] = { ...doc.nodes[0]!, name: 'Renamed' }
    const after = cache.derive(doc.edges, renamed, new Set())
    expect(after).not.toBe(before)
    expect(after[named]?.ariaLabel).toContain('Renamed')
  })
})
