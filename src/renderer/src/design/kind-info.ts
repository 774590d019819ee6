// How connections read in the editor (legend labels and the verbs of refusal messages), and the
// accessible name of an element. What element kinds are called is declared with each kind
// (src/shared/kinds). Pure (no DOM, no React); runs in the renderer.
import { KIND_LABEL } from '../../../shared/kinds'
import type { EdgeKind, NodeKind } from '../../../shared/model/schema'

export interface EdgeKindInfo {
  /** Legend label. */
  readonly label: string
  /** How the connection reads in a sentence about its source: "assigned to". */
  readonly verb: string
}

export const EDGE_KIND_INFO: Readonly<Record<EdgeKind, EdgeKindInfo>> = {
  hierarchy: { label: 'Hierarchy (parent → child site)', verb: 'hierarchy' },
  createdAt: { label: 'CMG created at site', verb: 'created at' },
  linkedTo: { label: 'Connection point linked to CMG', verb: 'linked to' },
  assignedTo: { label: 'Clients assigned to site', verb: 'assigned to' },
  inBoundaryGroup: { label: 'Clients in boundary group', verb: 'in boundary group' },
  references: { label: 'Boundary group references', verb: 'references' },
  uses: { label: 'Clients pinned to CMG', verb: 'uses' },
}

/** "Management point MP01": the accessible name of a node. */
export function accessibleNodeName(kind: NodeKind, name: string): string {
  const label = KIND_LABEL[kind]
  return name.trim() === '' ? label : `${label} ${name}`
}

/** Capitalises the first letter: "a site" → "A site". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
