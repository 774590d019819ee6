// Smart alignment guides while an element is dragged: when its left edge, centre or right edge
// (top, middle or bottom) comes within a few pixels of the same line of a sibling (an element in the
// same container, or another top-level element), the element snaps onto that line and a guide is
// drawn along it, spanning both elements. Equal spacing: when the gap between the element and its
// neighbour in a row (or column) comes within a few pixels of a gap between two other siblings of
// that row, it snaps to the same gap and each equal gap is marked. Pure (no DOM, no React);
// Canvas.tsx feeds it the dragged element's box and its siblings' boxes and draws the guides.
// Runs in the renderer.
import type { Point, Rect } from '../design/geometry'

/**
 * A guide line: vertical at x = `at` (axis "x") or horizontal at y = `at`, from `from` to `to`. An
 * alignment guide runs along a shared edge or centre; a spacing mark spans one of the equal gaps.
 */
export interface Guide {
  readonly axis: 'x' | 'y'
  readonly at: number
  readonly from: number
  readonly to: number
  readonly kind: 'align' | 'spacing'
}

export interface Alignment {
  /** Where the dragged box goes: its position moved onto the nearest lines found. */
  readonly position: Point
  readonly guides: readonly Guide[]
}

/** A box's three lines on one axis: start edge, centre, end edge. */
const linesOf = (start: number, length: number) => [start, start + length / 2, start + length]

interface Match {
  readonly shift: number
  readonly at: number
}

/** The smallest shift (within `tolerance`) that puts one of the moving lines on one of the others. */
function nearestShift(
  moving: readonly number[],
  others: readonly number[][],
  tolerance: number,
): number | null {
  let best: Match | null = null
  for (const lines of others)
    for (const target of lines)
      for (const line of moving) {
        const shift = target - line
        if (Math.abs(shift) <= tolerance && (best === null || Math.abs(shift) < Math.abs(best.shift)))
          best = { shift, at: target }
      }
  return best?.shift ?? null
}

/**
 * Snaps `moving` onto its siblings' lines (each axis on its own, at most `tolerance` away) and
 * returns the guides of every line the snapped box shares with a sibling.
 */
export function alignToSiblings(moving: Rect, siblings: readonly Rect[], tolerance: number): Alignment {
  const dx = nearestShift(
    linesOf(moving.x, moving.width),
    siblings.map((s) => linesOf(s.x, s.width)),
    tolerance,
  )
  const dy = nearestShift(
    linesOf(moving.y, moving.height),
    siblings.map((s) => linesOf(s.y, s.height)),
    tolerance,
  )
  const placed = { ...moving, x: moving.x + (dx ?? 0), y: moving.y + (dy ?? 0) }
  const guides: Guide[] = []
  const same = (a: number, b: number) => Math.abs(a - b) < 0.5
  for (const sibling of siblings) {
    if (dx !== null)
      for (const line of linesOf(placed.x, placed.width))
        if (linesOf(sibling.x, sibling.width).some((l) => same(l, line)))
          guides.push({
            kind: 'align',
            axis: 'x',
            at: line,
            from: Math.min(placed.y, sibling.y),
            to: Math.max(placed.y + placed.height, sibling.y + sibling.height),
          })
    if (dy !== null)
      for (const line of linesOf(placed.y, placed.height))
        if (linesOf(sibling.y, sibling.height).some((l) => same(l, line)))
          guides.push({
            kind: 'align',
            axis: 'y',
            at: line,
            from: Math.min(placed.x, sibling.x),
            to: Math.max(placed.x + placed.width, sibling.x + sibling.width),
          })
  }
  // Equal spacing, on an axis where no edge or centre snapped.
  const row = dx === null ? equalSpacing(placed, siblings, tolerance, HORIZONTAL) : null
  const column = dy === null ? equalSpacing(placed, siblings, tolerance, VERTICAL) : null
  const spaced = { ...placed, x: placed.x + (row?.shift ?? 0), y: placed.y + (column?.shift ?? 0) }
  return {
    position: { x: spaced.x, y: spaced.y },
    guides: [...mergeGuides(guides), ...(row?.marks ?? []), ...(column?.marks ?? [])],
  }
}

/** One axis of a box: where it starts and how long it is along the axis, and across it. */
interface AxisView {
  readonly start: (r: Rect) => number
  readonly length: (r: Rect) => number
  readonly crossStart: (r: Rect) => number
  readonly crossLength: (r: Rect) => number
  /** A mark spanning a gap along this axis is a line of the other axis. */
  readonly markAxis: Guide['axis']
}

