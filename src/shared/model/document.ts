// The whole design document (the envelope's contents) and its cross-reference checks: unique ids,
// parents of the right kind, edges whose kinds fit their endpoints, a site hierarchy without loops,
// references to tenants, phases and nodes that exist. Pure; the load pipeline and the IPC contract
// both validate with it.
import { z } from 'zod'
import { DesignEdge, DesignNode, DesignSettings, Suppression, View } from './schema'
import { CONNECTION_KINDS } from '../kinds/connections'
import { PARENT_KINDS, REQUIRES_PARENT, SINGLE_PER_SOURCE, edgeFits } from './structure'
import { MAX_EDGES, MAX_NODES, MAX_SUPPRESSIONS } from './limits'

export const FORMAT_ID = 'cmg-designer'
export const FORMAT_VERSION = 1
export const SCHEMA_VERSION = 1

const DocumentShape = z.strictObject({
  format: z.literal(FORMAT_ID),
  formatVersion: z.literal(FORMAT_VERSION),
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z
    .strictObject({
      name: z.string().max(100).default('CMG Designer'),
      version: z.string().max(40).default(''),
    })
    .prefault({}),
  design: DesignSettings.prefault({}),
  nodes: z
    .array(DesignNode)
    .max(MAX_NODES, { error: `must have at most ${MAX_NODES} nodes` })
    .default([]),
  edges: z
    .array(DesignEdge)
    .max(MAX_EDGES, { error: `must have at most ${MAX_EDGES} edges` })
    .default([]),
  suppressions: z.array(Suppression).max(MAX_SUPPRESSIONS).default([]),
  view: View.prefault({}),
})

type Shape = z.output<typeof DocumentShape>
type Issue = { path: (string | number)[]; message: string }

/** True when `to` is `from` or lies below it in the site hierarchy (following hierarchy edges). */
export function hierarchyReaches(edges: readonly DesignEdge[], from: string, to: string): boolean {
  const children = new Map<string, string[]>()
  for (const e of edges) {
    if (e.kind !== 'hierarchy') continue
    const list = children.get(e.source)
    if (list) list.push(e.target)
    else children.set(e.source, [e.target])
  }
  const seen = new Set([from])
  const queue = [from]
  for (let site = queue.pop(); site !== undefined; site = queue.pop()) {
    if (site === to) return true
    for (const child of children.get(site) ?? [])
      if (!seen.has(child)) {
        seen.add(child)
        queue.push(child)
      }
  }
  return false
}

/** A loop's sites from the stack position `from` to the top and back, with the middle of a long one elided. */
function loopText(stack: readonly { site: string }[], from: number): string {
  const sites = (a: number, b: number) => stack.slice(a, b).map((f) => f.site)
  const first = (stack[from] as { site: string }).site
  const middle =
    stack.length - from <= 6
      ? sites(from, stack.length)
      : [...sites(from, from + 3), '…', ...sites(stack.length - 2, stack.length)]
  return [...middle, first].join(' → ')
}

/**
 * Each hierarchy edge (by index) that closes a loop, with the loop as text: a depth-first search
 * with an explicit stack, linear in sites and edges whatever the file holds.
 */
function hierarchyLoops(edges: readonly DesignEdge[], valid: readonly number[]): [number, string][] {
  const out = new Map<string, number[]>()
  for (const i of valid) {
    const source = (edges[i] as DesignEdge).source
    const list = out.get(source)
    if (list) list.push(i)
    else out.set(source, [i])
  }
  /** Stack position of each site on the current path; -1 once its subtree is searched. */
  const position = new Map<string, number>()
  const loops: [number, string][] = []
  for (const start of out.keys()) {
    if (position.has(start)) continue
    const stack: { site: string; next: number }[] = [{ site: start, next: 0 }]
    position.set(start, 0)
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { site: string; next: number }
      const edgeIndex = (out.get(frame.site) ?? [])[frame.next++]
      if (edgeIndex === undefined) {
        position.set(frame.site, -1)
        stack.pop()
        continue
      }
      const child = (edges[edgeIndex] as DesignEdge).target
      const at = position.get(child)
      if (at === undefined) {
        position.set(child, stack.length)
        stack.push({ site: child, next: 0 })
      } else if (at >= 0) loops.push([edgeIndex, loopText(stack, at)])
    }
  }
  return loops
}

