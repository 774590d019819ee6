// Cut and paste as a move: the first paste of cut elements gets back their connections to the rest of
// the design (joined to the pasted copies) when they are still legal, lists the ones it cannot keep
// with the reason, and leaves copy-and-paste (and a paste after the Cut was undone) with only the
// connections among the copied elements. Through the store, the cut and the paste are one step each.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'
import {
  type ClipboardContent,
  type PastePlan,
  copySelection,
  cutConnections,
  droppedConnectionsMessage,
  planPaste,
} from '../../../src/renderer/src/design/clipboard'
import {
  addNodes,
  deleteElements,
  loadOpened,
  undo,
  useDocument,
} from '../../../src/renderer/src/store/document'

const templateDir = join(__dirname, '..', '..', '..', 'resources', 'templates')
const contoso = (): DesignDocument =>
  DesignDocument.parse(
    JSON.parse(readFileSync(join(templateDir, 'contoso.cmgd'), 'utf8')) as DesignDocumentInput,
  )

function pasted(plan: PastePlan) {
  if (plan.type !== 'paste') throw new Error(`refused: ${plan.reason}`)
  return plan
}

/** What Cut does to the design: the cut elements go, with every connection they had. */
function withoutCut(doc: DesignDocument, content: ClipboardContent): DesignDocument {
  const cut = new Set(content.nodes.map((n) => n.id))
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !cut.has(n.id)),
    edges: doc.edges.filter((e) => !cut.has(e.source) && !cut.has(e.target)),
  }
}

/** Cuts `ids` from `doc`: the design after the cut, the clipboard, and the connections remembered. */
function cut(doc: DesignDocument, ids: string[]) {
  const content = copySelection(doc, ids)!
  return { after: withoutCut(doc, content), content, connections: cutConnections(doc, content) }
}

const idOf = (plan: ReturnType<typeof pasted>, name: string) => plan.nodes.find((n) => n.name === name)!.id

describe('cut and paste keeps connections to the rest of the design', () => {
  it('a server cut and pasted into its site keeps its connection point linked to the CMG', () => {
    const doc = contoso()
    const { after, content, connections } = cut(doc, ['srv-nyc-cp1'])
    expect(after.edges.some((e) => e.kind === 'linkedTo' && e.source === 'cp-nyc-1')).toBe(false)

    const plan = pasted(
      planPaste(after, content, { selectedIds: ['site-nyc'], offset: 32, cutConnections: connections }),
    )
    expect(plan.nodes.map((n) => n.name)).toEqual(['NYC-CP1', 'CMGCP01'])
    expect(plan.edges).toEqual([
      expect.objectContaining({
        kind: 'linkedTo',
        source: idOf(plan, 'CMGCP01'),
        target: 'cmg-granitefalls',
      }),
    ])
    expect(plan.dropped).toEqual([])
    const result = DesignDocument.parse({
      ...after,
      nodes: [...after.nodes, ...plan.nodes],
      edges: [...after.edges, ...plan.edges],
    })
    expect(result.edges).toHaveLength(doc.edges.length)
  })

  it('a CMG cut and pasted back keeps the site it is created at and both connection points', () => {
    const doc = contoso()
    const { after, content, connections } = cut(doc, ['cmg-granitefalls'])
    const plan = pasted(
      planPaste(after, content, { selectedIds: ['sub-contoso'], offset: 32, cutConnections: connections }),
    )
    const cmg = idOf(plan, 'GraniteFalls')
    expect(plan.edges.map((e) => [e.kind, e.source, e.target]).sort()).toEqual([
      ['createdAt', cmg, 'site-nyc'],
      ['linkedTo', 'cp-nyc-1', cmg],
      ['linkedTo', 'cp-nyc-2', cmg],
    ])
    expect(plan.dropped).toEqual([])
  })

  it('says which connections it could not keep and why', () => {
    const doc = contoso()
    const { after, content, connections } = cut(doc, ['cmg-granitefalls'])
    // Between the cut and the paste: CMGCP01's server goes, and CMGCP02 is linked to another CMG.
    const changed = DesignDocument.parse({
      ...after,
      nodes: [
        ...after.nodes.filter((n) => n.id !== 'srv-nyc-cp1' && n.id !== 'cp-nyc-1'),
        {
          id: 'cmg-other',
          kind: 'cmg',
          name: 'Fabrikam',
          parentId: 'sub-contoso',
          position: { x: 10, y: 44 },
          props: { prefix: 'Fabrikam' },
        },
      ],
      edges: [...after.edges, { id: 'e-other', kind: 'linkedTo', source: 'cp-nyc-2', target: 'cmg-other' }],
    } as DesignDocumentInput)
    const plan = pasted(
      planPaste(changed, content, { selectedIds: ['sub-contoso'], offset: 32, cutConnections: connections }),
    )
    expect(plan.edges.map((e) => [e.kind, e.target])).toEqual([['createdAt', 'site-nyc']])
    expect(plan.dropped).toEqual([
      {
        connection: 'Connection point linked to CMG: CMGCP01 → GraniteFalls',
        reason: 'CMGCP01 is no longer in the design.',
      },
      {
        connection: 'Connection point linked to CMG: CMGCP02 → GraniteFalls',
        reason:
          'CMGCP02 is already linked to Fabrikam; a CMG connection point can be linked to only one CMG. Delete that connection first.',
      },
    ])
    expect(droppedConnectionsMessage(plan.dropped)).toBe(
      'Pasted, but 2 connections were not kept: Connection point linked to CMG: CMGCP01 → GraniteFalls ' +
        '(CMGCP01 is no longer in the design.); Connection point linked to CMG: CMGCP02 → GraniteFalls ' +
        '(CMGCP02 is already linked to Fabrikam; a CMG connection point can be linked to only one CMG. ' +
        'Delete that connection first.)',
    )
  })

  it('copy and paste, or a paste after the cut was undone, gets only the connections inside the copy', () => {
    const doc = contoso()
    const content = copySelection(doc, ['srv-nyc-cp1'])!
    const copy = pasted(planPaste(doc, content, { selectedIds: ['site-nyc'], offset: 32 }))
    expect(copy.edges).toEqual([])

    // The cut's connections are ignored while the cut elements are back in the design.
    const afterUndo = pasted(
      planPaste(doc, content, {
        selectedIds: ['site-nyc'],
        offset: 32,
        cutConnections: cutConnections(doc, content),
      }),
    )
    expect(afterUndo.edges).toEqual([])
    expect(afterUndo.dropped).toEqual([])
  })
})

describe('cut and paste through the document store', () => {
  it('the cut and the paste undo one step at a time', () => {
    loadOpened({
      ok: true,
      handle: 'h1',
      fileName: 'contoso.cmgd',
      hasFile: false,
      dirty: false,
      doc: contoso(),
    } as Parameters<typeof loadOpened>[0])
    const original = useDocument.getState().doc
    const content = copySelection(original, ['srv-nyc-cp1'])!
    const connections = cutConnections(original, content)
    deleteElements(['srv-nyc-cp1'])
    const afterCut = useDocument.getState().doc
    const plan = pasted(
      planPaste(afterCut, content, { selectedIds: ['site-nyc'], offset: 32, cutConnections: connections }),
    )
    expect(addNodes(plan.nodes, plan.resized, plan.edges)).toEqual({ ok: true })
    const linked = useDocument.getState().doc.edges.filter((e) => e.kind === 'linkedTo')
    expect(linked).toHaveLength(2)

    undo()
    expect(useDocument.getState().doc).toBe(afterCut)
    undo()
    expect(useDocument.getState().doc).toBe(original)
  })
})
