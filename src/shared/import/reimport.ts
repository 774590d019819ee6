// Re-import: a newer Configuration Manager export into an existing design. The fresh import
// (importer.ts) is matched to the design element by element (a site by its code, a server by its
// host name in its site, a role by its kind on its server, a boundary group, subscription, CMG or
// cloud DP by its name). The plan lists what changed: properties the export carries that differ,
// elements the export has and the design lacks, a site that reports to another parent, the
// ConfigMgr version. Applying it changes only those; every other property, element, connection,
// position, phase and suppression stays as the user left it. Elements the export no longer lists
// are named in the plan but never removed: the design cannot tell them from elements the user
// added. Pure.
import { KIND_LABEL } from '../kinds'
import type { DesignDocument } from '../model/document'
import { defaultProps } from '../model/factory'
import { MAX_TEXT } from '../model/limits'
import type { DesignEdge, DesignNode, NodeKind } from '../model/schema'
import type { ImportResult } from './importer'

export type ReimportChange =
  | { readonly kind: 'update'; readonly text: string }
  | { readonly kind: 'add'; readonly text: string }
  | { readonly kind: 'reparent'; readonly text: string }
  | { readonly kind: 'version'; readonly text: string }

export interface ReimportPlan {
  /** What applying the plan changes, one line each, for the user to accept. */
  readonly changes: readonly ReimportChange[]
  /** Elements of the design the export no longer lists (kept as they are). */
  readonly notInExport: readonly string[]
  /** The design with the changes applied (the same object when there are none). */
  readonly doc: DesignDocument
}

const IMPORTED_KINDS: ReadonlySet<NodeKind> = new Set([
  'site',
  'server',
  'managementPoint',
  'softwareUpdatePoint',
  'distributionPoint',
  'serviceConnectionPoint',
  'cmgConnectionPoint',
  'boundaryGroup',
  'azureSubscription',
  'cmg',
  'cloudDistributionPoint',
])

const host = (n: DesignNode): string => {
  const fqdn = n.kind === 'server' ? n.props.fqdn : ''
  return (fqdn || n.name).split('.')[0]?.toLowerCase() ?? ''
}

/** Each node's identity across imports, or undefined for elements an import never creates. */
function identities(doc: DesignDocument): Map<string, string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const keys = new Map<string, string>()
  const keyOf = (n: DesignNode): string | undefined => {
    if (!IMPORTED_KINDS.has(n.kind)) return undefined
    const parent = n.parentId === undefined ? undefined : byId.get(n.parentId)
    switch (n.kind) {
      case 'site':
        return n.props.siteCode === '' ? undefined : `site:${n.props.siteCode.toUpperCase()}`
      case 'server': {
        const site = parent && keyOf(parent)
        return site && host(n) ? `${site}/server:${host(n)}` : undefined
      }
      case 'boundaryGroup':
      case 'azureSubscription':
        return n.name === '' ? undefined : `${n.kind}:${n.name.toLowerCase()}`
      case 'cmg':
      case 'cloudDistributionPoint':
        return n.name === '' ? undefined : `${n.kind}:${n.name.toLowerCase()}`
      default: {
        const server = parent && keyOf(parent)
        return server ? `${server}/${n.kind}` : undefined
      }
    }
  }
  const taken = new Set<string>()
  for (const n of doc.nodes) {
    const key = keyOf(n)
    // The first of several elements with the same identity (two MPs on one server) is matched.
    if (key === undefined || taken.has(key)) continue
    taken.add(key)
    keys.set(n.id, key)
  }
  return keys
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
const show = (v: unknown): string => (typeof v === 'string' ? (v === '' ? '(empty)' : v) : JSON.stringify(v))

function describe(n: DesignNode, byId: ReadonlyMap<string, DesignNode>): string {
  const parent = n.parentId === undefined ? undefined : byId.get(n.parentId)
  const site = (s: DesignNode | undefined) => (s?.kind === 'site' ? s.props.siteCode : '')
  if (n.kind === 'site') return `Site ${n.props.siteCode} (${n.name})`
  if (n.kind === 'server') return `Server ${n.name} (${site(parent)})`
  if (parent?.kind === 'server') {
    const grand = parent.parentId === undefined ? undefined : byId.get(parent.parentId)
    return `${KIND_LABEL[n.kind]} on ${parent.name} (${site(grand)})`
  }
  return `${KIND_LABEL[n.kind]} “${n.name}”`
}

