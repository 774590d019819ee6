// Bulk edit of several selected elements: the fields they share (all of a kind's when they share
// it, only the fields declared alike across kinds otherwise), their shared or mixed values, and one
// change that sets a field on all of them, refused as a whole when any element's schema refuses.
import { describe, expect, it } from 'vitest'
import { commonValues, setPropOnAll, sharedFields } from '../../../src/renderer/src/design/bulk-edit'
import { describeFields } from '../../../src/renderer/src/design/schema-fields'
import { DesignDocument } from '../../../src/shared/model/document'
import { PROPS_BY_KIND, type NodeKind } from '../../../src/shared/model/schema'
import { template } from '../../../src/shared/testing/fixture'

const fieldsOf = (kind: NodeKind) => describeFields(PROPS_BY_KIND[kind])
const contoso = DesignDocument.parse(template('contoso'))
const node = (doc: DesignDocument, id: string) => doc.nodes.find((n) => n.id === id)!
const propsOf = (doc: DesignDocument, id: string) => node(doc, id).props as Record<string, unknown>

describe('sharedFields', () => {
  it('keeps every field of one kind', () => {
    const server = fieldsOf('server')
    expect(sharedFields([server, server]).map((f) => f.key)).toEqual(server.map((f) => f.key))
  })

  it('keeps only the fields two kinds declare alike', () => {
    const keys = sharedFields([fieldsOf('managementPoint'), fieldsOf('softwareUpdatePoint')]).map(
      (f) => f.key,
    )
    expect(keys).toContain('allowCmgTraffic')
    expect(keys).not.toContain('protocol')
  })

  it('has nothing in common between a server and a site', () => {
    expect(sharedFields([fieldsOf('server'), fieldsOf('site')])).toEqual([])
  })
})

describe('commonValues', () => {
  it('holds the shared values and names the fields whose values differ', () => {
    const servers = [node(contoso, 'srv-nyc-cp1'), node(contoso, 'srv-nyc-cp2')]
    const { root, mixed } = commonValues(
      fieldsOf('server'),
      servers.map((s) => s.props),
    )
    expect(mixed).toEqual(new Set(['fqdn']))
    expect(root).not.toHaveProperty('fqdn')
    expect(root.os).toBe(propsOf(contoso, 'srv-nyc-cp1').os)
  })
})

describe('setPropOnAll', () => {
  const ids = new Set(['srv-nyc-cp1', 'srv-nyc-cp2'])

  it('sets the value on every selected element and leaves the others as they were', () => {
    const result = setPropOnAll(contoso, ids, ['os'], 'WS2025')
    if (!result.ok) throw new Error(result.reason)
    const next = result.change(contoso)
    expect(node(next, 'srv-nyc-cp1').props).toMatchObject({ os: 'WS2025', fqdn: 'nyc-cp1.contoso.com' })
    expect(node(next, 'srv-nyc-cp2').props).toMatchObject({ os: 'WS2025', fqdn: 'nyc-cp2.contoso.com' })
    expect(node(next, 'srv-nyc-ss')).toBe(node(contoso, 'srv-nyc-ss'))
  })

  it('refuses a value a schema refuses, with the reason', () => {
    const result = setPropOnAll(contoso, ids, ['os'], 'Windows 95')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.reason).toMatch(/^os: /)
      expect(result.issue?.path).toEqual(['os'])
    }
  })

  it('changes nothing when every element already holds the value', () => {
    const os = propsOf(contoso, 'srv-nyc-cp1').os
    const result = setPropOnAll(contoso, ids, ['os'], os)
    if (!result.ok) throw new Error(result.reason)
    expect(result.change(contoso)).toBe(contoso)
  })
})
