// Copy, paste and duplicate: a pasted site brings its servers and roles with fresh ids, unique names
// and its internal connections; a role needs a selected server; successive pastes move further away;
// site codes, CMG prefixes and FQDNs stay unique; the store adds the paste as one undoable step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import type { DesignNode } from '../../../src/shared/model/schema'
import {
  PASTE_OFFSET,
  clipboardText,
  copySelection,
  planPaste,
  uniqueVariant,
  type PastePlan,
} from '../../../src/renderer/src/design/clipboard'
import {
  addNodes,
  deleteElements,
  loadOpened,
  undo,
  useDocument,
} from '../../../src/renderer/src/store/document'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const loadTemplate = (id: string): DesignDocument =>
  DesignDocument.parse(
    JSON.parse(readFileSync(join(templateDir, `${id}.cmgd`), 'utf8')) as DesignDocumentInput,
  )

function pasted(plan: PastePlan) {
  if (plan.type !== 'paste') throw new Error(`refused: ${plan.reason}`)
  return plan
}

/** The document after adding a paste plan (to check it still validates). */
const withPaste = (doc: DesignDocument, plan: ReturnType<typeof pasted>): DesignDocument =>
  DesignDocument.parse({ ...doc, nodes: [...doc.nodes, ...plan.nodes], edges: [...doc.edges, ...plan.edges] })

describe('copySelection', () => {
  it('takes a site with its servers and roles and the edges among them only', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['site-nyc'])!
    expect(content.nodes.map((n) => n.id).sort()).toEqual(
      [
        'site-nyc',
        'srv-nyc-ss',
        'scp-nyc',
        'mp-nyc',
        'sup-nyc',
        'srv-nyc-cp1',
        'cp-nyc-1',
        'srv-nyc-cp2',
        'cp-nyc-2',
      ].sort(),
    )
    // linkedTo edges end at the CMG outside the selection: not copied.
    expect(content.edges).toEqual([])
    const withCmg = copySelection(doc, ['site-nyc', 'sub-contoso'])!
    expect(withCmg.edges.map((e) => e.kind).sort()).toEqual(['createdAt', 'linkedTo', 'linkedTo'])
    expect(JSON.parse(clipboardText(withCmg))).toMatchObject({ format: 'cmg-designer/selection', version: 1 })
  })

  it('lists parents before children and ignores ids that do not exist', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['mp-nyc', 'missing', 'srv-nyc-ss'])!
    expect(content.nodes[0]!.id).toBe('srv-nyc-ss')
    expect(copySelection(doc, ['missing'])).toBeNull()
  })
})

describe('planPaste', () => {
  it('pastes a site with servers, roles and internal edges under fresh ids and unique names', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['site-nyc', 'sub-contoso'])!
    const plan = pasted(planPaste(doc, content, { selectedIds: [], offset: PASTE_OFFSET }))
    expect(plan.nodes).toHaveLength(content.nodes.length)
    const oldIds = new Set(doc.nodes.map((n) => n.id))
    for (const n of plan.nodes) expect(oldIds.has(n.id), n.id).toBe(false)
    const names = plan.nodes.map((n) => n.name)
    expect(names).toContain('MP02')
    expect(names).toContain('SUP02')
    expect(names).toContain('NYC-CP3')
    expect(names).toContain('New York City HQ 2')
    const site = plan.nodes.find((n) => n.kind === 'site')!
    expect(site.position).toEqual({ x: PASTE_OFFSET, y: PASTE_OFFSET })
    expect(site.kind === 'site' && site.props.siteCode).not.toBe('CON')
    const cmg = plan.nodes.find((n) => n.kind === 'cmg')!
    expect(cmg.kind === 'cmg' && cmg.props.prefix).toBe('GraniteFalls2')
    expect(cmg.kind === 'cmg' && cmg.props.serviceNameCn).toBe('GraniteFalls2.contoso.com')
    const server = plan.nodes.find((n) => n.name === 'NYC-SS 2')!
    expect(server.kind === 'server' && server.props.fqdn).toBe('nyc-ss2.contoso.com')
    // Nesting is preserved with the new ids.
    const byId = new Map(plan.nodes.map((n) => [n.id, n]))
    for (const n of plan.nodes.filter((x) => x.kind === 'managementPoint'))
      expect(byId.get(n.parentId!)?.kind).toBe('server')
    // Internal edges connect the copies.
    expect(plan.edges).toHaveLength(3)
    for (const e of plan.edges) {
      expect(byId.has(e.source)).toBe(true)
      expect(byId.has(e.target)).toBe(true)
    }
    expect(plan.rootIds.map((id) => byId.get(id)!.kind).sort()).toEqual(['azureSubscription', 'site'])
    expect(() => withPaste(doc, plan)).not.toThrow()
  })

  it('refuses a role without a selected server, and pastes it into the selected server', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['mp-nyc'])!
    expect(planPaste(doc, content, { selectedIds: [], offset: 32 })).toEqual({
      type: 'refused',
      reason: 'Select a server to paste the management point into.',
    })
    expect(planPaste(doc, content, { selectedIds: ['site-nyc'], offset: 32 }).type).toBe('refused')
    // Selecting a role inside the target server counts as selecting the server.
    const plan = pasted(planPaste(doc, content, { selectedIds: ['cp-nyc-1'], offset: 32 }))
    const copy = plan.nodes[0]!
    expect(copy.parentId).toBe('srv-nyc-cp1')
    expect(copy.name).toBe('MP02')
    // In the next free slot below the connection point, and the server (and site) grow to fit.
    expect(copy.position).toEqual({ x: 10, y: 98 })
    expect(plan.resized.get('srv-nyc-cp1')!.height).toBeGreaterThanOrEqual(98 + 46)
  })

  it('puts a pasted server into the selected site, with its roles', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['srv-nyc-ss'])!
    const plan = pasted(planPaste(doc, content, { selectedIds: ['site-nyc'], offset: 32 }))
    expect(plan.nodes.filter((n) => n.parentId === 'site-nyc')).toHaveLength(1)
    expect(plan.nodes).toHaveLength(4)
    expect(() => withPaste(doc, plan)).not.toThrow()
  })

  it('refuses roles copied from different servers when no single server is selected', () => {
    const doc = loadTemplate('contoso')
    const content = copySelection(doc, ['mp-nyc'])!
    const plan = planPaste(doc, content, { selectedIds: ['cp-nyc-1', 'cp-nyc-2'], offset: 32 })
    expect(plan.type).toBe('refused')
  })
})