/** Layout constants of a first placement, matching the importer's. */
const ROLE = { width: 170, height: 46, gap: 8 }
const SERVER = { width: 190, height: 108, header: 44 }
const SITE_PAD = 20

/** The plan of bringing `fresh` (a new import) into `current`. */
export function planReimport(current: DesignDocument, fresh: ImportResult, today: string): ReimportPlan {
  const changes: ReimportChange[] = []
  const currentKeys = identities(current)
  const freshKeys = identities(fresh.doc)
  const currentByKey = new Map([...currentKeys].map(([id, key]) => [key, id]))
  const freshById = new Map(fresh.doc.nodes.map((n) => [n.id, n]))
  const currentById = new Map(current.nodes.map((n) => [n.id, n]))
  const notImported = new Map(fresh.report.notImported.map((e) => [e.nodeId, new Set(e.properties)]))

  /** Fresh id → id in the result (the matched element, or the added one under a free id). */
  const mapped = new Map<string, string>()
  const usedIds = new Set([...current.nodes.map((n) => n.id), ...current.edges.map((e) => e.id)])
  const freeId = (id: string) => {
    let candidate = id
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${id.slice(0, 58)}-${n}`
    usedIds.add(candidate)
    return candidate
  }

  const updated = new Map<string, DesignNode>()
  const added: DesignNode[] = []
  for (const f of fresh.doc.nodes) {
    const key = freshKeys.get(f.id)
    const matchId = key === undefined ? undefined : currentByKey.get(key)
    const match = matchId === undefined ? undefined : currentById.get(matchId)
    if (match && match.kind === f.kind) {
      mapped.set(f.id, match.id)
      const skip = notImported.get(f.id) ?? new Set<string>()
      const props: Record<string, unknown> = { ...match.props }
      const lines: string[] = []
      for (const prop of Object.keys(defaultProps(f.kind))) {
        if (skip.has(prop)) continue
        const was = (match.props as Record<string, unknown>)[prop]
        const now = (f.props as Record<string, unknown>)[prop]
        if (same(was, now)) continue
        props[prop] = now
        lines.push(`${prop} ${show(was)} → ${show(now)}`)
      }
      let name = match.name
      if (f.kind === 'site' && !skip.has('name') && f.name !== match.name) {
        lines.unshift(`name “${match.name}” → “${f.name}”`)
        name = f.name
      }
      if (lines.length > 0) {
        updated.set(match.id, { ...match, name, props } as DesignNode)
        changes.push({ kind: 'update', text: `${describe(match, currentById)}: ${lines.join('; ')}` })
      }
      continue
    }
    // Added: under its (matched or added) parent; a role whose server matched is appended below.
    const id = freeId(f.id)
    mapped.set(f.id, id)
    const parentId = f.parentId === undefined ? undefined : mapped.get(f.parentId)
    added.push({ ...f, id, ...(parentId === undefined ? {} : { parentId }) } as DesignNode)
    changes.push({ kind: 'add', text: `Add ${describe(f, freshById)}` })
  }

  // Positions of added elements whose container already existed, and containers grown to fit.
  const nodes = current.nodes.map((n) => updated.get(n.id) ?? n)
  const all = new Map(nodes.map((n) => [n.id, n]))
  const childrenOf = (id: string) => [...all.values()].filter((n) => n.parentId === id)
  const sizeOf = (n: DesignNode) =>
    n.size ?? (n.kind === 'server' ? SERVER : n.kind === 'site' ? { width: 260, height: 176 } : ROLE)
  const grow = (id: string, width: number, height: number) => {
    const n = all.get(id)
    if (!n) return
    const size = sizeOf(n)
    if (size.width >= width && size.height >= height) return
    all.set(id, { ...n, size: { width: Math.max(size.width, width), height: Math.max(size.height, height) } })
  }
  let bottom = Math.max(
    0,
    ...nodes.filter((n) => n.parentId === undefined).map((n) => n.position.y + sizeOf(n).height),
  )
  for (const n of added) {
    const parentExisted = n.parentId !== undefined && currentById.has(n.parentId)
    let placed = n
    if (parentExisted) {
      const siblings = childrenOf(n.parentId as string)
      const parent = all.get(n.parentId as string) as DesignNode
      if (parent.kind === 'server') {
        const y = Math.max(SERVER.header, ...siblings.map((s) => s.position.y + sizeOf(s).height + ROLE.gap))
        placed = { ...n, position: { x: 10, y } }
        grow(parent.id, SERVER.width, y + ROLE.height + 10)
      } else {
        const x = Math.max(SITE_PAD, ...siblings.map((s) => s.position.x + sizeOf(s).width + SITE_PAD))
        placed = { ...n, position: { x, y: 56 } }
        grow(parent.id, x + sizeOf(n).width + SITE_PAD, 56 + sizeOf(n).height + SITE_PAD)
      }
      // A grown server may need its site to grow too.
      const grand = parent.parentId === undefined ? undefined : all.get(parent.parentId)
      const grown = all.get(parent.id) as DesignNode
      if (grand)
        grow(
          grand.id,
          grown.position.x + sizeOf(grown).width + SITE_PAD,
          grown.position.y + sizeOf(grown).height + SITE_PAD,
        )
    } else if (n.parentId === undefined) {
      placed = { ...n, position: { x: 0, y: bottom + 96 } }
      bottom += 96 + sizeOf(n).height
    }
    all.set(placed.id, placed)
  }

  // Hierarchy: a site that reports to another parent now; connections the export implies.
  const edges: DesignEdge[] = [...current.edges]
  const siteName = (id: string) => {
    const n = all.get(id)
    return n?.kind === 'site' ? n.props.siteCode : id
  }
  for (const e of fresh.doc.edges) {
    const source = mapped.get(e.source)
    const target = mapped.get(e.target)
    if (source === undefined || target === undefined) continue
    if (edges.some((x) => x.kind === e.kind && x.source === source && x.target === target)) continue
    if (e.kind === 'hierarchy') {
      const old = edges.findIndex((x) => x.kind === 'hierarchy' && x.target === target)
      if (old >= 0) {
        changes.push({
          kind: 'reparent',
          text: `Site ${siteName(target)} now reports to ${siteName(source)} (was ${siteName((edges[old] as DesignEdge).source)})`,
        })
        edges.splice(old, 1)
      } else
        changes.push({ kind: 'reparent', text: `Site ${siteName(target)} reports to ${siteName(source)}` })
    } else if (
      (e.kind === 'createdAt' || e.kind === 'linkedTo') &&
      edges.some((x) => x.kind === e.kind && x.source === source)
    )
      continue // the design already says where it goes; the user's choice stands
    edges.push({ ...e, id: freeId(e.id), source, target })
  }

  let design = current.design
  const version = fresh.report.cmVersion
  if (version !== undefined && version !== current.design.cmVersion) {
    changes.push({ kind: 'version', text: `ConfigMgr version ${current.design.cmVersion} → ${version}` })
    design = { ...design, cmVersion: version }
  }

  const matched = new Set(mapped.values())
  const notInExport = [...currentKeys.keys()]
    .filter((id) => !matched.has(id))
    .map((id) => describe(currentById.get(id) as DesignNode, currentById))

  if (changes.length === 0) return { changes, notInExport, doc: current }
  const line = `Updated from Configuration Manager on ${today} (${fresh.report.files.map((f) => f.fileName).join(', ')}): ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}.`
  const notes = design.notes === '' ? line : `${design.notes}\n${line}`
  design = { ...design, notes: notes.length > MAX_TEXT ? design.notes : notes }
  const order = [...nodes.map((n) => n.id), ...added.map((n) => n.id)]
  return {
    changes,
    notInExport,
    doc: { ...current, design, nodes: order.map((id) => all.get(id) as DesignNode), edges },
  }
}
