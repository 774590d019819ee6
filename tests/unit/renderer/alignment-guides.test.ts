// Alignment guides while dragging: an element within a few pixels of a sibling's edge or centre
// snaps onto it and a guide spans both; farther away nothing moves and no guide shows. Equal
// spacing: an element whose gap to its row's (or column's) neighbour is a few pixels off a gap of
// that row snaps to it, and every equal gap is marked.
import { describe, expect, it } from 'vitest'
import { alignToSiblings } from '../../../src/renderer/src/editor/alignment-guides'

const sibling = { x: 100, y: 100, width: 200, height: 80 }

describe('alignToSiblings', () => {
  it('snaps a left edge a few pixels off onto the sibling’s and draws one vertical guide across both', () => {
    const { position, guides } = alignToSiblings({ x: 104, y: 300, width: 120, height: 60 }, [sibling], 6)
    expect(position).toEqual({ x: 100, y: 300 })
    expect(guides).toEqual([{ kind: 'align', axis: 'x', at: 100, from: 100, to: 360 }])
  })

  it('lines up centres of elements of different sizes', () => {
    const { position, guides } = alignToSiblings({ x: 400, y: 112, width: 100, height: 60 }, [sibling], 6)
    expect(position).toEqual({ x: 400, y: 110 })
    expect(guides).toEqual([{ kind: 'align', axis: 'y', at: 140, from: 100, to: 500 }])
  })

  it('takes the nearest line when several are in reach', () => {
    const other = { x: 103, y: 500, width: 50, height: 50 }
    const { position } = alignToSiblings({ x: 104, y: 300, width: 120, height: 60 }, [sibling, other], 6)
    expect(position.x).toBe(103)
  })

  it('leaves an element out of reach where it is, without guides', () => {
    const moving = { x: 120, y: 300, width: 120, height: 60 }
    expect(alignToSiblings(moving, [sibling], 6)).toEqual({ position: { x: 120, y: 300 }, guides: [] })
  })

  it('shows one guide per shared line, spanning every sibling on it', () => {
    const below = { x: 100, y: 400, width: 200, height: 80 }
    const { guides } = alignToSiblings({ x: 100, y: 250, width: 200, height: 60 }, [sibling, below], 6)
    const vertical = guides.filter((g) => g.axis === 'x')
    expect(vertical.map((g) => g.at)).toEqual([100, 200, 300])
    expect(vertical.every((g) => g.from === 100 && g.to === 480)).toBe(true)
  })

  it('snaps to the gap its row already has, marking both equal gaps', () => {
    const a = { x: 0, y: 0, width: 100, height: 60 }
    const b = { x: 150, y: 10, width: 100, height: 60 }
    const { position, guides } = alignToSiblings({ x: 303, y: 50, width: 100, height: 60 }, [a, b], 6)
    expect(position).toEqual({ x: 300, y: 50 })
    expect(guides).toEqual([
      { kind: 'spacing', axis: 'y', at: 35, from: 100, to: 150 },
      { kind: 'spacing', axis: 'y', at: 60, from: 250, to: 300 },
    ])
  })

  it('does the same in a column', () => {
    const a = { x: 0, y: 0, width: 100, height: 40 }
    const b = { x: 20, y: 70, width: 100, height: 40 }
    const { position, guides } = alignToSiblings({ x: 60, y: 137, width: 100, height: 40 }, [a, b], 6)
    expect(position).toEqual({ x: 60, y: 140 })
    expect(guides.map((g) => [g.kind, g.axis, g.from, g.to])).toEqual([
      ['spacing', 'x', 40, 70],
      ['spacing', 'x', 110, 140],
    ])
  })

  it('leaves a gap out of reach as it is', () => {
    const a = { x: 0, y: 0, width: 100, height: 60 }
    const b = { x: 150, y: 0, width: 100, height: 60 }
    const moving = { x: 310, y: 200, width: 100, height: 60 }
    expect(alignToSiblings({ ...moving, y: 0 }, [a, b], 6).position).toEqual({ x: 310, y: 0 })
  })
})
