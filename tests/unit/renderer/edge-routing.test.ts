// The route a connection takes on the canvas (src/renderer/src/editor/edge-routing.ts): facing
// sides bending halfway when nothing is in the way, and another bend or pair of sides when that
// passes through fewer sites/servers/subscriptions holding neither end.
import { describe, expect, it } from 'vitest'
import {
  candidateRoutes,
  chooseRouteIndex,
  crossings,
  directRoute,
  type Box,
  type ContainerBox,
} from '../../../src/renderer/src/editor/edge-routing'

const rect = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
})

function route(source: Box, target: Box, containers: ContainerBox[], related: string[] = []) {
  const chosen = candidateRoutes(source, target)[
    chooseRouteIndex(source, target, containers, new Set(related))
  ]
  if (!chosen) throw new Error('chooseRouteIndex picked no candidate')
  return chosen
}

describe('edge routing', () => {
  const left = rect(0, 0, 100, 50)
  const farRight = rect(600, 300, 100, 50)

  it('leaves and enters on the facing sides and bends halfway when nothing is in the way', () => {
    const r = route(left, farRight, [])
    expect(r).toMatchObject({
      sourceSide: 'right',
      sourceX: 100,
      targetSide: 'left',
      targetX: 600,
      bend: 350,
    })
  })

  it('goes down from one element to another below it', () => {
    const r = route(rect(0, 0, 100, 50), rect(20, 400, 100, 50), [])
    expect(r).toMatchObject({ sourceSide: 'bottom', targetSide: 'top', bend: 225 })
  })

  it('bends beside a site standing across the halfway line rather than through it', () => {
    const site: ContainerBox = { id: 'site', box: rect(250, 100, 200, 150) }
    const direct = directRoute(left, farRight)
    expect(crossings(direct, [site])).toBe(1)
    const r = route(left, farRight, [site])
    expect(crossings(r, [site])).toBe(0)
    expect(r.sourceSide).toBe('right')
    expect(r.bend === 124 || r.bend === 576).toBe(true)
  })

  it('passes through containers that hold one of its ends', () => {
    const site: ContainerBox = { id: 'site', box: rect(250, 100, 200, 150) }
    expect(route(left, farRight, [site], ['site'])).toEqual(directRoute(left, farRight))
  })

  it('switches to the other sides when every bend the preferred way crosses a container', () => {
    // A tall server between the two ends blocks any horizontal run at y=25 (the source's middle)...
    const blocker: ContainerBox = { id: 'server', box: rect(120, 0, 460, 60) }
    const r = route(left, farRight, [blocker])
    // ...so the connection leaves downward and turns towards the target below the server.
    expect(r).toMatchObject({ sourceSide: 'bottom', targetSide: 'top' })
    expect(crossings(r, [blocker])).toBe(0)
  })

  it('keeps the direct route when no candidate does better', () => {
    const wall: ContainerBox = { id: 'wall', box: rect(-1000, -1000, 3000, 3000) }
    expect(route(left, farRight, [wall])).toEqual(directRoute(left, farRight))
  })

  it('offers no sideways bends for elements too close together', () => {
    expect(candidateRoutes(rect(0, 0, 100, 50), rect(140, 0, 100, 50))).toHaveLength(1)
  })
})
