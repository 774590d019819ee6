// Where a connection runs on the editing canvas: the sides of its two elements it leaves and enters
// and where its orthogonal (smooth-step) path bends, chosen among a few candidate routes as the
// one passing through the fewest containers (sites, servers, subscriptions) that hold neither end.
// Pure (no DOM, no React); the edge view (edges/DesignEdgeView.tsx) draws the chosen route with
// React Flow's getSmoothStepPath. Runs in the renderer.

export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export interface ContainerBox {
  readonly id: string
  readonly box: Box
}

export type Side = 'left' | 'right' | 'top' | 'bottom'

export interface Route {
  readonly sourceSide: Side
  readonly sourceX: number
  readonly sourceY: number
  readonly targetSide: Side
  readonly targetX: number
  readonly targetY: number
  /** The x of the vertical middle segment (left/right sides) or the y of the horizontal one. */
  readonly bend: number
}

/** How far past its element a route bends when it bends near one end rather than halfway. */
export const NEAR_BEND = 24

/**
 * The facing sides of two boxes: left/right when they are apart horizontally at least as much as
 * vertically (diagrams here mostly read left to right), top/bottom otherwise (or as `horizontal`
 * says). The route leaves and enters at the middle of those sides and bends halfway.
 */
function facingRoute(a: Box, b: Box, horizontal: boolean): Route {
  const acx = (a.left + a.right) / 2
  const acy = (a.top + a.bottom) / 2
  const bcx = (b.left + b.right) / 2
  const bcy = (b.top + b.bottom) / 2
  if (horizontal) {
    const rightward = bcx >= acx
    const sourceX = rightward ? a.right : a.left
    const targetX = rightward ? b.left : b.right
    return {
      sourceSide: rightward ? 'right' : 'left',
      sourceX,
      sourceY: acy,
      targetSide: rightward ? 'left' : 'right',
      targetX,
      targetY: bcy,
      bend: (sourceX + targetX) / 2,
    }
  }
  const downward = bcy >= acy
  const sourceY = downward ? a.bottom : a.top
  const targetY = downward ? b.top : b.bottom
  return {
    sourceSide: downward ? 'bottom' : 'top',
    sourceX: acx,
    sourceY,
    targetSide: downward ? 'top' : 'bottom',
    targetX: bcx,
    targetY,
    bend: (sourceY + targetY) / 2,
  }
}

const gaps = (a: Box, b: Box) => ({
  x: Math.max(b.left - a.right, a.left - b.right),
  y: Math.max(b.top - a.bottom, a.top - b.bottom),
})

/** The route drawn when nothing is in the way: facing sides, bending halfway. */
export function directRoute(source: Box, target: Box): Route {
  const gap = gaps(source, target)
  return facingRoute(source, target, gap.x >= gap.y)
}

/**
 * The routes worth comparing, the direct one first: bending halfway, just past the source or just
 * before the target, in the preferred orientation and (when the boxes are apart both ways, so the
 * other sides face each other too) in the other.
 */
export function candidateRoutes(source: Box, target: Box): Route[] {
  const gap = gaps(source, target)
  const preferHorizontal = gap.x >= gap.y
  const orientations = gap.x > 0 && gap.y > 0 ? [preferHorizontal, !preferHorizontal] : [preferHorizontal]
  return orientations.flatMap((horizontal) => {
    const route = facingRoute(source, target, horizontal)
    const [from, to] = horizontal ? [route.sourceX, route.targetX] : [route.sourceY, route.targetY]
    // Bends only where the route is still between the two elements, at least NEAR_BEND from each.
    const step = Math.sign(to - from) * NEAR_BEND
    const near = Math.abs(to - from) > 3 * NEAR_BEND ? [from + step, to - step] : []
    return [route, ...near.map((bend) => ({ ...route, bend }))]
  })
}

/** The corners of a route's path: out of the source, along the bend, into the target. */
type Point = readonly [number, number]

export function routePoints(route: Route): readonly [Point, Point, Point, Point] {
  const horizontal = route.sourceSide === 'left' || route.sourceSide === 'right'
  return horizontal
    ? [
        [route.sourceX, route.sourceY],
        [route.bend, route.sourceY],
        [route.bend, route.targetY],
        [route.targetX, route.targetY],
      ]
    : [
        [route.sourceX, route.sourceY],
        [route.sourceX, route.bend],
        [route.targetX, route.bend],
        [route.targetX, route.targetY],
      ]
}

/** Does the horizontal or vertical segment from (x1, y1) to (x2, y2) pass through the box's inside? */
function segmentCrosses([x1, y1]: Point, [x2, y2]: Point, box: Box): boolean {
  return (
    Math.max(x1, x2) > box.left &&
    Math.min(x1, x2) < box.right &&
    Math.max(y1, y2) > box.top &&
    Math.min(y1, y2) < box.bottom
  )
}

/** How many of `containers` the route passes through. */
export function crossings(route: Route, containers: readonly ContainerBox[]): number {
  const [a, b, c, d] = routePoints(route)
  return containers.filter(
    ({ box }) => segmentCrosses(a, b, box) || segmentCrosses(b, c, box) || segmentCrosses(c, d, box),
  ).length
}

/**
 * Which of candidateRoutes(source, target) a connection takes among `containers` (absolute boxes),
 * where `related` holds the ids of both ends and their ancestors (containers it may pass through):
 * the direct route (0) unless another candidate passes through fewer unrelated containers (then the
 * first with the fewest). An index, so a canvas can keep it as a cheap, stable value.
 */
export function chooseRouteIndex(
  source: Box,
  target: Box,
  containers: readonly ContainerBox[],
  related: ReadonlySet<string>,
): number {
  // Every candidate stays within the box spanning both ends; containers outside it never count.
  const span: Box = {
    left: Math.min(source.left, target.left),
    top: Math.min(source.top, target.top),
    right: Math.max(source.right, target.right),
    bottom: Math.max(source.bottom, target.bottom),
  }
  const inTheWay = containers.filter(
    (c) =>
      !related.has(c.id) &&
      c.box.left < span.right &&
      c.box.right > span.left &&
      c.box.top < span.bottom &&
      c.box.bottom > span.top,
  )
  if (inTheWay.length === 0) return 0
  let best = 0
  let fewest = Infinity
  candidateRoutes(source, target).forEach((route, i) => {
    if (fewest === 0) return
    const count = crossings(route, inTheWay)
    if (count < fewest) {
      best = i
      fewest = count
    }
  })
  return best
}
