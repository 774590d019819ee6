// The design as the far-zoom layer draws and hit-tests it (src/renderer/src/editor/far-scene.ts):
// absolute boxes as the document places them (a dragged container carries what it holds), drawing
// order (containers under leaves, notes over all), the element on top at a point, the elements a
// selection box takes with their connections, and React Flow's bezier curve for the connections.
import { getBezierPath, Position } from '@xyflow/system'
import { describe, expect, it } from 'vitest'
import { absoluteRect, indexNodes } from '../../../src/renderer/src/design/geometry'
import {
  bezierOffset,
  buildScene,
  connectionsOf,
  elementAt,
  elementsInside,
  sceneBounds,
  withContainers,
} from '../../../src/renderer/src/editor/far-scene'
import type { LiveGeometry } from '../../../src/renderer/src/store/document'
import type { DesignEdge, DesignNode } from '../../../src/shared/model/schema'
import { generateDesign } from '../../../src/shared/testing/generate-design'

const NOTHING_LIVE: LiveGeometry = { positions: new Map(), sizes: new Map() }

const node = (
  id: string,
  kind: DesignNode['kind'],
  x: number,
  y: number,
  extra: Partial<DesignNode> = {},
): DesignNode => ({ id, kind, name: id, position: { x, y }, props: {}, ...extra }) as unknown as DesignNode

const site = node('site', 'site', 100, 100, { size: { width: 800, height: 600 } })
const server = node('server', 'server', 40, 60, { parentId: 'site', size: { width: 400, height: 300 } })
const mp = node('mp', 'managementPoint', 20, 50, { parentId: 'server' })
const note = node('note', 'note', 700, 600)
const cmg = node('cmg', 'cmg', 1200, 100)
const edge = (id: string, source: string, target: string): DesignEdge =>
  ({ id, kind: 'references', source, target }) as unknown as DesignEdge

