// The load pipeline against real damaged, foreign and newer files: each gets the right error code
// and a message naming what is wrong and where; nothing throws; valid files load.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { serializeDesign } from '../../../src/shared/format/serialize'

const invalid = (name: string) => readFileSync(join(__dirname, '../../fixtures/files/invalid', name), 'utf8')
const templatesDir = join(__dirname, '../../../resources/templates')

function expectError(text: string, code: string) {
  const r = parseDesignFile(text)
  expect(r.ok).toBe(false)
  if (r.ok) throw new Error('unreachable')
  expect(r.error.code).toBe(code)
  return r.error
}

describe('parseDesignFile', () => {
  it('loads every shipped template', () => {
    for (const f of readdirSync(templatesDir)) {
      const r = parseDesignFile(readFileSync(join(templatesDir, f), 'utf8'))
      expect(r.ok, f).toBe(true)
    }
  })

  it('refuses truncated JSON as NOT_JSON and says it may be truncated', () => {
    expect(expectError(invalid('truncated.cmgd'), 'NOT_JSON').message).toMatch(/truncated or damaged/)
  })

  it('refuses binary junk as NOT_JSON', () => {
    expectError(invalid('not-json.cmgd'), 'NOT_JSON')
  })

  it("refuses another app's JSON as NOT_A_DESIGN_FILE", () => {
    expect(expectError(invalid('other-app.json'), 'NOT_A_DESIGN_FILE').message).toMatch(
      /"format": "cmg-designer"/,
    )
  })

  it('names the wrong format marker', () => {
    expect(expectError(invalid('wrong-format-marker.cmgd'), 'NOT_A_DESIGN_FILE').message).toContain(
      '"something-else"',
    )
  })

  it('refuses JSON that is not an object', () => {
    expectError('[1,2,3]', 'NOT_A_DESIGN_FILE')
    expectError('"cmg-designer"', 'NOT_A_DESIGN_FILE')
    expectError('null', 'NOT_A_DESIGN_FILE')
  })

  it('refuses formatVersion 99 as FILE_TOO_NEW, naming both versions', () => {
    const e = expectError(invalid('format-version-99.cmgd'), 'FILE_TOO_NEW')
    expect(e.message).toContain('format version 99')
    expect(e.message).toContain('up to version 1')
  })

  it('refuses a newer schemaVersion as FILE_TOO_NEW', () => {
    expect(expectError(invalid('schema-version-7.cmgd'), 'FILE_TOO_NEW').message).toContain(
      'schema version 7',
    )
  })

  it('reports a negative vmCount with the path of the offending value', () => {
    const e = expectError(invalid('negative-vmcount.cmgd'), 'INVALID_DOCUMENT')
    expect(e.issues).toContain('nodes[10].props.vmCount: must be between 0 and 99, got -2')
    expect(e.message).toContain('nodes[10].props.vmCount')
  })

  it('reports an edge whose kind does not fit its endpoints', () => {
    const e = expectError(invalid('wrong-edge-kind.cmgd'), 'INVALID_DOCUMENT')
    expect(e.issues.join('\n')).toMatch(
      /edges\[4\]\.kind: a hierarchy edge runs from site to site, not from clientPopulation to site/,
    )
  })

  it('refuses a __proto__ key without polluting any prototype', () => {
    const e = expectError(invalid('proto-pollution.cmgd'), 'INVALID_DOCUMENT')
    expect(e.issues).toContain('design.__proto__: is not a known property')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses constructor and prototype keys in props', () => {
    const t = JSON.parse(readFileSync(join(templatesDir, 'contoso.cmgd'), 'utf8'))
    t.nodes[0].props.constructor = { prototype: { polluted: true } }
    const e = expectError(JSON.stringify(t), 'INVALID_DOCUMENT')
    expect(e.issues).toContain('nodes[0].props.constructor: is not a known property')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a file over the size limit before parsing it', () => {
    const e = expectError(
      `{"format":"cmg-designer","pad":"${'x'.repeat(21 * 1024 * 1024)}"}`,
      'FILE_TOO_LARGE',
    )
    expect(e.message).toMatch(/larger than 20 MB/)
    expect(parseDesignFile('{}', { maxBytes: 1 }).ok).toBe(false)
  })

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const text = `"${'€'.repeat(400)}"` // 402 characters, 1,202 bytes
    const r = parseDesignFile(text, { maxBytes: 1000 })
    expect(!r.ok && r.error.code).toBe('FILE_TOO_LARGE')
  })

  it('reports duplicate ids, dangling parents and edges to missing nodes with paths', () => {
    const t = JSON.parse(readFileSync(join(templatesDir, 'contoso.cmgd'), 'utf8'))
    t.nodes[2].id = t.nodes[1].id
    t.nodes[5].parentId = 'no-such-server'
    t.edges[0].target = 'ghost'
    const e = expectError(JSON.stringify(t), 'INVALID_DOCUMENT')
    const all = e.issues.join('\n')
    expect(all).toContain(`nodes[2].id: duplicate id "${t.nodes[1].id}"`)
    expect(all).toContain('nodes[5].parentId: no node has id "no-such-server"')
    expect(all).toContain('edges[0].target: no node has id "ghost"')
  })

  it('reports a role placed directly in a site', () => {
    const t = JSON.parse(readFileSync(join(templatesDir, 'contoso.cmgd'), 'utf8'))
    const mp = t.nodes.findIndex((n: { id: string }) => n.id === 'mp-nyc')
    t.nodes[mp].parentId = 'site-nyc'
    const e = expectError(JSON.stringify(t), 'INVALID_DOCUMENT')
    expect(e.issues).toContain(`nodes[${mp}].parentId: a managementPoint must be inside a server, not a site`)
  })

  it('fills defaults for properties that are left out', () => {
    const r = parseDesignFile(
      JSON.stringify({
        format: 'cmg-designer',
        formatVersion: 1,
        schemaVersion: 1,
        nodes: [
          { id: 'sub', kind: 'azureSubscription', position: { x: 0, y: 0 } },
          { id: 'c', kind: 'cmg', parentId: 'sub', position: { x: 1, y: 2 } },
        ],
      }),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const cmg = r.value.doc.nodes[1]
    expect(cmg?.kind === 'cmg' && cmg.props.vmSize).toBe('Standard_A2_v2')
    expect(cmg?.kind === 'cmg' && cmg.props.alerts.egress14DayGB).toBe(10_000)
    expect(r.value.doc.design.cmVersion).toBe(2509)
  })

  it('strips a UTF-8 byte-order mark', () => {
    const text = readFileSync(join(templatesDir, 'lab.cmgd'), 'utf8')
    expect(parseDesignFile(`\uFEFF${text}`).ok).toBe(true)
  })

  it('round-trips a template byte for byte after one save', () => {
    const r = parseDesignFile(readFileSync(join(templatesDir, 'contoso.cmgd'), 'utf8'))
    if (!r.ok) throw new Error(r.error.message)
    const once = serializeDesign(r.value.doc)
    const again = parseDesignFile(once)
    if (!again.ok) throw new Error(again.error.message)
    expect(serializeDesign(again.value.doc)).toBe(once)
    expect(once.endsWith('}\n')).toBe(true)
    expect(once.split('\n')[1]).toBe('  "format": "cmg-designer",')
  })
})
