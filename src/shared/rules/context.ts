// The evaluation context: one pass over a design builds the indexes and derived facts every rule
// reads (docs/rules-catalogue.md section 2.1 notation and addendum A1: top, hasCAS, site(x),
// cps(c, s), mps(s), popsVia(c), vms(c), runSize(c), perVm(c), conc(pop), evalDate, onboarded(t) …).
// Pure and deterministic: iteration follows document order, and today's date comes from the host.
// Every element a rule reaches comes from one of a few accessors, which note its kind, so the
// engine knows which kinds of element each rule read (`tracked`) and can keep a rule's findings
// when an edit changed no element of those kinds (incremental.ts).
import { KINDS } from '../kinds'
import type { DesignDocument } from '../model/document'
import { NODE_KINDS } from '../model/schema'
import type {
  DesignEdge,
  DesignNode,
  DesignSettings,
  EdgeKind,
  NodeKind,
  NodeOfKind,
  Tenant,
} from '../model/schema'
import type { CmVersion } from '../model/versions'
import { formatCount } from '../util/format-count'

export type SiteNode = NodeOfKind<'site'>
export type ServerNode = NodeOfKind<'server'>
export type MpNode = NodeOfKind<'managementPoint'>
export type SupNode = NodeOfKind<'softwareUpdatePoint'>
export type DpNode = NodeOfKind<'distributionPoint'>
export type ScpNode = NodeOfKind<'serviceConnectionPoint'>
export type CpNode = NodeOfKind<'cmgConnectionPoint'>
export type SubscriptionNode = NodeOfKind<'azureSubscription'>
export type CmgNode = NodeOfKind<'cmg'>
export type CdpNode = NodeOfKind<'cloudDistributionPoint'>
export type PopNode = NodeOfKind<'clientPopulation'>
export type BoundaryGroupNode = NodeOfKind<'boundaryGroup'>

export interface EvaluationOptions {
  /** Evaluate as if the design targeted this version (CLI --cm-version); the file is not changed. */
  readonly cmVersion?: CmVersion
  /** Multiply every population's count and concurrency (what-if growth); the file is not changed. */
  readonly growth?: number
  /**
   * Today's date (YYYY-MM-DD), supplied by the host (the app's or the CLI's clock): the evaluation
   * date of a design that has none (addendum A4). The engine itself never reads a clock.
   */
  readonly today?: string
}

/** One CMG runs at most 16 VM instances (capacity table C1). */
export const CMG_MAX_VMS = 16
/** The VM size of classic and ASM CMGs and of VMSS CMGs before 2107 ("isn't configurable", COST). */
export const FIXED_VM_SIZE = 'Standard_A2_v2'

const ROLE_KINDS: ReadonlySet<NodeKind> = new Set([
  'managementPoint',
  'softwareUpdatePoint',
  'distributionPoint',
  'serviceConnectionPoint',
  'cmgConnectionPoint',
])

/**
 * runSize(c): the VM size a CMG really runs (addendum A1): Standard_A2_v2 for classic and ASM CMGs
 * and for VMSS CMGs before 2107, whatever the file says; otherwise the size in the file.
 */
export function runSize(cmg: CmgNode, v: CmVersion): string {
  return cmg.props.method !== 'vmss' || v < 2107 ? FIXED_VM_SIZE : cmg.props.vmSize
}

/**
 * Per-VM concurrent-client limit of a CMG for its method, size and version (capacity table C2-C6);
 * 0 where no capacity is documented (a VMSS size on 2107+ other than B2s, A2_v2 and A4_v2).
 */
export function perVmLimit(cmg: CmgNode, v: CmVersion): number {
  if (cmg.props.method === 'classic' || cmg.props.method === 'asm') return 6000
  if (v >= 2010 && v <= 2103) return 2000
  switch (runSize(cmg, v)) {
    case 'Standard_B2s':
      return 10
    case 'Standard_A2_v2':
      return 6000
    case 'Standard_A4_v2':
      return 10000
    default:
      return 0
  }
}

