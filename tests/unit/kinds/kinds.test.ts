// The element kinds (src/shared/kinds): one declaration per kind of the model, containers exactly
// the kinds that may hold others, the canvas's light-theme colour equal to the picture's, the
// summary lines every view prints, and labels and help reaching the published JSON Schema.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTAINER_KINDS, KINDS, KIND_LABEL, summaryOf, summaryText, tagOf } from '../../../src/shared/kinds'
import { designJsonSchema } from '../../../src/shared/format/json-schema'
import { defaultProps } from '../../../src/shared/model/factory'
import { NODE_KINDS, PROPS_BY_KIND, type DesignNode, type NodeKind } from '../../../src/shared/model/schema'
import { PARENT_KINDS } from '../../../src/shared/model/structure'

const node = (kind: NodeKind, props: Record<string, unknown> = {}): DesignNode =>
  ({
    id: `${kind}-1`,
    kind,
    name: '',
    position: { x: 0, y: 0 },
    props: { ...defaultProps(kind), ...props },
  }) as DesignNode

describe('element kinds', () => {
  it('declares every kind of the model, in palette order, with the props the file format uses', () => {
    expect(Object.keys(KINDS)).toEqual(NODE_KINDS)
    for (const kind of NODE_KINDS) expect(KINDS[kind].props, kind).toBe(PROPS_BY_KIND[kind])
  })

  it('lays out children in exactly the kinds that may hold others', () => {
    expect([...CONTAINER_KINDS].sort()).toEqual([...new Set(Object.values(PARENT_KINDS).flat())].sort())
  })

  it('draws each kind in the light theme in the colour of the report picture', () => {
    const css = readFileSync(join(__dirname, '../../../src/renderer/src/styles/theme.css'), 'utf8')
    for (const kind of NODE_KINDS)
      expect(css, kind).toMatch(new RegExp(`--kind-${kind}: ${KINDS[kind].colour.line};`))
  })

  it('prints the same summary everywhere: VM count before size, the authentication by its label', () => {
    const cmg = node('cmg', { vmCount: 2, region: 'eastus' })
    expect(summaryText(cmg)).toEqual(['2 × Standard_A2_v2', 'eastus · VM scale set'])
    const clients = node('clientPopulation', { count: 8000, concurrent: 3000, authMethod: 'entra' })
    expect(summaryText(clients)).toEqual(['8,000 clients (3,000 concurrent)', 'Entra ID · Internet'])
    expect(summaryText(node('managementPoint', { protocol: 'https', allowCmgTraffic: true }))).toEqual([
      'HTTPS · CMG traffic',
    ])
    expect(summaryOf(node('cmg'))[1]).toEqual({ text: 'Region not set', tone: 'muted' })
  })

  it('tags a site server as such', () => {
    expect(tagOf(node('server', { isSiteServer: true }))).toBe('Site server')
    expect(tagOf(node('server'))).toBe('Server')
    expect(KIND_LABEL.cmgConnectionPoint).toBe('CMG connection point')
  })

  it('gives the JSON Schema each property’s label and help', () => {
    const text = JSON.stringify(designJsonSchema())
    expect(text).toContain('"title":"VM instances","description":"1-16; 2 or more for production')
    expect(text).toContain('Unit: VMs."')
  })
})