describe('far scene', () => {
  const nodes = [note, mp, server, site, cmg]
  const scene = buildScene(nodes, [edge('e1', 'mp', 'cmg'), edge('gone', 'mp', 'missing')], NOTHING_LIVE)

  it('places every element where the document puts it, whatever the order it is stored in', () => {
    const doc = generateDesign(300, 4)
    const built = buildScene(doc.nodes, doc.edges, NOTHING_LIVE)
    const index = indexNodes(doc)
    expect(built.elements).toHaveLength(doc.nodes.length)
    for (const e of built.elements) {
      const r = absoluteRect(index, e.id)!
      expect({ x: e.x, y: e.y, width: e.width, height: e.height }).toEqual(r)
    }
    expect(scene.byId.get('mp')).toMatchObject({ x: 160, y: 210, depth: 2, container: false })
  })

  it('draws containers first, outer before inner, then leaves, and notes over everything', () => {
    expect(scene.elements.map((e) => e.id)).toEqual(['site', 'server', 'cmg', 'mp', 'note'])
  })

  it('moves a dragged container with what it holds, and takes a live size', () => {
    const live: LiveGeometry = {
      positions: new Map([['site', { x: 300, y: 100 }]]),
      sizes: new Map([['server', { width: 500, height: 320 }]]),
    }
    const moved = buildScene(nodes, [], live)
    expect(moved.byId.get('mp')).toMatchObject({ x: 360, y: 210 })
    expect(moved.byId.get('server')).toMatchObject({ x: 340, width: 500, height: 320 })
  })

  it('finds the element drawn on top at a point: the innermost, or a note over it', () => {
    expect(elementAt(scene, { x: 165, y: 215 })?.id).toBe('mp')
    expect(elementAt(scene, { x: 145, y: 165 })?.id).toBe('server')
    expect(elementAt(scene, { x: 105, y: 105 })?.id).toBe('site')
    expect(elementAt(scene, { x: 705, y: 605 })?.id).toBe('note')
    expect(elementAt(scene, { x: 1000, y: 1000 })).toBeUndefined()
  })

  it('takes the elements wholly inside a box, and the connections of those', () => {
    const box = { x: 130, y: 150, width: 420, height: 320 }
    const inside = elementsInside(scene, box).map((e) => e.id)
    expect(inside).toEqual(['server', 'mp'])
    expect(connectionsOf(scene, new Set(inside))).toEqual(['e1'])
  })

  it('adds the containers of an element (React Flow needs a child’s parent)', () => {
    expect(withContainers(scene, ['mp', 'cmg'])).toEqual(new Set(['mp', 'server', 'site', 'cmg']))
  })

  it('joins the facing sides of two elements and leaves out a connection with a missing end', () => {
    expect(scene.connections.map((c) => c.id)).toEqual(['e1'])
    const [c] = scene.connections
    const from = scene.byId.get('mp')!
    expect(c!.route).toMatchObject({
      sourceSide: 'right',
      sourceX: from.x + from.width,
      targetSide: 'left',
      targetX: 1200,
    })
    const { width: cmgWidth } = scene.byId.get('cmg')!
    const { y: noteTop, height: noteHeight } = scene.byId.get('note')!
    expect(sceneBounds(scene)).toEqual({
      x: 100,
      y: 100,
      width: 1100 + cmgWidth,
      height: Math.max(700, noteTop + noteHeight) - 100,
    })
  })

  it('keeps the previous scene for an edit to properties, and re-routes only what moved', () => {
    const edges = [edge('e1', 'mp', 'cmg'), edge('e2', 'note', 'cmg')]
    const before = buildScene(nodes, edges, NOTHING_LIVE)
    const renamed = nodes.map((n) => (n.id === 'mp' ? { ...n, name: 'MP-renamed' } : n))
    expect(buildScene(renamed, edges, NOTHING_LIVE, before)).toBe(before)

    const live: LiveGeometry = { positions: new Map([['note', { x: 720, y: 610 }]]), sizes: new Map() }
    const dragged = buildScene(nodes, edges, live, before)
    expect(dragged.byId.get('note')).not.toBe(before.byId.get('note'))
    expect(dragged.byId.get('mp')).toBe(before.byId.get('mp'))
    expect(dragged.connections[0]).toBe(before.connections[0])
    expect(dragged.connections[1]).not.toBe(before.connections[1])
  })

  it('builds from a previous scene exactly what it builds from nothing, edit after edit', () => {
    const doc = generateDesign(200, 9)
    let nodes = doc.nodes
    let edges = doc.edges
    let scene = buildScene(nodes, edges, NOTHING_LIVE)
    let seed = 7
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let step = 0; step < 60; step++) {
      const pick = nodes[next(nodes.length)]!
      const choice = next(5)
      const live: LiveGeometry =
        choice === 0
          ? { positions: new Map([[pick.id, { x: next(500), y: next(500) }]]), sizes: new Map() }
          : choice === 1
            ? {
                positions: new Map(),
                sizes: new Map([[pick.id, { width: 100 + next(300), height: 60 + next(200) }]]),
              }
            : NOTHING_LIVE
      if (choice === 2)
        nodes = nodes.map((n) => (n === pick ? { ...n, position: { x: next(900), y: next(900) } } : n))
      if (choice === 3) nodes = nodes.map((n) => (n === pick ? { ...n, name: `renamed ${step}` } : n))
      if (choice === 4) edges = edges.filter((_, i) => i !== next(edges.length))
      scene = buildScene(nodes, edges, live, scene)
      expect(scene).toEqual(buildScene(nodes, edges, live))
    }
  })

  it('draws the same curve as React Flow’s bezier edges', () => {
    for (const [sx, tx] of [
      [0, 300],
      [300, 0],
    ] as const) {
      const [path] = getBezierPath({
        sourceX: sx,
        sourceY: 10,
        sourcePosition: Position.Right,
        targetX: tx,
        targetY: 80,
        targetPosition: Position.Left,
      })
      const c1x = sx + bezierOffset(tx - sx)
      const c2x = tx - bezierOffset(tx - sx)
      const numbers = path.match(/-?[\d.]+/g)!.map(Number)
      expect(numbers.slice(2, 6)).toEqual([c1x, 10, c2x, 80].map((n) => expect.closeTo(n, 6)))
    }
  })
})