const AZURE_DOMAINS = ['.cloudapp.net', '.cloudapp.azure.com', '.usgovcloudapp.net']
export function isAzureDomain(name: string): boolean {
  const n = name.trim().toLowerCase()
  return AZURE_DOMAINS.some((d) => n.endsWith(d))
}

/** The deployment name Azure gives a CMG (docs/rules-catalogue.md 2.1, expectedDeploymentName). */
export function expectedDeploymentName(cmg: CmgNode): string {
  const prefix = cmg.props.prefix.toLowerCase()
  if (cmg.props.azureEnvironment === 'AzureUSGovernmentCloud') return `${prefix}.usgovcloudapp.net`
  if (cmg.props.method === 'vmss') return `${prefix}.${cmg.props.region.toLowerCase()}.cloudapp.azure.com`
  return `${prefix}.cloudapp.net`
}

/** "14,000" — numbers in messages use thousands separators. */
export const fmt = (n: number): string => formatCount(Math.round(n))

/**
 * "1 client", "0 clients", "about 8,000 clients": a count with its noun, singular exactly when the
 * number as shown is 1 (a share of 0.6 clients shows as "1 client").
 */
export function counted(n: number, noun: string): string {
  const shown = fmt(n)
  return `${shown} ${noun}${shown === '1' ? '' : 's'}`
}

/** How an element is named in messages: its name, else its id. */
export const label = (n: DesignNode): string => (n.name.trim() !== '' ? n.name : n.id)

/** "CMG GraniteFalls", "Site New York City HQ (CON)". */
export function named(n: DesignNode): string {
  if (n.kind === 'site' && n.props.siteCode !== '')
    return `${KINDS.site.inFindings} ${label(n)} (${n.props.siteCode})`
  return `${KINDS[n.kind].inFindings} ${label(n)}`
}

/** One bit per element kind: a set of kinds is a number (see RuleContext.tracked). */
export const KIND_BIT: Readonly<Record<NodeKind, number>> = Object.fromEntries(
  NODE_KINDS.map((kind, i) => [kind, 2 ** i]),
) as Record<NodeKind, number>
/** Every kind of element: what a part of the evaluation reads when it reads the whole design. */
export const ALL_KINDS = 2 ** NODE_KINDS.length - 1

/** What a part of the evaluation returned, and the kinds of element it read (KIND_BIT bits). */
export interface Tracked<T> {
  readonly value: T
  readonly reads: number
}

export class RuleContext {
  private readonly document: DesignDocument
  readonly v: CmVersion
  readonly prod: boolean
  readonly growth: number
  /** Today's date from the host, if it gave one. */
  readonly today: string | undefined
  private readonly byId = new Map<string, DesignNode>()
  private readonly byKind = new Map<NodeKind, DesignNode[]>()
  private readonly childrenOf = new Map<string, DesignNode[]>()
  /** rolesAt(site, kind), by kind and site id, worked out when first asked. */
  private readonly rolesByKind = new Map<NodeKind, Map<string, Tracked<DesignNode[]>>>()
  private readonly outEdges = new Map<string, DesignEdge[]>()
  private readonly inEdges = new Map<string, DesignEdge[]>()
  private readonly tenantById = new Map<string, Tenant>()
  private readonly memo = new Map<string, Tracked<unknown>>()
  /** Kinds of element read so far by the part of the evaluation now running (KIND_BIT bits). */
  private reading = 0