const HORIZONTAL: AxisView = {
  start: (r) => r.x,
  length: (r) => r.width,
  crossStart: (r) => r.y,
  crossLength: (r) => r.height,
  markAxis: 'y',
}
const VERTICAL: AxisView = {
  start: (r) => r.y,
  length: (r) => r.height,
  crossStart: (r) => r.x,
  crossLength: (r) => r.width,
  markAxis: 'x',
}

/**
 * The shift along `axis` that makes the gap between `moving` and its nearest neighbour in its row
 * (siblings overlapping it across the axis) equal to a gap between two consecutive siblings of that
 * row, within `tolerance`; with a mark across the middle of every gap of that size. Null when none.
 */
function equalSpacing(
  moving: Rect,
  siblings: readonly Rect[],
  tolerance: number,
  axis: AxisView,
): { shift: number; marks: Guide[] } | null {
  const overlapsAcross = (r: Rect) =>
    axis.crossStart(r) < axis.crossStart(moving) + axis.crossLength(moving) &&
    axis.crossStart(moving) < axis.crossStart(r) + axis.crossLength(r)
  const row = siblings.filter(overlapsAcross).sort((a, b) => axis.start(a) - axis.start(b))
  const end = (r: Rect) => axis.start(r) + axis.length(r)
  const gaps: { from: number; to: number; across: number }[] = []
  for (let i = 1; i < row.length; i++) {
    const a = row[i - 1] as Rect
    const b = row[i] as Rect
    if (axis.start(b) >= end(a))
      gaps.push({ from: end(a), to: axis.start(b), across: acrossMiddle(a, b, axis) })
  }
  const before = row.filter((r) => end(r) <= axis.start(moving)).at(-1)
  const after = row.find((r) => axis.start(r) >= end(moving))
  let best: { shift: number; size: number } | null = null
  for (const gap of gaps) {
    const size = gap.to - gap.from
    const candidates = [
      before ? end(before) + size - axis.start(moving) : null,
      after ? axis.start(after) - size - end(moving) : null,
    ]
    for (const shift of candidates)
      if (
        shift !== null &&
        Math.abs(shift) <= tolerance &&
        (best === null || Math.abs(shift) < Math.abs(best.shift))
      )
        best = { shift, size }
  }
  if (best === null) return null
  const { shift, size } = best
  const placedStart = axis.start(moving) + shift
  const placedEnd = placedStart + axis.length(moving)
  const placed = axis === HORIZONTAL ? { ...moving, x: placedStart } : { ...moving, y: placedStart }
  const equal = (a: number, b: number) => Math.abs(a - b) < 0.5
  const marks: Guide[] = gaps
    .filter((gap) => equal(gap.to - gap.from, size))
    .map((gap) => ({ kind: 'spacing', axis: axis.markAxis, at: gap.across, from: gap.from, to: gap.to }))
  if (before && equal(placedStart - end(before), size))
    marks.push({
      kind: 'spacing',
      axis: axis.markAxis,
      at: acrossMiddle(before, placed, axis),
      from: end(before),
      to: placedStart,
    })
  if (after && equal(axis.start(after) - placedEnd, size))
    marks.push({
      kind: 'spacing',
      axis: axis.markAxis,
      at: acrossMiddle(placed, after, axis),
      from: placedEnd,
      to: axis.start(after),
    })
  return { shift, marks }
}

/** The middle, across the axis, of the band two boxes share (where a gap mark between them goes). */
function acrossMiddle(a: Rect, b: Rect, axis: AxisView): number {
  const top = Math.max(axis.crossStart(a), axis.crossStart(b))
  const bottom = Math.min(axis.crossStart(a) + axis.crossLength(a), axis.crossStart(b) + axis.crossLength(b))
  return (top + bottom) / 2
}

/** One guide per line, spanning everything drawn along it. */
function mergeGuides(guides: readonly Guide[]): Guide[] {
  const byLine = new Map<string, Guide>()
  for (const guide of guides) {
    const key = `${guide.axis}:${Math.round(guide.at * 2)}`
    const known = byLine.get(key)
    byLine.set(
      key,
      known ? { ...known, from: Math.min(known.from, guide.from), to: Math.max(known.to, guide.to) } : guide,
    )
  }
  return [...byLine.values()]
}
