// Dragging a nested element into another container: a role goes into another server, a server into
// another site, a CMG into another subscription, with the palette's refusal reasons elsewhere; a
// drop inside its own container or of a top-level element is an ordinary move.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../../src/shared/model/document'
import type { DesignNode } from '../../../src/shared/model/schema'
import { absoluteRect, indexNodes } from '../../../src/renderer/src/design/geometry'
import { planMove } from '../../../src/renderer/src/design/placement'

const contoso = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'resources', 'templates', 'contoso.cmgd'), 'utf8'),
) as DesignDocument

const centreOf = (doc: Pick<DesignDocument, 'nodes'>, id: string) => {
  const r = absoluteRect(indexNodes(doc), id)!
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

describe('moving an element by drag', () => {
  it('puts a role dropped on another server into that server, below its children, growing it', () => {
    const plan = planMove(contoso, 'cp-nyc-1', centreOf(contoso, 'srv-nyc-cp2'))
    expect(plan.type).toBe('reparent')
    if (plan.type !== 'reparent') return
    expect(plan.parentId).toBe('srv-nyc-cp2')
    // CMGCP02 holds the first slot; the newcomer goes below it and the server grows to hold it.
    expect(plan.position.y).toBeGreaterThan(44)
    expect(plan.resized.get('srv-nyc-cp2')!.height).toBeGreaterThan(108)
  })

  it('puts a server dropped on another site into that site', () => {
    const second = {
      id: 'site-2',
      kind: 'site',
      name: 'Second',
      position: { x: 0, y: 600 },
      size: { width: 660, height: 292 },
      props: {},
    } as unknown as DesignNode
    const doc = { ...contoso, nodes: [...contoso.nodes, second] }
    const plan = planMove(doc, 'srv-nyc-cp1', { x: 300, y: 750 })
    expect(plan).toMatchObject({ type: 'reparent', parentId: 'site-2' })
  })

  it('refuses a role dropped on a site outside any server, or on empty canvas, with the reason', () => {
    expect(planMove(contoso, 'mp-nyc', { x: 330, y: 250 })).toEqual({
      type: 'refused',
      reason: 'A management point must be inside a server, not inside a site.',
    })
    expect(planMove(contoso, 'mp-nyc', { x: 300, y: 900 })).toEqual({
      type: 'refused',
      reason: 'A management point must be inside a server — drag it onto a server.',
    })
    expect(planMove(contoso, 'cmg-granitefalls', centreOf(contoso, 'srv-nyc-ss'))).toEqual({
      type: 'refused',
      reason: 'A CMG must be inside an Azure subscription, not inside a server.',
    })
  })

  it('is an ordinary move inside its own container, and for top-level elements', () => {
    expect(planMove(contoso, 'mp-nyc', centreOf(contoso, 'srv-nyc-ss'))).toEqual({ type: 'move' })
    expect(planMove(contoso, 'pop-roaming', centreOf(contoso, 'srv-nyc-ss'))).toEqual({ type: 'move' })
  })
})
