// Builds a design of the hierarchy a customer runs today from Configuration Manager exports
// (sources.ts): one site per site code with the hierarchy edges from ReportingSiteCode, one server
// per distinct server name inside its site, the modelled roles on it, boundary groups, and CMGs and
// cloud distribution points in their Azure subscriptions. Every property the exports do not carry
// keeps the model's default and is listed as "not imported", per element in the import report and
// per kind in the design's notes; roles without a kind, unknown roles and rows that could not be
// used are reported too. Nothing is invented. The result is validated with the schema the loader
// uses. Pure and total: it returns a Result and never throws.
import { DesignDocument } from '../model/document'
import { defaultProps, newDesign } from '../model/factory'
import { KIND_LABEL } from '../kinds'
import { MAX_FQDN, MAX_NAME, MAX_TEXT } from '../model/limits'
import type { DesignEdge, DesignNode, NodeKind, SITE_TYPES } from '../model/schema'
import { CM_VERSIONS, type CmVersion } from '../model/versions'
import { formatIssues } from '../format/issue-path'
import { type Result, err, ok } from '../util/result'
import {
  BUILD_VERSIONS,
  CLOUD_SERVICE_KINDS,
  SITE_TYPE_CODES,
  SOURCE_LABEL,
  type SourceKind,
  cell,
  detectSource,
  roleMapping,
} from './sources'
import { type Table, type TableRow, parseTable } from './table'

export interface ExportFile {
  readonly fileName: string
  readonly text: string
}

export interface ImportOptions {
  /** The evaluation date of the new design, YYYY-MM-DD. */
  readonly today: string
}

export interface RoleUse {
  readonly roleName: string
  /** "CM01.contoso.com (PS1)" for each server that holds the role. */
  readonly servers: readonly string[]
}

export interface ImportReport {
  readonly files: readonly { readonly fileName: string; readonly source: string; readonly rows: number }[]
  /** How many elements of each kind were created. */
  readonly created: Readonly<Partial<Record<NodeKind, number>>>
  /** Documented roles the designer has no element kind for. */
  readonly notModelledRoles: readonly (RoleUse & { readonly label: string })[]
  /** RoleName values the importer does not know. */
  readonly unknownRoles: readonly RoleUse[]
  /** For each element, the properties the exports do not carry (left at their defaults). */
  readonly notImported: readonly {
    readonly nodeId: string
    readonly element: string
    readonly properties: readonly string[]
  }[]
  readonly skipped: readonly { readonly fileName: string; readonly where: string; readonly reason: string }[]
  /** Other things the user must know (the version, sites only known from role rows, …). */
  readonly notes: readonly string[]
  /** The ConfigMgr version read from the top-tier site's build, when it was. */
  readonly cmVersion?: CmVersion
}

export interface ImportResult {
  readonly doc: DesignDocument
  readonly report: ImportReport
}

export interface ImportFailure {
  /** One sentence naming the file(s) and what is wrong. */
  readonly message: string
  /** One line per problem when there are several. */
  readonly details: readonly string[]
}

type SiteType = (typeof SITE_TYPES)[number]

interface SiteInfo {
  code: string
  name: string
  type?: SiteType
  parent?: string
  build?: string
  /** Where the site is known from: its own row, or only from rows naming its code. */
  fromSiteRow: boolean
}

interface RoleFacts {
  /** Properties read from the export, by prop name. */
  props: Record<string, unknown>
}

interface ServerInfo {
  site: string
  name: string
  isSiteServer: boolean
  roles: Map<NodeKind, RoleFacts>
}

interface CloudInfo {
  kind: 'cmg' | 'cloudDistributionPoint'
  name: string
  subscription: string
  site: string
  props: Record<string, unknown>
}

const SITE_CODE = /^[A-Za-z0-9]{3}$/
const AZURE_REGION = /^[a-z0-9]{1,40}$/

const truncate = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

function parseBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase()
  if (t === 'true' || t === '1') return true
  if (t === 'false' || t === '0') return false
  return undefined
}

