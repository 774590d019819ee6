// Align, distribute and arrow-key moves: siblings line up on the box they span, distribution leaves
// equal gaps, non-siblings are refused with a reason, nested elements never leave their container,
// and a run of arrow moves is one undo step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import {
  alignNodes,
  canAlign,
  distributeNodes,
  nudgeNodes,
  type PositionsOrReason,
} from '../../../src/renderer/src/design/align'
import { loadOpened, undo, updateGeometry, useDocument } from '../../../src/renderer/src/store/document'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const loadTemplate = (id: string): DesignDocument =>
  DesignDocument.parse(
    JSON.parse(readFileSync(join(templateDir, `${id}.cmgd`), 'utf8')) as DesignDocumentInput,
  )

const positions = (result: PositionsOrReason) => {
  if (!result.ok) throw new Error(result.reason)
  return Object.fromEntries(result.positions)
}

/** Three top-level elements of different sizes at known places. */
const doc = DesignDocument.parse({
  format: 'cmg-designer',
  formatVersion: 1,
  schemaVersion: 1,
  nodes: [
    { id: 'a', kind: 'clientPopulation', position: { x: 0, y: 0 } }, // 240 × 84
    { id: 'b', kind: 'boundaryGroup', position: { x: 400, y: 100 } }, // 220 × 64
    { id: 'c', kind: 'note', position: { x: 1000, y: 40 } }, // 224 × 128
  ],
})

describe('alignNodes', () => {
  it('aligns left, right and centre on the span of the selection', () => {
    expect(positions(alignNodes(doc, ['a', 'b'], 'left'))).toEqual({ b: { x: 0, y: 100 } })
    expect(positions(alignNodes(doc, ['a', 'b'], 'right'))).toEqual({ a: { x: 380, y: 0 } })
    // span 0…620, centre 310
    expect(positions(alignNodes(doc, ['a', 'b'], 'centre'))).toEqual({
      a: { x: 190, y: 0 },
      b: { x: 200, y: 100 },
    })
  })

  it('aligns top, middle and bottom', () => {
    expect(positions(alignNodes(doc, ['a', 'b', 'c'], 'top'))).toEqual({
      b: { x: 400, y: 0 },
      c: { x: 1000, y: 0 },
    })
    // span 0…168 (c: 40 + 128), bottom 168
    expect(positions(alignNodes(doc, ['a', 'b', 'c'], 'bottom'))).toEqual({
      a: { x: 0, y: 84 },
      b: { x: 400, y: 104 },
    })
    expect(positions(alignNodes(doc, ['a', 'b', 'c'], 'middle'))).toEqual({
      a: { x: 0, y: 42 },
      b: { x: 400, y: 52 },
      c: { x: 1000, y: 20 },
    })
  })

  it('refuses one element and elements in different containers', () => {
    expect(alignNodes(doc, ['a'], 'left')).toMatchObject({ ok: false })
    const contoso = loadTemplate('contoso')
    const mixed = alignNodes(contoso, ['srv-nyc-ss', 'mp-nyc'], 'left')
    expect(mixed).toMatchObject({ ok: false, reason: expect.stringContaining('same container') })
    expect(canAlign(contoso, new Set(['srv-nyc-cp1', 'srv-nyc-cp2']))).toBe(true)
    expect(canAlign(contoso, new Set(['srv-nyc-cp1', 'site-nyc']))).toBe(false)
  })

  it('aligns two servers of a site to the left', () => {
    const contoso = loadTemplate('contoso')
    expect(positions(alignNodes(contoso, ['srv-nyc-cp1', 'srv-nyc-cp2'], 'left'))).toEqual({
      'srv-nyc-cp2': { x: 230, y: 56 },
    })
  })
})

describe('distributeNodes', () => {
  it('spreads three elements with equal gaps, keeping the outer ones', () => {
    // a 0…240, b 400…620, c 1000…1224: total widths 684, span 1224 → gaps 270
    expect(positions(distributeNodes(doc, ['c', 'a', 'b'], 'horizontal'))).toEqual({ b: { x: 510, y: 100 } })
    // Overlapping along y (a 0…84, c 40…168, b 100…164): equal (negative) gaps, ends kept.
    expect(positions(distributeNodes(doc, ['a', 'b', 'c'], 'vertical'))).toEqual({
      c: { x: 1000, y: 30 },
      b: { x: 400, y: 104 },
    })
  })
  it('needs three elements', () => {
    expect(distributeNodes(doc, ['a', 'b'], 'horizontal')).toMatchObject({ ok: false })
  })
})

describe('nudgeNodes', () => {
  it('moves top-level elements freely and keeps nested ones inside their container', () => {
    const contoso = loadTemplate('contoso')
    expect(Object.fromEntries(nudgeNodes(contoso, new Set(['pop-roaming']), -16, 16))).toEqual({
      'pop-roaming': { x: -356, y: 76 },
    })
    // mp-nyc at (10, 98) in a 190 × 216 server; role 170 × 46 → x at most 20.
    expect(Object.fromEntries(nudgeNodes(contoso, new Set(['mp-nyc']), 64, 0))).toEqual({
      'mp-nyc': { x: 20, y: 98 },
    })
    // A selected role inside a selected server moves with the server only.
    expect([...nudgeNodes(contoso, new Set(['srv-nyc-ss', 'mp-nyc']), 0, 16).keys()]).toEqual(['srv-nyc-ss'])
  })

  it('merges a run of moves into one undo step', () => {
    loadOpened({
      ok: true,
      handle: 'h',
      fileName: 'x.cmgd',
      hasFile: false,
      dirty: false,
      doc: loadTemplate('contoso'),
    } as Parameters<typeof loadOpened>[0])
    const original = useDocument.getState().doc
    const ids = new Set(['pop-roaming'])
    for (let i = 0; i < 3; i++)
      updateGeometry(
        { positions: nudgeNodes(useDocument.getState().doc, ids, 16, 0) },
        { coalesce: 'move:pop' },
      )
    expect(useDocument.getState().past).toHaveLength(1)
    expect(useDocument.getState().doc.nodes.find((n) => n.id === 'pop-roaming')!.position.x).toBe(-340 + 48)
    undo()
    expect(useDocument.getState().doc).toBe(original)
    // Without the key, each move is its own step.
    updateGeometry({ positions: nudgeNodes(original, ids, 16, 0) })
    updateGeometry({ positions: nudgeNodes(useDocument.getState().doc, ids, 16, 0) })
    expect(useDocument.getState().past).toHaveLength(2)
  })
})
