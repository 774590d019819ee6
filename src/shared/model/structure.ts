// Structural rules of a design graph: which kind may contain which, and which edge kinds may join
// which endpoint kinds (file-format.md, "nodes" and "edges"; the endpoints are declared with each
// connection kind in kinds/connections.ts). Pure; used by the document schema,
// the editor (legal drops and connections) and the rules engine.
import { CONNECTION_KINDS } from '../kinds/connections'
import { EDGE_KINDS, type EdgeKind, type NodeKind } from './schema'

/** The kinds a node of each kind may be nested in; an empty list means "top level only". */
export const PARENT_KINDS: Readonly<Record<NodeKind, readonly NodeKind[]>> = {
  site: [],
  server: ['site'],
  managementPoint: ['server'],
  softwareUpdatePoint: ['server'],
  distributionPoint: ['server'],
  serviceConnectionPoint: ['server'],
  cmgConnectionPoint: ['server'],
  azureSubscription: [],
  cmg: ['azureSubscription'],
  cloudDistributionPoint: ['azureSubscription'],
  clientPopulation: [],
  boundaryGroup: [],
  note: [],
}

/** Kinds that must have a parent (a role needs its server, a server its site, a CMG its subscription). */
export const REQUIRES_PARENT: ReadonlySet<NodeKind> = new Set(
  (Object.keys(PARENT_KINDS) as NodeKind[]).filter((k) => PARENT_KINDS[k].length > 0),
)

/** True when an edge of `kind` may run from a `source` node to a `target` node. */
export function edgeFits(kind: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  const ends = CONNECTION_KINDS[kind]
  return ends.source.includes(source) && ends.target.includes(target)
}

/**
 * The edge kind a connection from `source` to `target` means, or undefined if none fits. Every
 * endpoint pair has at most one kind, so the editor never has to ask the user.
 */
export function inferEdgeKind(source: NodeKind, target: NodeKind): EdgeKind | undefined {
  return EDGE_KINDS.find((k) => edgeFits(k, source, target))
}

/** Edge kinds of which a source node may have at most one. */
export const SINGLE_PER_SOURCE: ReadonlySet<EdgeKind> = new Set(['createdAt', 'linkedTo', 'assignedTo'])