function parseWhole(text: string, lo: number, hi: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined
  const n = Number(text)
  return n >= lo && n <= hi ? n : undefined
}

/** The server a NALPath names: ["Display=\\CM01.contoso.com\"]MSWNET:["SMS_SITE=PS1"]\\CM01.contoso.com\ */
function serverFromNalPath(nalPath: string): string {
  const match = /\\\\([^\\"[\]]+)\\?$/.exec(nalPath.trim())
  return match?.[1] ?? ''
}

/** Unique ids from readable stems: "site-ps1", "srv-ps1-cm01.contoso.com", "mp-ps1-cm01.contoso.com". */
function idMaker(): (stem: string) => string {
  const used = new Set<string>()
  return (stem) => {
    const base = stem
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
    let id = base || 'element'
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

const ROLE_STEM: Readonly<Partial<Record<NodeKind, string>>> = {
  managementPoint: 'mp',
  softwareUpdatePoint: 'sup',
  distributionPoint: 'dp',
  serviceConnectionPoint: 'scp',
  cmgConnectionPoint: 'cmgcp',
}
/** Order of roles inside a server, as in the palette. */
const ROLE_ORDER: readonly NodeKind[] = [
  'managementPoint',
  'softwareUpdatePoint',
  'distributionPoint',
  'serviceConnectionPoint',
  'cmgConnectionPoint',
]

/** The properties of `kind` that were not read from the exports. */
const missingProps = (kind: NodeKind, imported: readonly string[]): string[] =>
  Object.keys(defaultProps(kind)).filter((p) => !imported.includes(p))

export function importConfigMgr(
  files: readonly ExportFile[],
  options: ImportOptions,
): Result<ImportResult, ImportFailure> {
  try {
    return run(files, options)
  } catch (e) {
    // Defence in depth: a bug here must not crash the app or the CLI.
    const message = `The import failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`
    return err({ message, details: [] })
  }
}

function run(files: readonly ExportFile[], options: ImportOptions): Result<ImportResult, ImportFailure> {
  if (files.length === 0) return err({ message: 'No export files were given.', details: [] })

  // 1. Read every file; any file that is not a readable export stops the import (nothing changes).
  const problems: string[] = []
  const tables: { fileName: string; source: SourceKind; table: Table }[] = []
  for (const file of files) {
    const parsed = parseTable(file.text)
    if (!parsed.ok) {
      problems.push(`“${file.fileName}” cannot be imported: ${parsed.error}.`)
      continue
    }
    const source = detectSource(parsed.value)
    if (source === undefined) {
      const { columns, format } = parsed.value
      const shown = columns.slice(0, 8).join(', ')
      // SSMS saves results without column names unless told to: the first row is then data.
      const headerless =
        format === 'csv' && columns.some((c) => roleMapping(c) !== undefined || /^[A-Z0-9]{3}$/.test(c))
      problems.push(
        `“${file.fileName}” cannot be imported: its columns (${shown || 'none'}${columns.length > 8 ? ', …' : ''}) match none of the exports the import reads: ${Object.values(SOURCE_LABEL).join('; ')}.${headerless ? ' Its first line looks like data: save it with column headers (in SSMS: Tools ▸ Options ▸ Query Results ▸ SQL Server ▸ Results to Grid ▸ Include column headers when copying or saving the results).' : ''}`,
      )
      continue
    }
    tables.push({ fileName: file.fileName, source, table: parsed.value })
  }
  if (problems.length > 0)
    return err({
      message:
        problems.length === 1
          ? `${problems[0]} Nothing was imported.`
          : `${problems.length} files cannot be imported; nothing was imported.`,
      details: problems.length === 1 ? [] : problems,
    })

  const skipped: { fileName: string; where: string; reason: string }[] = []
  const notes: string[] = []
  for (const { fileName, table } of tables)
    for (const bad of table.badRows) skipped.push({ fileName, ...bad })
  const rowsOf = (source: SourceKind) =>
    tables
      .filter((t) => t.source === source)
      .flatMap((t) => t.table.rows.map((row) => ({ fileName: t.fileName, row })))
  const skip = (fileName: string, row: TableRow, reason: string) =>
    skipped.push({ fileName, where: row.where, reason })

  // 2. Sites.
  const sites = new Map<string, SiteInfo>()
  /** SMS_Site.ServerName: the site server of each site. */
  const siteServers: { site: string; name: string }[] = []
  for (const { fileName, row } of rowsOf('sites')) {
    const code = cell('sites', row.cells, 'siteCode').toUpperCase()
    if (!SITE_CODE.test(code)) {
      skip(
        fileName,
        row,
        code === '' ? 'it has no SiteCode' : `SiteCode "${code}" is not 3 letters or digits`,
      )
      continue
    }
    const typeText = cell('sites', row.cells, 'type')
    const type = SITE_TYPE_CODES[typeText.toLowerCase().replace(/[^a-z0-9]/g, '')]
    if (type === undefined)
      notes.push(
        `Site ${code}: its Type "${typeText}" is not 1 (secondary), 2 (primary) or 4 (central administration site), so its type was not imported.`,
      )
    const parent = cell('sites', row.cells, 'reportingSiteCode').toUpperCase()
    const info: SiteInfo = {
      code,
      name: cell('sites', row.cells, 'siteName') || code,
      ...(type ? { type } : {}),
      ...(SITE_CODE.test(parent) && parent !== code ? { parent } : {}),
      ...(cell('sites', row.cells, 'buildNumber') ? { build: cell('sites', row.cells, 'buildNumber') } : {}),
      fromSiteRow: true,
    }
    const existing = sites.get(code)
    if (existing?.fromSiteRow) {
      if (existing.type !== info.type || existing.parent !== info.parent)
        skip(
          fileName,
          row,
          `site ${code} appears again with a different type or parent; the first row was kept`,
        )
      continue
    }
    sites.set(code, info)
    const server = cell('sites', row.cells, 'serverName')
    if (server) siteServers.push({ site: code, name: server })
  }

  // 3. Servers and roles.
  const servers = new Map<string, ServerInfo>()
  const notModelled = new Map<string, { label: string; servers: Set<string> }>()
  const unknown = new Map<string, Set<string>>()
  const siteOf = (code: string): SiteInfo => {
    let site = sites.get(code)
    if (!site) {
      site = { code, name: code, fromSiteRow: false }
      sites.set(code, site)
    }
    return site
  }
  /** The server of `name` in `site`; "CM01" and "CM01.contoso.com" are the same server. */
  const serverOf = (site: string, name: string): ServerInfo => {
    const key = `${site}\u0000${name.toLowerCase()}`
    const host = name.split('.')[0]?.toLowerCase()
    let server =
      servers.get(key) ??
      [...new Set(servers.values())].find(
        (s) =>
          s.site === site &&
          (!s.name.includes('.') || !name.includes('.')) &&
          s.name.split('.')[0]?.toLowerCase() === host,
      )
    if (!server) server = { site, name, isSiteServer: false, roles: new Map() }
    else if (name.includes('.') && !server.name.includes('.')) server.name = name
    servers.set(key, server)
    return server
  }
  for (const { site, name } of siteServers) serverOf(site, name).isSiteServer = true

  for (const { fileName, row } of rowsOf('roles')) {
    const roleName = cell('roles', row.cells, 'roleName')
    const code = cell('roles', row.cells, 'siteCode').toUpperCase()
    if (roleName === '') {
      skip(fileName, row, 'it has no RoleName')
      continue
    }
    if (!SITE_CODE.test(code)) {
      skip(
        fileName,
        row,
        code === '' ? 'it has no SiteCode' : `SiteCode "${code}" is not 3 letters or digits`,
      )
      continue
    }
    const resourceType = cell('roles', row.cells, 'resourceType')
    if (resourceType !== '' && resourceType.toLowerCase() !== 'windows nt server') {
      skip(fileName, row, `"${roleName}" is on a resource of type "${resourceType}", not on a server`)
      continue
    }
    const host =
      cell('roles', row.cells, 'serverRemoteName') ||
      cell('roles', row.cells, 'serverName').replace(/^\\\\/, '') ||
      serverFromNalPath(cell('roles', row.cells, 'nalPath'))
    if (host === '') {
      skip(fileName, row, `"${roleName}" names no server (no ServerRemoteName, ServerName or NALPath)`)
      continue
    }
    siteOf(code)
    const server = serverOf(code, truncate(host, MAX_NAME))
    const where = `${server.name} (${code})`
    const mapping = roleMapping(roleName)
    if (mapping === undefined) {
      const list = unknown.get(roleName) ?? new Set<string>()
      list.add(where)
      unknown.set(roleName, list)
    } else if ('notModelled' in mapping) {
      const entry = notModelled.get(roleName) ?? { label: mapping.notModelled, servers: new Set<string>() }
      entry.servers.add(where)
      notModelled.set(roleName, entry)
    } else if ('server' in mapping) {
      if (mapping.server === 'siteServer') server.isSiteServer = true
    } else if (!server.roles.has(mapping.kind)) {
      server.roles.set(mapping.kind, { props: roleProps(mapping.kind, row.cells) })
    }
  }

  // 4. Boundary groups.
  const boundaryGroups: { name: string; fileName: string; row: TableRow }[] = []
  const groupKeys = new Set<string>()
  for (const { fileName, row } of rowsOf('boundaryGroups')) {
    const name = cell('boundaryGroups', row.cells, 'name')
    if (name === '') {
      skip(fileName, row, 'the boundary group has no Name')
      continue
    }
    const key = cell('boundaryGroups', row.cells, 'groupId') || name.toLowerCase()
    if (groupKeys.has(key)) continue
    groupKeys.add(key)
    boundaryGroups.push({ name: truncate(name, MAX_NAME), fileName, row })
  }

  // 5. Cloud services (CMGs and cloud distribution points).
  const clouds: CloudInfo[] = []
  for (const { fileName, row } of rowsOf('cloudServices')) {
    const serviceType = cell('cloudServices', row.cells, 'serviceType')
    const kind = CLOUD_SERVICE_KINDS[serviceType.toLowerCase()]
    if (kind === undefined) {
      skip(
        fileName,
        row,
        `ServiceType "${serviceType}" is neither CloudProxyService (a CMG) nor CloudDP (a cloud distribution point)`,
      )
      continue
    }
    const name = cell('cloudServices', row.cells, 'name')
    clouds.push({
      kind,
      name: truncate(name || cell('cloudServices', row.cells, 'serviceCName') || KIND_LABEL[kind], MAX_NAME),
      subscription: cell('cloudServices', row.cells, 'subscriptionId'),
      site: cell('cloudServices', row.cells, 'siteCode').toUpperCase(),
      props: kind === 'cmg' ? cmgProps(name, row.cells) : { lifecycle: 'existing' },
    })
  }

  if (sites.size === 0 && boundaryGroups.length === 0 && clouds.length === 0)
    return err({
      message: `${tables.map((t) => `“${t.fileName}”`).join(', ')} ${tables.length === 1 ? 'holds' : 'hold'} no sites, site systems, boundary groups or cloud services to import; nothing was imported.`,
      details: skipped.map((s) => `${s.fileName}, ${s.where}: ${s.reason}`).slice(0, 50),
    })

  // 6. The design.
  const newId = idMaker()
  const nodes: DesignNode[] = []
  const edges: DesignEdge[] = []
  const notImported: ImportReport['notImported'][number][] = []
  /** Adds `node`; `unknownName`: its name is a stand-in (a site code), not from the exports. */
  const add = (node: DesignNode, element: string, imported: readonly string[], unknownName = false) => {
    nodes.push(node)
    const properties = [...(unknownName ? ['name'] : []), ...missingProps(node.kind, imported)]
    if (properties.length > 0) notImported.push({ nodeId: node.id, element, properties })
  }

  const siteIds = new Map<string, string>()
  const levelOf = (s: SiteInfo) => (s.type === 'cas' ? 0 : s.type === 'secondary' ? 2 : 1)
  const orderedSites = [...sites.values()].sort(
    (a, b) => levelOf(a) - levelOf(b) || a.code.localeCompare(b.code),
  )
  for (const site of orderedSites) {
    const id = newId(`site-${site.code}`)
    siteIds.set(site.code, id)
    if (!site.fromSiteRow)
      notes.push(
        `Site ${site.code} is known only from site system rows (no SMS_Site / v_Site row for it), so its name, type and parent site were not imported.`,
      )
    add(
      {
        id,
        kind: 'site',
        name: truncate(site.name, MAX_NAME),
        position: { x: 0, y: 0 },
        props: { ...defaultProps('site'), siteCode: site.code, ...(site.type ? { type: site.type } : {}) },
      },
      `Site ${site.code}`,
      site.type ? ['siteCode', 'type'] : ['siteCode'],
      !site.fromSiteRow,
    )
  }
  for (const site of orderedSites) {
    if (site.parent === undefined) continue
    const parentId = siteIds.get(site.parent)
    if (parentId === undefined) {
      notes.push(
        `Site ${site.code} reports to site ${site.parent}, which is not in the exports; the hierarchy edge was not drawn.`,
      )
      continue
    }
    edges.push({
      id: newId(`hierarchy-${site.parent}-${site.code}`),
      kind: 'hierarchy',
      source: parentId,
      target: siteIds.get(site.code) as string,
    })
  }

  const roleIds: { kind: NodeKind; id: string }[] = []
  const sortedServers = [...new Set(servers.values())].sort(
    (a, b) =>
      a.site.localeCompare(b.site) ||
      Number(b.isSiteServer) - Number(a.isSiteServer) ||
      a.name.localeCompare(b.name),
  )
  for (const server of sortedServers) {
    const id = newId(`srv-${server.site}-${server.name}`)
    const fqdn = server.name.includes('.') && server.name.length <= MAX_FQDN ? server.name : ''
    add(
      {
        id,
        kind: 'server',
        name: server.name,
        parentId: siteIds.get(server.site) as string,
        position: { x: 0, y: 0 },
        props: { ...defaultProps('server'), fqdn, isSiteServer: server.isSiteServer },
      },
      `Server ${server.name} (${server.site})`,
      fqdn === '' ? ['isSiteServer'] : ['fqdn', 'isSiteServer'],
    )
    for (const kind of ROLE_ORDER) {
      const facts = server.roles.get(kind)
      if (!facts) continue
      const roleId = newId(`${ROLE_STEM[kind] ?? kind}-${server.site}-${server.name}`)
      roleIds.push({ kind, id: roleId })
      add(
        {
          id: roleId,
          kind,
          // The server's host name, as the templates name roles ("MP on CM01" reads "CM01").
          name: server.name.split('.')[0] ?? '',
          parentId: id,
          position: { x: 0, y: 0 },
          props: { ...defaultProps(kind), ...facts.props },
        } as DesignNode,
        `${KIND_LABEL[kind]} on ${server.name} (${server.site})`,
        Object.keys(facts.props),
      )
    }
  }

  for (const group of boundaryGroups) {
    add(
      {
        id: newId(`bg-${group.name}`),
        kind: 'boundaryGroup',
        name: group.name,
        position: { x: 0, y: 0 },
        props: defaultProps('boundaryGroup'),
      },
      `Boundary group “${group.name}”`,
      [],
    )
  }
  if (boundaryGroups.length > 0)
    notes.push(
      'Boundary groups were imported without their boundaries, site assignment (DefaultSiteCode) or site system references: the exports read do not carry the references, and the designer does not model the others.',
    )

  const subscriptionIds = new Map<string, string>()
  const cmgIds: string[] = []
  for (const cloud of clouds) {
    const key = cloud.subscription.toLowerCase()
    let subscriptionId = subscriptionIds.get(key)
    if (subscriptionId === undefined) {
      subscriptionId = newId(`sub-${cloud.subscription || 'unknown'}`)
      subscriptionIds.set(key, subscriptionId)
      add(
        {
          id: subscriptionId,
          kind: 'azureSubscription',
          name: truncate(
            cloud.subscription ? `Subscription ${cloud.subscription}` : 'Azure subscription',
            MAX_NAME,
          ),
          position: { x: 0, y: 0 },
          props: defaultProps('azureSubscription'),
        },
        `Azure subscription ${cloud.subscription || '(no SubscriptionID in the export)'}`,
        [],
      )
    }
    const id = newId(`${cloud.kind === 'cmg' ? 'cmg' : 'cdp'}-${cloud.name}`)
    add(
      {
        id,
        kind: cloud.kind,
        name: cloud.name,
        parentId: subscriptionId,
        position: { x: 0, y: 0 },
        props: { ...defaultProps(cloud.kind), ...cloud.props },
      } as DesignNode,
      `${KIND_LABEL[cloud.kind]} “${cloud.name}”`,
      Object.keys(cloud.props),
    )
    if (cloud.kind !== 'cmg') continue
    cmgIds.push(id)
    const site = siteIds.get(cloud.site)
    if (site) edges.push({ id: newId(`created-${cloud.name}`), kind: 'createdAt', source: id, target: site })
    else
      notes.push(
        `The CMG “${cloud.name}” names site “${cloud.site}”, which is not in the exports; the site it is created at was not set.`,
      )
  }
  const connectionPoints = roleIds.filter((r) => r.kind === 'cmgConnectionPoint')
  if (connectionPoints.length > 0 && cmgIds.length === 1) {
    for (const cp of connectionPoints)
      edges.push({ id: newId(`link-${cp.id}`), kind: 'linkedTo', source: cp.id, target: cmgIds[0] as string })
    notes.push('Every CMG connection point was linked to the only CMG in the exports.')
  } else if (connectionPoints.length > 0)
    notes.push(
      cmgIds.length === 0
        ? 'No CMG was imported (no SMS_AzureService export), so the CMG connection points are not linked to a CMG.'
        : 'The exports do not say which CMG each CMG connection point serves; link them yourself.',
    )

  // The version of the hierarchy: the top-tier site's build.
  const top = orderedSites.find((s) => s.fromSiteRow && s.parent === undefined && s.type !== 'secondary')
  let cmVersion: CmVersion | undefined
  if (top?.build !== undefined) {
    const version = BUILD_VERSIONS[top.build.replace(/^5\.0*0\./, '').split('.')[0] ?? '']
    cmVersion = CM_VERSIONS.find((v) => v === version)
    notes.push(
      cmVersion === undefined
        ? `Site ${top.code} has build ${top.build}, which is not a current-branch release the designer knows; the design's Configuration Manager version was not imported.`
        : `The design's Configuration Manager version ${cmVersion} comes from build ${top.build} of site ${top.code}.`,
    )
  } else
    notes.push(
      "The design's Configuration Manager version was not imported (no BuildNumber of the top-tier site).",
    )
  notes.push(
    'Client populations, Entra tenants and client settings are not in the exports; add them to the design.',
  )

  const counts: Partial<Record<NodeKind, number>> = {}
  for (const n of nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1

  layOut(nodes, edges)

  const report: ImportReport = {
    files: tables.map((t) => ({
      fileName: t.fileName,
      source: SOURCE_LABEL[t.source],
      rows: t.table.rows.length,
    })),
    created: counts,
    notModelledRoles: [...notModelled].map(([roleName, e]) => ({
      roleName,
      label: e.label,
      servers: [...e.servers],
    })),
    unknownRoles: [...unknown].map(([roleName, s]) => ({ roleName, servers: [...s] })),
    notImported,
    skipped,
    notes,
    ...(cmVersion === undefined ? {} : { cmVersion }),
  }
  const base = newDesign(options.today, truncate(`As-is hierarchy${top ? ` (${top.code})` : ''}`, MAX_NAME))
  const candidate = {
    ...base,
    design: {
      ...base.design,
      ...(cmVersion === undefined ? {} : { cmVersion }),
      notes: designNotes(
        tables.map((t) => t.fileName),
        options.today,
        notImported,
        nodes,
      ),
    },
    nodes,
    edges,
  }
  const checked = DesignDocument.safeParse(candidate, { reportInput: true })
  if (!checked.success) {
    const issues = formatIssues(checked.error.issues)
    return err({
      message: `The exports hold values a design cannot: ${issues[0] ?? ''}. Nothing was imported.`,
      details: issues.slice(0, 50),
    })
  }
  return ok({ doc: checked.data, report })
}

/** The role properties a SMS_SystemResourceList row carries (SslState, InternetEnabled, InternetShared). */
function roleProps(kind: NodeKind, cells: ReadonlyMap<string, string>): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  const enabled = parseBool(cell('roles', cells, 'internetEnabled'))
  const shared = parseBool(cell('roles', cells, 'internetShared'))
  const connections = enabled === undefined ? undefined : !enabled ? 'intranet' : shared ? 'both' : 'internet'
  if (kind === 'managementPoint') {
    // SslState: 0 HTTP, 1 HTTPS, 2 not applicable, 3 always HTTPS, 4 always HTTP.
    const ssl = cell('roles', cells, 'sslState').trim()
    if (ssl === '1' || ssl === '3') props.protocol = 'https'
    else if (ssl === '0' || ssl === '4') props.protocol = 'http'
    if (connections !== undefined) props.clientConnections = connections
  } else if (kind === 'softwareUpdatePoint') {
    if (connections !== undefined) props.clientConnections = connections
  } else if (kind === 'distributionPoint') {
    if (enabled !== undefined) props.internetFacing = enabled
  }
  return props
}

/** The CMG properties an SMS_AzureService row carries. */
function cmgProps(name: string, cells: ReadonlyMap<string, string>): Record<string, unknown> {
  const props: Record<string, unknown> = { lifecycle: 'existing' }
  if (name !== '' && name.length <= 64) props.prefix = name
  const cname = cell('cloudServices', cells, 'serviceCName')
  if (cname !== '' && cname.length <= MAX_FQDN) props.serviceNameCn = cname
  const region = cell('cloudServices', cells, 'region').toLowerCase().replace(/\s+/g, '')
  if (AZURE_REGION.test(region)) props.region = region
  const instances = parseWhole(cell('cloudServices', cells, 'numberOfInstances'), 0, 99)
  if (instances !== undefined) props.vmCount = instances
  const alerts: Record<string, unknown> = {}
  const egress = parseWhole(cell('cloudServices', cells, 'trafficOutInGB'), 0, 10_000_000)
  if (egress !== undefined) alerts.egress14DayGB = egress
  const warn = parseWhole(cell('cloudServices', cells, 'trafficWarningThreshold'), 0, 100)
  if (warn !== undefined) alerts.warnPct = warn
  const crit = parseWhole(cell('cloudServices', cells, 'trafficCriticalThreshold'), 0, 100)
  if (crit !== undefined) alerts.critPct = crit
  const stop = parseBool(cell('cloudServices', cells, 'trafficOutStopService'))
  if (stop !== undefined) alerts.stopOnCritical = stop
  const storage = parseWhole(cell('cloudServices', cells, 'storageQuotaInGB'), 0, 10_000_000)
  if (storage !== undefined) alerts.storageGB = storage
  if (Object.keys(alerts).length > 0) props.alerts = { ...defaultProps('cmg').alerts, ...alerts }
  return props
}

/** The design's notes: where it came from and, per kind, what the exports did not carry. */
function designNotes(
  fileNames: readonly string[],
  today: string,
  notImported: ImportReport['notImported'],
  nodes: readonly DesignNode[],
): string {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]))
  const byKind = new Map<NodeKind, Set<string>>()
  for (const entry of notImported) {
    const kind = kindOf.get(entry.nodeId) as NodeKind
    const set = byKind.get(kind) ?? new Set<string>()
    for (const p of entry.properties) set.add(p)
    byKind.set(kind, set)
  }
  const lines = [
    `Imported from Configuration Manager on ${today} (${fileNames.join(', ')}).`,
    'NOT IMPORTED — the exports do not carry these properties; they hold the designer defaults until you check and set them:',
    ...[...byKind].map(([kind, props]) => `• ${KIND_LABEL[kind]}: ${[...props].join(', ')}`),
    'Client populations, Entra tenants and client settings were not imported.',
  ]
  return truncate(lines.join('\n'), MAX_TEXT)
}

// ---------------------------------------------------------------------------------------------
// A first, non-overlapping placement (the app then runs its auto-layout): roles stacked in their
// server, servers side by side in their site, sites in rows by level (CAS, primaries,
// secondaries), boundary groups in a column to the left, subscriptions to the right.

const ROLE_H = 46
const ROLE_GAP = 8
const SERVER_W = 190
const SERVER_HEAD = 44
const SITE_HEAD = 56
const PAD = 20
const SITE_GAP = 64
const LEVEL_GAP = 96

function layOut(nodes: DesignNode[], edges: readonly DesignEdge[]): void {
  const children = new Map<string, DesignNode[]>()
  for (const n of nodes)
    if (n.parentId !== undefined) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n])
  const sizeOf = new Map<string, { width: number; height: number }>()
  const place = (n: DesignNode, x: number, y: number) => Object.assign(n, { position: { x, y } })
  const setSize = (n: DesignNode, width: number, height: number) => {
    sizeOf.set(n.id, { width, height })
    Object.assign(n, { size: { width, height } })
  }

  for (const server of nodes.filter((n) => n.kind === 'server')) {
    const roles = children.get(server.id) ?? []
    roles.forEach((r, i) => place(r, 10, SERVER_HEAD + i * (ROLE_H + ROLE_GAP)))
    setSize(server, SERVER_W, Math.max(108, SERVER_HEAD + roles.length * (ROLE_H + ROLE_GAP) + 10))
  }
  for (const site of nodes.filter((n) => n.kind === 'site')) {
    let x = PAD
    let tallest = 0
    for (const server of children.get(site.id) ?? []) {
      const size = sizeOf.get(server.id) as { width: number; height: number }
      place(server, x, SITE_HEAD)
      x += size.width + PAD
      tallest = Math.max(tallest, size.height)
    }
    setSize(site, Math.max(260, x), Math.max(176, SITE_HEAD + tallest + PAD))
  }
  for (const sub of nodes.filter((n) => n.kind === 'azureSubscription')) {
    const items = children.get(sub.id) ?? []
    items.forEach((c, i) => place(c, PAD, SITE_HEAD + i * 92))
    setSize(sub, 260, Math.max(156, SITE_HEAD + items.length * 92 + PAD))
  }

  const level = new Map<string, number>()
  const parentOf = new Map(edges.filter((e) => e.kind === 'hierarchy').map((e) => [e.target, e.source]))
  const depth = (id: string, seen = 0): number => {
    const parent = parentOf.get(id)
    return parent === undefined || seen > 3 ? 0 : 1 + depth(parent, seen + 1)
  }
  for (const site of nodes.filter((n) => n.kind === 'site')) level.set(site.id, depth(site.id))
  let y = 0
  let right = 0
  for (let l = 0; l <= 4; l++) {
    const row = nodes.filter((n) => n.kind === 'site' && level.get(n.id) === l)
    if (row.length === 0) continue
    let x = 0
    let tallest = 0
    for (const site of row) {
      const size = sizeOf.get(site.id) as { width: number; height: number }
      place(site, x, y)
      x += size.width + SITE_GAP
      tallest = Math.max(tallest, size.height)
    }
    right = Math.max(right, x)
    y += tallest + LEVEL_GAP
  }
  nodes.filter((n) => n.kind === 'boundaryGroup').forEach((bg, i) => place(bg, -(220 + 128), i * (64 + 48)))
  let subY = 0
  for (const sub of nodes.filter((n) => n.kind === 'azureSubscription')) {
    place(sub, right + 64, subY)
    subY += (sizeOf.get(sub.id)?.height ?? 156) + 48
  }
}
