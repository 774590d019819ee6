// The design document model: zod schemas for the whole file-format contract (file-format.md and
// cmg-rules.md section 3) and the types inferred from them. Pure TypeScript; runs in the renderer,
// its worker, main and the CLI. Every number is finite and bounded, every string and array has a
// maximum length, every id matches ID_PATTERN. Out-of-range values that a rule exists to catch
// (17 CMG VMs, a 1024-bit key, an undocumented VM size) are deliberately loadable, so that the
// rules engine can explain them instead of the loader refusing the file.
import { z } from 'zod'
import { CM_VERSIONS, DEFAULT_CM_VERSION } from './versions'
import { COORD_MAX, MAX_NAME, MAX_PHASES, MAX_TENANTS, MAX_TEXT } from './limits'
import { bool, Id, listOf, numIn, text } from './primitives'
import { AzureSubscriptionProps } from '../kinds/azure-subscription'
import { BoundaryGroupProps } from '../kinds/boundary-group'
import { ClientPopulationProps } from '../kinds/client-population'
import { CloudDistributionPointProps } from '../kinds/cloud-distribution-point'
import { CmgProps } from '../kinds/cmg'
import { CmgConnectionPointProps } from '../kinds/cmg-connection-point'
import { DistributionPointProps } from '../kinds/distribution-point'
import { ManagementPointProps } from '../kinds/management-point'
import { NoteProps } from '../kinds/note'
import { ServerProps } from '../kinds/server'
import { ServiceConnectionPointProps } from '../kinds/service-connection-point'
import { SiteProps } from '../kinds/site'
import { SoftwareUpdatePointProps } from '../kinds/software-update-point'

/** The site types, for code that maps another tool's site types onto these. */
export { SITE_TYPES } from '../kinds/site'

// ---------------------------------------------------------------------------------------------
// Props per node kind, declared with each kind (src/shared/kinds). Each property has its default;
// `{}` parses to a complete props object.

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

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
const Coord = numIn(-COORD_MAX, COORD_MAX)
const Price = numIn(0, 1_000_000).nullable()

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
