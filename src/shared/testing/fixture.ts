// Builds rule fixtures from the shipped templates: load a template, change a few properties, nodes
// or edges, and re-validate through the real schema (so a fixture can never be an invalid design).
// Pure: the templates come in through the bundler (import.meta.glob), so the rule cases beside the
// rules (src/shared/rules/catalogue/*/*.cases.ts) can use it; only tests import it.
/// <reference types="vite/types/importMeta.d.ts" />
import { DesignDocument, type DesignDocumentInput } from '../model/document'
import type { EdgeKind, NodeKind } from '../model/schema'

export type TemplateId = 'contoso' | 'fourth-coffee' | 'lab'

const TEMPLATE_TEXTS: Record<string, string> = import.meta.glob('../../../resources/templates/*.cmgd', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** A template as a plain, mutable input object. */
export function template(id: TemplateId): DesignDocumentInput {
  const text = TEMPLATE_TEXTS[`../../../resources/templates/${id}.cmgd`]
  if (text === undefined) throw new Error(`fixture: no template ${id}`)
  return JSON.parse(text) as DesignDocumentInput
}

type MutableNode = {
  id: string
  kind: NodeKind
  name?: string
  parentId?: string
  position: { x: number; y: number }
  props?: Record<string, unknown>
  phase?: string
}
type MutableDoc = {
  design: Record<string, unknown>
  nodes: MutableNode[]
  edges: { id: string; kind: EdgeKind; source: string; target: string }[]
  suppressions: { ruleId: string; nodeId: string; reason: string }[]
}

/** Fluent editing of a design input; `build()` validates it with the real schema. */
export class Fixture {
  private readonly d: MutableDoc
  constructor(base: TemplateId | DesignDocumentInput) {
    this.d = (typeof base === 'string' ? template(base) : JSON.parse(JSON.stringify(base))) as MutableDoc &
      DesignDocumentInput
    this.d.suppressions ??= []
    this.d.edges ??= []
  }

  design(patch: Record<string, unknown>): this {
    Object.assign(this.d.design as Record<string, unknown>, patch)
    return this
  }

  /** Patches a tenant of design.tenants by id. */
  tenant(id: string, patch: Record<string, unknown>): this {
    const tenants = (this.d.design.tenants ?? []) as { id: string }[]
    const t = tenants.find((x) => x.id === id)
    if (!t) throw new Error(`fixture: no tenant ${id}`)
    Object.assign(t, patch)
    return this
  }

  node(id: string): MutableNode {
    const n = this.d.nodes.find((x) => x.id === id)
    if (!n) throw new Error(`fixture: no node ${id}`)
    return n
  }

  props(id: string, patch: Record<string, unknown>): this {
    const n = this.node(id)
    n.props = { ...(n.props ?? {}), ...patch }
    return this
  }

  set(id: string, patch: Partial<MutableNode>): this {
    Object.assign(this.node(id), patch)
    return this
  }

  add(
    kind: NodeKind,
    id: string,
    opts: { parentId?: string; name?: string; props?: Record<string, unknown> } = {},
  ): this {
    this.d.nodes.push({
      id,
      kind,
      name: opts.name ?? id,
      position: { x: 0, y: 0 },
      props: opts.props ?? {},
      ...(opts.parentId ? { parentId: opts.parentId } : {}),
    })
    return this
  }

  /** Removes a node with everything nested in it and every edge touching them. */
  remove(id: string): this {
    const gone = new Set([id])
    let grew = true
    while (grew) {
      grew = false
      for (const n of this.d.nodes)
        if (n.parentId && gone.has(n.parentId) && !gone.has(n.id)) {
          gone.add(n.id)
          grew = true
        }
    }
    this.d.nodes = this.d.nodes.filter((n) => !gone.has(n.id))
    this.d.edges = this.d.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target))
    this.d.suppressions = this.d.suppressions.filter((s) => !gone.has(s.nodeId))
    return this
  }

  edge(kind: EdgeKind, source: string, target: string): this {
    this.d.edges.push({ id: `e-${kind}-${source}-${target}`, kind, source, target })
    return this
  }

  unedge(kind: EdgeKind, source: string, target?: string): this {
    this.d.edges = this.d.edges.filter(
      (e) => !(e.kind === kind && e.source === source && (target === undefined || e.target === target)),
    )
    return this
  }

  suppress(ruleId: string, nodeId: string, reason: string): this {
    this.d.suppressions.push({ ruleId, nodeId, reason })
    return this
  }

  build(): DesignDocument {
    const r = DesignDocument.safeParse(this.d)
    if (!r.success)
      throw new Error(
        `fixture is not a valid design: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      )
    return r.data
  }
}

export const fixture = (base: TemplateId | DesignDocumentInput = 'contoso') => new Fixture(base)
