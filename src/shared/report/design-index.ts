// Looking things up in a design for the design report's chapters: elements by id and kind,
// children, the elements an edge links, the site that holds an element and tenant names. Pure; runs
// in the renderer's report worker and in the CLI (`cmg-designer report`).
import type { DesignDocument } from '../model/document'
import type { DesignEdge, DesignNode, EdgeKind, NodeKind, NodeOfKind } from '../model/schema'
import { describeNode } from './design-steps'

export class Design {
  readonly doc: DesignDocument
  private readonly byId: ReadonlyMap<string, DesignNode>
  private readonly childrenOf = new Map<string, DesignNode[]>()
  private readonly outEdges = new Map<string, DesignEdge[]>()
  private readonly inEdges = new Map<string, DesignEdge[]>()

  constructor(doc: DesignDocument) {
    this.doc = doc
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]))
    const add = <T>(index: Map<string, T[]>, key: string, value: T): void => {
      const list = index.get(key)
      if (list) list.push(value)
      else index.set(key, [value])
    }
    for (const n of doc.nodes) if (n.parentId !== undefined) add(this.childrenOf, n.parentId, n)
    for (const e of doc.edges) {
      add(this.outEdges, e.source, e)
      add(this.inEdges, e.target, e)
    }
  }

  node(id: string | undefined): DesignNode | undefined {
    return id === undefined ? undefined : this.byId.get(id)
  }

  ofKind<K extends NodeKind>(kind: K): NodeOfKind<K>[] {
    return this.doc.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind)
  }

  children(id: string): readonly DesignNode[] {
    return this.childrenOf.get(id) ?? []
  }

  /** Targets of `kind` edges leaving `id`, in document order. */
  targets(id: string, kind: EdgeKind): DesignNode[] {
    return this.linked(this.outEdges, id, kind, 'target')
  }

  /** Sources of `kind` edges arriving at `id`, in document order. */
  sources(id: string, kind: EdgeKind): DesignNode[] {
    return this.linked(this.inEdges, id, kind, 'source')
  }

  private linked(
    index: ReadonlyMap<string, DesignEdge[]>,
    id: string,
    kind: EdgeKind,
    end: 'source' | 'target',
  ): DesignNode[] {
    const out: DesignNode[] = []
    for (const e of index.get(id) ?? []) {
      const n = e.kind === kind ? this.byId.get(e[end]) : undefined
      if (n) out.push(n)
    }
    return out
  }

  /** "Site New York City HQ (CON)", "Management point MP01"; the bare id for an unknown node. */
  describe(id: string): string {
    const n = this.byId.get(id)
    return n ? describeNode(n) : id
  }

  /** The site that contains a server or a role. */
  siteOf(n: DesignNode): DesignNode | undefined {
    let current: DesignNode | undefined = n
    for (let guard = 0; current && guard < 64; guard++) {
      if (current.kind === 'site') return current
      current = this.node(current.parentId)
    }
    return undefined
  }

  tenantName(id: string): string {
    if (id === '') return '—'
    const t = this.doc.design.tenants.find((x) => x.id === id)
    return t ? (t.name.trim() !== '' ? t.name : t.id) : id
  }
}