/** Cross-reference checks; each problem is reported with the path of the offending value. */
export function structuralIssues(doc: Shape): Issue[] {
  const issues: Issue[] = []
  const nodeIndex = new Map<string, number>()
  doc.nodes.forEach((n, i) => {
    if (nodeIndex.has(n.id)) issues.push({ path: ['nodes', i, 'id'], message: `duplicate id "${n.id}"` })
    else nodeIndex.set(n.id, i)
  })
  const tenantIds = new Set(doc.design.tenants.map((t) => t.id))
  const phaseIds = new Set(doc.design.phases.map((p) => p.id))
  doc.design.tenants.forEach((t, i) => {
    if (doc.design.tenants.findIndex((o) => o.id === t.id) !== i)
      issues.push({ path: ['design', 'tenants', i, 'id'], message: `duplicate tenant id "${t.id}"` })
  })
  doc.design.phases.forEach((p, i) => {
    if (doc.design.phases.findIndex((o) => o.id === p.id) !== i)
      issues.push({ path: ['design', 'phases', i, 'id'], message: `duplicate phase id "${p.id}"` })
  })

  doc.nodes.forEach((n, i) => {
    const allowed = PARENT_KINDS[n.kind]
    if (n.parentId === undefined) {
      if (REQUIRES_PARENT.has(n.kind))
        issues.push({
          path: ['nodes', i, 'parentId'],
          message: `a ${n.kind} must be inside a ${allowed.join(' or ')}`,
        })
    } else {
      const pi = nodeIndex.get(n.parentId)
      const parent = pi === undefined ? undefined : doc.nodes[pi]
      if (!parent) issues.push({ path: ['nodes', i, 'parentId'], message: `no node has id "${n.parentId}"` })
      else if (!allowed.includes(parent.kind))
        issues.push({
          path: ['nodes', i, 'parentId'],
          message:
            allowed.length === 0
              ? `a ${n.kind} cannot be inside another element`
              : `a ${n.kind} must be inside a ${allowed.join(' or ')}, not a ${parent.kind}`,
        })
    }
    if (n.phase !== undefined && !phaseIds.has(n.phase))
      issues.push({ path: ['nodes', i, 'phase'], message: `no design phase has id "${n.phase}"` })
    if (n.kind === 'azureSubscription' && n.props.tenantId !== '' && !tenantIds.has(n.props.tenantId))
      issues.push({
        path: ['nodes', i, 'props', 'tenantId'],
        message: `no tenant in design.tenants has id "${n.props.tenantId}"`,
      })
    if (
      n.kind === 'clientPopulation' &&
      n.props.identityTenantId !== '' &&
      !tenantIds.has(n.props.identityTenantId)
    )
      issues.push({
        path: ['nodes', i, 'props', 'identityTenantId'],
        message: `no tenant in design.tenants has id "${n.props.identityTenantId}"`,
      })
  })

  const edgeIds = new Set<string>()
  const singles = new Set<string>()
  const pairs = new Set<string>()
  const hierarchy: number[] = []
  doc.edges.forEach((e, i) => {
    if (edgeIds.has(e.id) || nodeIndex.has(e.id))
      issues.push({ path: ['edges', i, 'id'], message: `duplicate id "${e.id}"` })
    edgeIds.add(e.id)
    const si = nodeIndex.get(e.source)
    const ti = nodeIndex.get(e.target)
    const source = si === undefined ? undefined : doc.nodes[si]
    const target = ti === undefined ? undefined : doc.nodes[ti]
    if (!source) issues.push({ path: ['edges', i, 'source'], message: `no node has id "${e.source}"` })
    if (!target) issues.push({ path: ['edges', i, 'target'], message: `no node has id "${e.target}"` })
    if (!source || !target) return
    if (e.source === e.target) {
      issues.push({ path: ['edges', i, 'target'], message: 'an edge cannot connect a node to itself' })
      return
    }
    if (!edgeFits(e.kind, source.kind, target.kind)) {
      const ends = CONNECTION_KINDS[e.kind]
      issues.push({
        path: ['edges', i, 'kind'],
        message: `a ${e.kind} edge runs from ${ends.source.join('/')} to ${ends.target.join('/')}, not from ${source.kind} to ${target.kind}`,
      })
      return
    }
    const pair = `${e.kind}\u0000${e.source}\u0000${e.target}`
    if (pairs.has(pair)) issues.push({ path: ['edges', i], message: `the same ${e.kind} edge appears twice` })
    else if (e.kind === 'hierarchy') hierarchy.push(i)
    pairs.add(pair)
    if (SINGLE_PER_SOURCE.has(e.kind)) {
      const key = `${e.kind}\u0000${e.source}`
      if (singles.has(key))
        issues.push({
          path: ['edges', i],
          message: `${source.kind} "${source.name || source.id}" can have only one ${e.kind} edge`,
        })
      singles.add(key)
    }
  })

  for (const [i, loop] of hierarchyLoops(doc.edges, hierarchy))
    issues.push({
      path: ['edges', i],
      message: `this hierarchy edge closes a loop in the site hierarchy (${loop}); a site cannot be above itself`,
    })

  doc.suppressions.forEach((s, i) => {
    if (!nodeIndex.has(s.nodeId))
      issues.push({ path: ['suppressions', i, 'nodeId'], message: `no node has id "${s.nodeId}"` })
  })
  return issues
}

export const DesignDocument = DocumentShape.superRefine((doc, ctx) => {
  for (const issue of structuralIssues(doc))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
})
export type DesignDocument = z.output<typeof DesignDocument>
export type DesignDocumentInput = z.input<typeof DesignDocument>
