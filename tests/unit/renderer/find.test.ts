// Find: by name, site code, FQDN, kind and rule id; exact beats prefix beats substring; one match
// per element with where it is.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import { findElements } from '../../../src/renderer/src/design/find'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const contoso = DesignDocument.parse(
  JSON.parse(readFileSync(join(templateDir, 'contoso.cmgd'), 'utf8')) as DesignDocumentInput,
)
const ids = (query: string, options?: Parameters<typeof findElements>[2]) =>
  findElements(contoso, query, options).map((m) => m.nodeId)

describe('findElements', () => {
  it('finds by name, case-insensitively, with the location of the element', () => {
    const [match] = findElements(contoso, 'mp01')
    expect(match).toMatchObject({
      nodeId: 'mp-nyc',
      title: 'Management point MP01',
      location: 'NYC-SS › New York City HQ',
      field: 'name',
    })
  })

  it('finds a site by its code and a server by its FQDN', () => {
    expect(findElements(contoso, 'CON')[0]).toMatchObject({
      nodeId: 'site-nyc',
      field: 'siteCode',
      detail: 'Site code CON',
    })
    expect(findElements(contoso, 'nyc-cp2.contoso')[0]).toMatchObject({
      nodeId: 'srv-nyc-cp2',
      field: 'fqdn',
    })
    expect(ids('granitefalls.contoso.com')).toEqual(['cmg-granitefalls'])
  })

  it('finds every element of a kind by its label or short tag', () => {
    expect(ids('CMG connection point')).toEqual(['cp-nyc-1', 'cp-nyc-2'])
    expect(ids('sup')).toEqual(['sup-nyc'])
  })

  it('ranks an exact name above a prefix and a substring', () => {
    const result = ids('nyc-cp')
    expect(result.slice(0, 2)).toEqual(['srv-nyc-cp1', 'srv-nyc-cp2'])
    expect(ids('NYC-CP1')[0]).toBe('srv-nyc-cp1')
  })

  it('finds rule ids only when findings are given', () => {
    expect(ids('CMG-HA-001')).toEqual([])
    const ruleIdsByNode = new Map([['cmg-granitefalls', ['CMG-HA-001']]])
    expect(findElements(contoso, 'ha-001', { ruleIdsByNode })[0]).toMatchObject({
      nodeId: 'cmg-granitefalls',
      field: 'ruleId',
    })
  })

  it('returns nothing for a blank query and respects the limit', () => {
    expect(ids('   ')).toEqual([])
    expect(findElements(contoso, 'n', { limit: 3 })).toHaveLength(3)
    expect(ids('no such thing')).toEqual([])
    expect(ids('(')).toEqual([])
  })
})
