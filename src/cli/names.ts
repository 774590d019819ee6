// How the CLI names design elements for people: "Cloud management gateway GraniteFalls",
// "Site New York City HQ (CON)". Pure.
import type { DesignDocument } from '../shared/model/document'
import { KIND_LABEL } from '../shared/kinds'
import type { DesignNode } from '../shared/model/schema'

/** The element's own name, or its id when it has none. */
export const displayName = (n: DesignNode): string => (n.name.trim() !== '' ? n.name : n.id)

/** "Cloud management gateway GraniteFalls"; a site adds its code: "Site New York City HQ (CON)". */
export function describeNode(n: DesignNode): string {
  const code = n.kind === 'site' && n.props.siteCode !== '' ? ` (${n.props.siteCode})` : ''
  return `${KIND_LABEL[n.kind]} ${displayName(n)}${code}`
}

/** Looks nodes up by id once per document. */
export class NodeNames {
  private readonly byId: ReadonlyMap<string, DesignNode>

  constructor(doc: DesignDocument) {
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]))
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id)
  }

  /** The element's kind and name, or the bare id when the design has no such node. */
  describe(id: string): string {
    const n = this.byId.get(id)
    return n ? describeNode(n) : id
  }

  /** The element's name, or the bare id. */
  name(id: string): string {
    const n = this.byId.get(id)
    return n ? displayName(n) : id
  }
}