  constructor(doc: DesignDocument, options: EvaluationOptions = {}) {
    this.document = doc
    this.v = options.cmVersion ?? doc.design.cmVersion
    this.prod = doc.design.environment === 'production'
    this.growth = options.growth ?? 1
    this.today = options.today
    for (const n of doc.nodes) {
      this.byId.set(n.id, n)
      const list = this.byKind.get(n.kind)
      if (list) list.push(n)
      else this.byKind.set(n.kind, [n])
      if (n.parentId !== undefined) {
        const c = this.childrenOf.get(n.parentId)
        if (c) c.push(n)
        else this.childrenOf.set(n.parentId, [n])
      }
    }
    for (const e of doc.edges) {
      const o = this.outEdges.get(e.source)
      if (o) o.push(e)
      else this.outEdges.set(e.source, [e])
      const i = this.inEdges.get(e.target)
      if (i) i.push(e)
      else this.inEdges.set(e.target, [e])
    }
    for (const t of doc.design.tenants) this.tenantById.set(t.id, t)
  }

  /**
   * Runs one part of the evaluation (a rule, the capacity rows, the cost) and says which kinds of
   * element it read: the kinds of every element an accessor below handed it, directly or through a
   * derived fact. The whole design (`doc`, `nodes`) counts as every kind.
   */
  tracked<T>(part: () => T): Tracked<T> {
    const outer = this.reading
    this.reading = 0
    try {
      const value = part()
      return { value, reads: this.reading }
    } finally {
      // What a part read, its caller read too (a derived fact computed inside a rule).
      this.reading |= outer
    }
  }

  /** The whole design; a rule that reads it is re-run after every edit. */
  get doc(): DesignDocument {
    this.reading = ALL_KINDS
    return this.document
  }

  /** Every element, in document order; a rule that reads them is re-run after every edit. */
  get nodes(): readonly DesignNode[] {
    this.reading = ALL_KINDS
    return this.document.nodes
  }

  /** The design's settings (name, version, environment, tenants, PKI, price book…). */
  get design(): DesignSettings {
    return this.document.design
  }

  /** Computes a derived fact once per evaluation (also used by capacity.ts). */
  cached<T>(key: string, compute: () => T): T {
    let entry = this.memo.get(key)
    if (entry === undefined) this.memo.set(key, (entry = this.tracked(compute)))
    else this.reading |= entry.reads
    return entry.value as T
  }

  private saw(n: DesignNode): DesignNode {
    this.reading |= KIND_BIT[n.kind]
    return n
  }

  node(id: string | undefined): DesignNode | undefined {
    const n = id === undefined ? undefined : this.byId.get(id)
    return n && this.saw(n)
  }

  ofKind<K extends NodeKind>(kind: K): readonly NodeOfKind<K>[] {
    this.reading |= KIND_BIT[kind]
    return (this.byKind.get(kind) ?? []) as NodeOfKind<K>[]
  }

  children(id: string): readonly DesignNode[] {
    const list = this.childrenOf.get(id) ?? []
    for (const n of list) this.reading |= KIND_BIT[n.kind]
    return list
  }

  /** Targets of `kind` edges leaving `id`, in document order. */
  targets(id: string, kind: EdgeKind): DesignNode[] {
    const out: DesignNode[] = []
    for (const e of this.outEdges.get(id) ?? [])
      if (e.kind === kind) {
        const t = this.byId.get(e.target)
        if (t) out.push(this.saw(t))
      }
    return out
  }

  /** The first target of a `kind` edge leaving `id` (targets(id, kind)[0] without the list). */
  firstTarget(id: string, kind: EdgeKind): DesignNode | undefined {
    for (const e of this.outEdges.get(id) ?? [])
      if (e.kind === kind) {
        const t = this.byId.get(e.target)
        if (t) return this.saw(t)
      }
    return undefined
  }

  /** Sources of `kind` edges arriving at `id`, in document order. */
  sources(id: string, kind: EdgeKind): DesignNode[] {
    const out: DesignNode[] = []
    for (const e of this.inEdges.get(id) ?? [])
      if (e.kind === kind) {
        const s = this.byId.get(e.source)
        if (s) out.push(this.saw(s))
      }
    return out
  }

