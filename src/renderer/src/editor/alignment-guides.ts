// Smart alignment guides while an element is dragged: when its left edge, centre or right edge
// (top, middle or bottom) comes within a few pixels of the same line of a sibling (an element in the
// same container, or another top-level element), the element snaps onto that line and a guide is
// drawn along it, spanning both elements. Pure (no DOM, no React); Canvas.tsx feeds it the dragged
// element's box and its siblings' boxes and draws the guides. Runs in the renderer.
import type { Point, Rect } from '../design/geometry'

/** A guide line: vertical at x = `at` (axis "x") or horizontal at y = `at`, from `from` to `to`. */
export interface Guide {
  readonly axis: 'x' | 'y'
  readonly at: number
  readonly from: number
  readonly to: number
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
            axis: 'x',
            at: line,
            from: Math.min(placed.y, sibling.y),
            to: Math.max(placed.y + placed.height, sibling.y + sibling.height),
          })
    if (dy !== null)
      for (const line of linesOf(placed.y, placed.height))
        if (linesOf(sibling.y, sibling.height).some((l) => same(l, line)))
          guides.push({
            axis: 'y',
            at: line,
            from: Math.min(placed.x, sibling.x),
            to: Math.max(placed.x + placed.width, sibling.x + sibling.width),
          })
  }
  return { position: { x: placed.x, y: placed.y }, guides: mergeGuides(guides) }
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
