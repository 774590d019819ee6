// The design document model: zod schemas for the whole file-format contract (file-format.md and
// cmg-rules.md section 3) and the types inferred from them. Pure TypeScript; runs in the renderer,
// its worker, main and the CLI. Every number is finite and bounded, every string and array has a
// maximum length, every id matches ID_PATTERN. Out-of-range values that a rule exists to catch
// (17 CMG VMs, a 1024-bit key, an undocumented VM size) are deliberately loadable, so that the
// rules engine can explain them instead of the loader refusing the file.
import { z } from 'zod'
import { CM_VERSIONS, DEFAULT_CM_VERSION } from './versions'
import { COORD_MAX, ID_PATTERN, MAX_FQDN, MAX_NAME, MAX_PHASES, MAX_TENANTS, MAX_TEXT } from './limits'
import { formatCount } from '../util/format-count'

// ---------------------------------------------------------------------------------------------
// Building blocks

const between = (lo: number, hi: number) => `must be between ${formatCount(lo)} and ${formatCount(hi)}`

/** An integer in [lo, hi] whose range error reads "must be between lo and hi". */
export const intIn = (lo: number, hi: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(lo, { error: between(lo, hi) })
    .max(hi, { error: between(lo, hi) })

const numIn = (lo: number, hi: number) =>
  z
    .number({ error: 'must be a number' })
    .min(lo, { error: between(lo, hi) })
    .max(hi, { error: between(lo, hi) })

/** NUL (other programs end a string there) or a UTF-16 surrogate without its pair (not a character; it cannot be written as UTF-8). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .max(max, { error: `must be at most ${max} characters` })
    .superRefine((s, ctx) => {
      const bad = NOT_TEXT.exec(s)
      if (bad)
        ctx.addIssue({
          code: 'custom',
          input: s,
          message: `contains ${bad[0] === '\u0000' ? 'a NUL character (\\x00)' : `an unpaired surrogate (\\u${bad[0].charCodeAt(0).toString(16)})`} at character ${formatCount(bad.index + 1)}, which text in a design may not contain`,
        })
    })
const bool = (dflt: boolean) => z.boolean({ error: 'must be true or false' }).default(dflt)
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: 'must be a list' }).max(max, { error: `must have at most ${max} entries` })

export const Id = z
  .string({ error: 'must be a string' })
  .regex(ID_PATTERN, { error: 'must be 1-64 letters, digits, "-", "_" or "."' })
export type Id = z.infer<typeof Id>

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
const Coord = numIn(-COORD_MAX, COORD_MAX)
const Price = numIn(0, 1_000_000).nullable()

// ---------------------------------------------------------------------------------------------
// Enumerations (values from cmg-rules.md section 3)

export const SITE_TYPES = ['cas', 'primary', 'secondary'] as const
export const SERVER_OS = ['WS2012', 'WS2012R2', 'WS2016', 'WS2019', 'WS2022', 'WS2025'] as const
export const CMG_METHODS = ['vmss', 'classic', 'asm'] as const
export const CMG_LIFECYCLES = ['new', 'existing', 'convert'] as const
/** Only the first two are supported hosts (CMG-AZ-001); the others exist so the rule can say so. */
export const AZURE_ENVIRONMENTS = [
  'AzurePublicCloud',
  'AzureUSGovernmentCloud',
  'AzureChinaCloud',
  'AzureGermanCloud',
] as const
/** The documented sizes; vmSize accepts any Azure size name so CMG-DEPLOY-007 can flag the rest. */
export const CMG_VM_SIZES = ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'] as const
export const CONTENT_TYPES = [
  'apps',
  'packages',
  'osUpgrade',
  'thirdPartyUpdates',
  'microsoftUpdates',
  'clientInstall',
] as const
export const POP_LOCATIONS = ['internet', 'intranet', 'vpn', 'branch', 'mixed'] as const
export const POP_OS = ['win10plus', 'win81', 'winServer', 'macOS'] as const
export const JOIN_TYPES = ['adDomain', 'hybridJoined', 'entraJoined', 'workgroup'] as const
export const AUTH_METHODS = ['entra', 'pki', 'token'] as const
export const CLIENT_CONNECTIONS = ['intranet', 'internet', 'both'] as const

// ---------------------------------------------------------------------------------------------
// Props per node kind. Each property has its default; `{}` parses to a complete props object.

export const SiteProps = z.strictObject({
  siteCode: z
    .string({ error: 'must be a string' })
    .regex(/^([A-Za-z0-9]{3})?$/, { error: 'must be 3 letters or digits' })
    .default(''),
  type: z.enum(SITE_TYPES).default('primary'),
  location: text(MAX_NAME).default(''),
  commSecurity: z.enum(['httpsOnly', 'httpsOrHttp']).default('httpsOrHttp'),
  ehttpEnabled: bool(true),
  usePkiClientCertWhenAvailable: bool(false),
  clientsCheckCrl: bool(false),
  restrictedCtl: bool(false),
  sqlEdition: z.enum(['standard', 'enterprise']).default('enterprise'),
  usesSoftwareUpdates: bool(true),
})

export const PortRange = z
  .strictObject({ from: intIn(1, 65535), to: intIn(1, 65535) })
  .refine((r) => r.from <= r.to, { error: '"from" must not exceed "to"' })

export const ServerProps = z.strictObject({
  fqdn: text(MAX_FQDN).default(''),
  os: z.enum(SERVER_OS).default('WS2022'),
  isSiteServer: bool(false),
  hasClientAuthCert: bool(false),
  tcpDynamicPortsExtended: bool(false),
  outbound443Azure: bool(true),
  outboundPorts: listOf(PortRange, 64).default([
    { from: 443, to: 443 },
    { from: 10124, to: 10139 },
  ]),
  proxy: text(MAX_FQDN).default(''),
})

export const ManagementPointProps = z.strictObject({
  protocol: z.enum(['http', 'https']).default('http'),
  allowCmgTraffic: bool(false),
  clientConnections: z.enum(CLIENT_CONNECTIONS).default('intranet'),
  aspNet45: bool(false),
})

export const SoftwareUpdatePointProps = z.strictObject({
  allowCmgTraffic: bool(false),
  clientConnections: z.enum(CLIENT_CONNECTIONS).default('intranet'),
  wsusSsl: bool(false),
  nlb: bool(false),
  remote: bool(false),
  wsusPoolTuned: bool(false),
})

export const DistributionPointProps = z.strictObject({
  isPull: bool(false),
  internetFacing: bool(false),
})

export const ServiceConnectionPointProps = z.strictObject({
  mode: z.enum(['online', 'offline']).default('online'),
})

export const CmgConnectionPointProps = z.strictObject({})

export const AzureSubscriptionProps = z.strictObject({
  subscriptionName: text(MAX_NAME).default(''),
  /** The id of an entry in design.tenants ('' = not set). */
  tenantId: z.union([Id, z.literal('')]).default(''),
  isCsp: bool(false),
  registeredProviders: listOf(text(MAX_NAME), 100).default([]),
})

export const CmgAlerts = z.strictObject({
  egress14DayGB: intIn(0, 10_000_000).default(10_000),
  warnPct: intIn(0, 100).default(50),
  critPct: intIn(0, 100).default(90),
  storageGB: intIn(0, 10_000_000).default(2_000),
  stopOnCritical: bool(false),
})

export const CmgProps = z.strictObject({
  prefix: text(64).default(''),
  serviceNameCn: text(MAX_FQDN).default(''),
  certIssuer: z.enum(['publicCA', 'enterprisePKI']).default('publicCA'),
  certKeyLength: intIn(0, 16_384).default(2048),
  dnsCnameConfigured: bool(false),
  method: z.enum(CMG_METHODS).default('vmss'),
  lifecycle: z.enum(CMG_LIFECYCLES).default('new'),
  azureEnvironment: z.enum(AZURE_ENVIRONMENTS).default('AzurePublicCloud'),
  region: z
    .string({ error: 'must be a string' })
    .regex(/^[a-z0-9]{0,40}$/, { error: 'must be an Azure short region name such as eastus' })
    .default(''),
  resourceGroup: z
    .strictObject({
      name: text(90).default(''),
      mode: z.enum(['new', 'existing']).default('new'),
      region: z
        .string({ error: 'must be a string' })
        .regex(/^[a-z0-9]{0,40}$/, { error: 'must be an Azure short region name such as eastus' })
        .default(''),
    })
    .prefault({}),
  vmSize: z
    .string({ error: 'must be a string' })
    .regex(/^[A-Za-z0-9_]{1,64}$/, { error: 'must be an Azure VM size name such as Standard_A2_v2' })
    .default('Standard_A2_v2'),
  /** 1-16 is supported; up to 99 loads so CMG-DEPLOY-009 can report it. */
  vmCount: intIn(0, 99).default(1),
  contentEnabled: bool(true),
  contentTypes: listOf(z.enum(CONTENT_TYPES), CONTENT_TYPES.length).default(['apps', 'packages']),
  /** Planned content stored in the CMG's storage account, for the cost estimate. */
  contentStorageGB: numIn(0, 1_000_000).default(0),
  verifyClientCertRevocation: bool(true),
  enforceTls12: bool(true),
  trustedRootChainUploaded: bool(false),
  alerts: CmgAlerts.prefault({}),
  inlineInspection: bool(false),
})

export const CloudDistributionPointProps = z.strictObject({
  lifecycle: z.enum(['new', 'existing']).default('existing'),
})

export const ClientSettings = z.strictObject({
  enableCmg: bool(true),
  allowCloudDp: bool(true),
  autoRegisterHybrid: bool(true),
  deltaContent: bool(false),
  userPolicyFromInternet: bool(false),
})

export const ClientPopulationProps = z.strictObject({
  count: intIn(0, 10_000_000).default(1000),
  /** Peak simultaneous CMG connections; absent means "all of count" (the conservative default). */
  concurrent: intIn(0, 10_000_000).optional(),
  location: z.enum(POP_LOCATIONS).default('internet'),
  usesCmg: bool(true),
  intendsCmg: bool(false),
  os: listOf(z.enum(POP_OS), POP_OS.length).default(['win10plus']),
  joinType: z.enum(JOIN_TYPES).default('adDomain'),
  identityType: z.enum(['cloud', 'hybrid']).default('hybrid'),
  usersHaveEntraIdentity: bool(true),
  /** The id of an entry in design.tenants holding the users' and devices' identities ('' = not set). */
  identityTenantId: z.union([Id, z.literal('')]).default(''),
  authMethod: z.enum(AUTH_METHODS).default('token'),
  needsUserTargeting: bool(false),
  needsContent: bool(true),
  needsSoftwareUpdates: bool(true),
  needsClientInstallOverInternet: bool(false),
  registersOnIntranet: bool(true),
  bulkTokenPlanned: bool(false),
  bulkTokenLifetimeMin: intIn(1, 1_000_000).default(4320),
  hasUniqueClientCertBeforeInstall: bool(false),
  maxDaysWithoutClientRestart: intIn(0, 3650).default(30),
  trustsCmgCertRoot: bool(true),
  ipv6Only: bool(false),
  clientSettings: ClientSettings.prefault({}),
})

export const BoundaryGroupProps = z.strictObject({
  preferCloudSources: bool(false),
  allowPeerDownloads: bool(true),
})

export const NoteProps = z.strictObject({
  text: text(MAX_TEXT).default(''),
})

/** Every node kind with its props schema, in palette order. */
export const PROPS_BY_KIND = {
  site: SiteProps,
  server: ServerProps,
  managementPoint: ManagementPointProps,
  softwareUpdatePoint: SoftwareUpdatePointProps,
  distributionPoint: DistributionPointProps,
  serviceConnectionPoint: ServiceConnectionPointProps,
  cmgConnectionPoint: CmgConnectionPointProps,
  azureSubscription: AzureSubscriptionProps,
  cmg: CmgProps,
  cloudDistributionPoint: CloudDistributionPointProps,
  clientPopulation: ClientPopulationProps,
  boundaryGroup: BoundaryGroupProps,
  note: NoteProps,
} as const
export type NodeKind = keyof typeof PROPS_BY_KIND
export const NODE_KINDS = Object.keys(PROPS_BY_KIND) as NodeKind[]
export type PropsOf<K extends NodeKind> = z.output<(typeof PROPS_BY_KIND)[K]>

// ---------------------------------------------------------------------------------------------
// Nodes

const Position = z.strictObject({ x: Coord, y: Coord })
const Size = z.strictObject({ width: numIn(10, 100_000), height: numIn(10, 100_000) })

const nodeOf = <K extends NodeKind, P extends z.ZodType>(kind: K, props: P) =>
  z.strictObject({
    id: Id,
    kind: z.literal(kind),
    name: text(MAX_NAME).default(''),
    parentId: Id.optional(),
    position: Position,
    /** Width and height of a container (site, server, subscription) as drawn; optional. */
    size: Size.optional(),
    /** The id of a design phase this element first appears in; absent = always present. */
    phase: Id.optional(),
    props: props.prefault({} as z.input<P>),
  })

export const DesignNode = z.discriminatedUnion(
  'kind',
  [
    nodeOf('site', PROPS_BY_KIND.site),
    nodeOf('server', PROPS_BY_KIND.server),
    nodeOf('managementPoint', PROPS_BY_KIND.managementPoint),
    nodeOf('softwareUpdatePoint', PROPS_BY_KIND.softwareUpdatePoint),
    nodeOf('distributionPoint', PROPS_BY_KIND.distributionPoint),
    nodeOf('serviceConnectionPoint', PROPS_BY_KIND.serviceConnectionPoint),
    nodeOf('cmgConnectionPoint', PROPS_BY_KIND.cmgConnectionPoint),
    nodeOf('azureSubscription', PROPS_BY_KIND.azureSubscription),
    nodeOf('cmg', PROPS_BY_KIND.cmg),
    nodeOf('cloudDistributionPoint', PROPS_BY_KIND.cloudDistributionPoint),
    nodeOf('clientPopulation', PROPS_BY_KIND.clientPopulation),
    nodeOf('boundaryGroup', PROPS_BY_KIND.boundaryGroup),
    nodeOf('note', PROPS_BY_KIND.note),
  ],
  { error: `kind must be one of ${NODE_KINDS.join(', ')}` },
)
export type DesignNode = z.output<typeof DesignNode>
export type DesignNodeInput = z.input<typeof DesignNode>
export type NodeOfKind<K extends NodeKind> = Extract<DesignNode, { kind: K }>

// ---------------------------------------------------------------------------------------------
// Edges

export const EDGE_KINDS = [
  'hierarchy',
  'createdAt',
  'linkedTo',
  'assignedTo',
  'inBoundaryGroup',
  'references',
  'uses',
] as const
export type EdgeKind = (typeof EDGE_KINDS)[number]

export const DesignEdge = z.strictObject({
  id: Id,
  kind: z.enum(EDGE_KINDS, { error: `kind must be one of ${EDGE_KINDS.join(', ')}` }),
  source: Id,
  target: Id,
})
export type DesignEdge = z.output<typeof DesignEdge>

// ---------------------------------------------------------------------------------------------
// Design settings

export const Tenant = z.strictObject({
  id: Id,
  name: text(MAX_NAME).default(''),
  cloudManagement: bool(true),
  entraUserDiscovery: bool(false),
  authDisabled: bool(false),
})
export type Tenant = z.output<typeof Tenant>

export const Phase = z.strictObject({ id: Id, name: text(MAX_NAME) })
export type Phase = z.output<typeof Phase>

export const PriceBook = z.strictObject({
  currency: z
    .string()
    .regex(/^([A-Z]{3})?$/, { error: 'must be a three-letter currency code such as EUR' })
    .default(''),
  asOf: z.union([IsoDate, z.literal('')]).default(''),
  hoursPerMonth: numIn(1, 744).default(730),
  vmHourly: z
    .strictObject({
      Standard_B2s: Price.default(null),
      Standard_A2_v2: Price.default(null),
      Standard_A4_v2: Price.default(null),
    })
    .prefault({}),
  egressPerGB: Price.default(null),
  storagePerGBMonth: Price.default(null),
  egressMBPerClientMonth: numIn(0, 100_000).default(200),
})
export type PriceBook = z.output<typeof PriceBook>

export const DesignSettings = z.strictObject({
  name: text(MAX_NAME).default('Untitled design'),
  cmVersion: z
    .union(
      CM_VERSIONS.map((v) => z.literal(v)),
      { error: `must be one of ${CM_VERSIONS.join(', ')}` },
    )
    .default(DEFAULT_CM_VERSION),
  environment: z.enum(['production', 'lab']).default('production'),
  /** The date version-support rules compare against; the app sets it when a design is created. */
  evaluationDate: IsoDate.optional(),
  adUserDiscovery: bool(false),
  pki: z.strictObject({ available: bool(false), crlPublishedExternally: bool(false) }).prefault({}),
  tenants: listOf(Tenant, MAX_TENANTS).default([]),
  phases: listOf(Phase, MAX_PHASES).default([]),
  priceBook: PriceBook.prefault({}),
  notes: text(MAX_TEXT).default(''),
})
export type DesignSettings = z.output<typeof DesignSettings>

export const Suppression = z.strictObject({
  ruleId: z.string().regex(/^CMG-[A-Z]+-\d{3}$/, { error: 'must be a rule id such as CMG-HA-001' }),
  nodeId: Id,
  reason: text(2000).min(1, { error: 'must give a reason' }),
})
export type Suppression = z.output<typeof Suppression>

export const View = z.strictObject({
  viewport: z.strictObject({ x: Coord, y: Coord, zoom: numIn(0.01, 100) }).default({ x: 0, y: 0, zoom: 1 }),
})