  /** The first source of a `kind` edge arriving at `id` (sources(id, kind)[0] without the list). */
  firstSource(id: string, kind: EdgeKind): DesignNode | undefined {
    for (const e of this.inEdges.get(id) ?? [])
      if (e.kind === kind) {
        const s = this.byId.get(e.source)
        if (s) return this.saw(s)
      }
    return undefined
  }

  // --- hierarchy ------------------------------------------------------------------------------

  get sites(): readonly SiteNode[] {
    return this.ofKind('site')
  }

  get hasCAS(): boolean {
    return this.sites.some((s) => s.props.type === 'cas')
  }

  /** The top-tier site: the CAS if one exists, otherwise the standalone primary. */
  get top(): SiteNode | undefined {
    return this.cached('top', () => {
      const cas = this.sites.find((s) => s.props.type === 'cas')
      if (cas) return cas
      return (
        this.sites.find((s) => s.props.type === 'primary' && this.sources(s.id, 'hierarchy').length === 0) ??
        this.sites.find((s) => s.props.type === 'primary')
      )
    })
  }

  /** The server a role is installed on. */
  serverOf(role: DesignNode): ServerNode | undefined {
    const p = this.node(role.parentId)
    return p?.kind === 'server' ? p : undefined
  }

  /** The site of a server or a role. */
  siteOf(n: DesignNode): SiteNode | undefined {
    if (n.kind === 'site') return n
    const server = n.kind === 'server' ? n : ROLE_KINDS.has(n.kind) ? this.serverOf(n) : undefined
    const s = this.node(server?.parentId)
    return s?.kind === 'site' ? s : undefined
  }

  serversOf(site: SiteNode): ServerNode[] {
    return this.children(site.id).filter((n): n is ServerNode => n.kind === 'server')
  }

  /** The site server of a site: the server marked isSiteServer. */
  siteServerOf(site: SiteNode): ServerNode | undefined {
    return this.serversOf(site).find((s) => s.props.isSiteServer)
  }

  /** The roles of `kind` on a site's servers, in document order (kept per site and kind). */
  rolesAt<K extends NodeKind>(site: SiteNode, kind: K): NodeOfKind<K>[] {
    let bySite = this.rolesByKind.get(kind)
    if (!bySite) this.rolesByKind.set(kind, (bySite = new Map()))
    let roles = bySite.get(site.id)
    if (!roles) {
      roles = this.tracked(() => {
        const found: DesignNode[] = []
        for (const server of this.serversOf(site))
          for (const r of this.children(server.id)) if (r.kind === kind) found.push(r)
        return found
      })
      bySite.set(site.id, roles)
    } else this.reading |= roles.reads
    return roles.value as NodeOfKind<K>[]
  }

  mps(site: SiteNode): MpNode[] {
    return this.rolesAt(site, 'managementPoint')
  }
  sups(site: SiteNode): SupNode[] {
    return this.rolesAt(site, 'softwareUpdatePoint')
  }
  dps(site: SiteNode): DpNode[] {
    return this.rolesAt(site, 'distributionPoint')
  }
  cmgMps(site: SiteNode): MpNode[] {
    return this.mps(site).filter((m) => m.props.allowCmgTraffic)
  }
  cmgSups(site: SiteNode): SupNode[] {
    return this.sups(site).filter((m) => m.props.allowCmgTraffic)
  }

  /** The parent site of a site in the hierarchy (CAS of a primary, primary of a secondary). */
  parentSite(site: SiteNode): SiteNode | undefined {
    const p = this.firstSource(site.id, 'hierarchy')
    return p?.kind === 'site' ? p : undefined
  }

  childSites(site: SiteNode): SiteNode[] {
    return this.targets(site.id, 'hierarchy').filter((n): n is SiteNode => n.kind === 'site')
  }

  /** A primary with no CAS above it. */
  isStandalone(site: SiteNode): boolean {
    return site.props.type === 'primary' && !this.hasCAS
  }

  // --- CMGs and connection points ------------------------------------------------------------

  get cmgs(): readonly CmgNode[] {
    return this.ofKind('cmg')
  }