describe('uniqueVariant', () => {
  it('counts a trailing number up keeping its width, else appends one', () => {
    const used = new Set(['mp01', 'mp02', 'scp', 'scp 2'])
    expect(uniqueVariant('MP01', used)).toBe('MP03')
    expect(uniqueVariant('SCP', used)).toBe('SCP 3')
    expect(uniqueVariant('Fresh', used)).toBe('Fresh')
    expect(uniqueVariant('', used)).toBe('')
    expect(uniqueVariant('cmg9', new Set(['cmg9']), 64, '')).toBe('cmg10')
  })
  it('keeps names within the length limit', () => {
    const long = 'x'.repeat(128)
    const result = uniqueVariant(long, new Set([long]))
    expect(result.length).toBeLessThanOrEqual(128)
    expect(result).not.toBe(long)
  })
})

describe('pasting through the document store', () => {
  beforeEach(() => {
    loadOpened({
      ok: true,
      handle: 'h1',
      fileName: 'contoso.cmgd',
      hasFile: false,
      dirty: false,
      doc: loadTemplate('contoso'),
    } as Parameters<typeof loadOpened>[0])
  })

  it('adds nodes and edges as one undoable step and refuses a dangling edge', () => {
    const doc = useDocument.getState().doc
    const plan = pasted(
      planPaste(doc, copySelection(doc, ['site-nyc', 'sub-contoso'])!, { selectedIds: [], offset: 32 }),
    )
    expect(addNodes(plan.nodes, plan.resized, plan.edges)).toEqual({ ok: true })
    expect(useDocument.getState().doc.nodes).toHaveLength(doc.nodes.length + plan.nodes.length)
    expect(useDocument.getState().doc.edges).toHaveLength(doc.edges.length + plan.edges.length)
    undo()
    expect(useDocument.getState().doc).toBe(doc)

    const dangling = { id: 'e-x', kind: 'hierarchy' as const, source: 'site-nyc', target: 'nowhere' }
    expect(addNodes([], new Map(), [dangling]).ok).toBe(false)
    const wrongKind = { id: 'e-y', kind: 'hierarchy' as const, source: 'site-nyc', target: 'pop-roaming' }
    expect(addNodes([], new Map(), [wrongKind]).ok).toBe(false)
    expect(useDocument.getState().doc).toBe(doc)
  })

  it('deleting a pasted site removes its servers, roles and connections in one step', () => {
    const doc = useDocument.getState().doc
    const plan = pasted(
      planPaste(doc, copySelection(doc, ['site-nyc', 'sub-contoso'])!, { selectedIds: [], offset: 32 }),
    )
    addNodes(plan.nodes, plan.resized, plan.edges)
    const site = plan.nodes.find((n: DesignNode) => n.kind === 'site')!
    deleteElements([site.id])
    const after = useDocument.getState().doc
    const siteFamily = plan.nodes.filter((n) => n.kind !== 'azureSubscription' && n.kind !== 'cmg')
    for (const n of siteFamily)
      expect(
        after.nodes.some((x) => x.id === n.id),
        n.name,
      ).toBe(false)
    // Only the pasted CMG's edges to the deleted site family are gone.
    expect(after.edges).toHaveLength(doc.edges.length)
    undo()
    expect(useDocument.getState().doc.nodes).toHaveLength(doc.nodes.length + plan.nodes.length)
  })
})
