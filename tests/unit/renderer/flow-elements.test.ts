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

  it('keep the very same nodes when only an element’s properties change (its view reads them itself)', () => {
    const cache = new FlowNodeCache()
    const before = cache.derive(doc.nodes, new Set(), NO_LIVE)
    const retexted = doc.nodes.slice()
    const note = doc.nodes[i]!
    retexted[i] = { ...note, props: { ...note.props, text: 'New text' } } as typeof note
    expect(cache.derive(retexted, new Set(), NO_LIVE)).toBe(before)
    // A move, a resize or a rename after it still builds a new node, from the latest element.
    const moved = retexted.slice()
    moved[i] = { ...retexted[i]!, position: { x: note.position.x + 16, y: note.position.y } }
    const after = cache.derive(moved, new Set(), NO_LIVE)
    expect(after[i]!.position.x).toBe(note.position.x + 16)
    expect(after[i]!.data.node).toBe(moved[i])
    const resized = moved.slice()
    resized[i] = { ...moved[i]!, size: { width: 400, height: 300 } }
    expect(cache.derive(resized, new Set(), NO_LIVE)[i]!.width).toBe(400)
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