  get cps(): readonly CpNode[] {
    return this.ofKind('cmgConnectionPoint')
  }

  get scps(): readonly ScpNode[] {
    return this.ofKind('serviceConnectionPoint')
  }

  /** The site a CMG is created at (its createdAt edge). */
  cmgSite(cmg: CmgNode): SiteNode | undefined {
    const s = this.firstTarget(cmg.id, 'createdAt')
    return s?.kind === 'site' ? s : undefined
  }

  subscriptionOf(n: DesignNode): SubscriptionNode | undefined {
    const p = this.node(n.parentId)
    return p?.kind === 'azureSubscription' ? p : undefined
  }

  /** The CMG a connection point is linked to. */
  cmgOf(cp: CpNode): CmgNode | undefined {
    const c = this.firstTarget(cp.id, 'linkedTo')
    return c?.kind === 'cmg' ? c : undefined
  }

  /** cps(c): connection points linked to CMG c; with a site, only those at that site. */
  cpsOf(cmg: CmgNode, site?: SiteNode): CpNode[] {
    const all = this.sources(cmg.id, 'linkedTo').filter((n): n is CpNode => n.kind === 'cmgConnectionPoint')
    return site ? all.filter((cp) => this.siteOf(cp)?.id === site.id) : all
  }

  /**
   * cps(*, s): every connection point at a site that is linked to a CMG, whatever the CMG. One
   * linked to none serves no CMG, so it doesn't count (CMG-STRUCT-006 reports it).
   */
  cpsAtSite(site: SiteNode): CpNode[] {
    return this.cached(`linkedCps:${site.id}`, () =>
      this.rolesAt(site, 'cmgConnectionPoint').filter((cp) => this.cmgOf(cp) !== undefined),
    )
  }

  /** Sites that have at least one connection point of this CMG, in document order. */
  cpSitesOf(cmg: CmgNode): SiteNode[] {
    const seen = new Set<string>()
    const out: SiteNode[] = []
    for (const cp of this.cpsOf(cmg)) {
      const s = this.siteOf(cp)
      if (s && !seen.has(s.id)) {
        seen.add(s.id)
        out.push(s)
      }
    }
    return out
  }

  /** vms(c): the VM instances that count for capacity and cost, at most 16. */
  vms(cmg: CmgNode): number {
    return Math.min(cmg.props.vmCount, CMG_MAX_VMS)
  }

  /** vmCountOk(c): 1 to 16 VM instances, the range CMG-DEPLOY-009 checks. */
  vmCountOk(cmg: CmgNode): boolean {
    return cmg.props.vmCount >= 1 && cmg.props.vmCount <= CMG_MAX_VMS
  }

  runSize(cmg: CmgNode): string {
    return runSize(cmg, this.v)
  }

  /** perVm(c); 0 stands for "undefined" (no documented capacity). */
  perVm(cmg: CmgNode): number {
    return perVmLimit(cmg, this.v)
  }

  /** capKnown(c): at least one VM and a documented per-VM capacity. */
  capKnown(cmg: CmgNode): boolean {
    return cmg.props.vmCount >= 1 && this.perVm(cmg) > 0
  }

  /** cap(c) = perVm(c) × vms(c). */
  cap(cmg: CmgNode): number {
    return this.perVm(cmg) * this.vms(cmg)
  }

  /** The date the version-support check uses: the design's evaluation date, else today's. */
  get evalDate(): string | undefined {
    return this.document.design.evaluationDate ?? this.today
  }

  // --- Azure and Entra -----------------------------------------------------------------------

  tenant(id: string): Tenant | undefined {
    return id === '' ? undefined : this.tenantById.get(id)
  }

  /** A tenant in design.tenants with the Cloud Management connection. */
  onboarded(tenantId: string): boolean {
    return this.tenant(tenantId)?.cloudManagement === true
  }

  // --- clients -------------------------------------------------------------------------------

  get pops(): readonly PopNode[] {
    return this.ofKind('clientPopulation')
  }

  get popsCmg(): readonly PopNode[] {
    return this.cached('popsCmg', () => this.pops.filter((p) => p.props.usesCmg))
  }

  /** The site a population is assigned to. */
  popSite(pop: PopNode): SiteNode | undefined {
    const s = this.firstTarget(pop.id, 'assignedTo')
    return s?.kind === 'site' ? s : undefined
  }

  /**
   * The site a population is assigned to when that is a primary site, the only kind a client can
   * be assigned to; undefined otherwise (CMG-STRUCT-001 and CMG-STRUCT-003 report those).
   */
  assignedPrimary(pop: PopNode): SiteNode | undefined {
    const site = this.popSite(pop)
    return site?.props.type === 'primary' ? site : undefined
  }

  /**
   * Populations validly assigned to a site: those of popsAt(s) when s is a primary, none otherwise.
   * The site-option rules read these; the site capacity rows still count popsAt(s).
   */
  popsAssignedAt(site: SiteNode): readonly PopNode[] {
    return site.props.type === 'primary' ? this.popsAt(site) : []
  }

  /** Clients in a population, scaled by the what-if growth factor. */
  count(pop: PopNode): number {
    return Math.round(pop.props.count * this.growth)
  }

  /** Peak simultaneous CMG connections as entered (defaults to every client), scaled by growth. */
  enteredConcurrent(pop: PopNode): number {
    return Math.round((pop.props.concurrent ?? pop.props.count) * this.growth)
  }

  /** conc(pop): peak simultaneous CMG connections, never more than the clients (addendum A1). */
  concurrent(pop: PopNode): number {
    return Math.min(this.enteredConcurrent(pop), this.count(pop))
  }

  /** CMGs a population is pinned to by `uses` edges (empty = all CMGs). */
  pinnedCmgs(pop: PopNode): CmgNode[] {
    return this.targets(pop.id, 'uses').filter((n): n is CmgNode => n.kind === 'cmg')
  }

  /**
   * popsVia(c): CMG-using populations that will use CMG c (all of them unless pinned elsewhere), in
   * document order. One pass over the populations indexes every CMG (several rules ask for each CMG).
   */
  popsVia(cmg: CmgNode): readonly PopNode[] {
    const byCmg = this.cached('popsViaByCmg', () => {
      const index = new Map<string, PopNode[]>(this.cmgs.map((c) => [c.id, []]))
      for (const p of this.popsCmg) {
        const pinned = this.pinnedCmgs(p)
        const users = pinned.length === 0 ? index.keys() : new Set(pinned.map((c) => c.id))
        for (const id of users) index.get(id)?.push(p)
      }
      return index
    })
    return byCmg.get(cmg.id) ?? []
  }

  /** Populations assigned to a site (one pass over all populations builds the whole index). */
  popsAt(site: SiteNode): readonly PopNode[] {
    const bySite = this.cached('popsBySite', () => {
      const index = new Map<string, PopNode[]>()
      for (const p of this.pops) {
        const s = this.popSite(p)
        if (!s) continue
        const list = index.get(s.id)
        if (list) list.push(p)
        else index.set(s.id, [p])
      }
      return index
    })
    return bySite.get(site.id) ?? []
  }

  boundaryGroupsOf(pop: PopNode): BoundaryGroupNode[] {
    return this.targets(pop.id, 'inBoundaryGroup').filter(
      (n): n is BoundaryGroupNode => n.kind === 'boundaryGroup',
    )
  }

  /** What a boundary group references (MPs, SUPs, DPs, CMGs). */
  references(bg: BoundaryGroupNode): DesignNode[] {
    return this.targets(bg.id, 'references')
  }

  popsInBoundaryGroup(bg: BoundaryGroupNode): PopNode[] {
    return this.sources(bg.id, 'inBoundaryGroup').filter((n): n is PopNode => n.kind === 'clientPopulation')
  }
}
