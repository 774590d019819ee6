// How each element kind is named and grouped in the editor: labels for the canvas, the palette,
// accessible names and refusal messages, and the prefixes for new elements' readable names. Pure
// (no DOM, no React); runs in the renderer.
import { KIND_LABEL } from '../../../shared/model/kind-labels'
import type { EdgeKind, NodeKind } from '../../../shared/model/schema'

export interface KindInfo {
  /** Label as a heading or accessible-name prefix: "Management point". */
  readonly label: string
  /** Short tag drawn on the node: "MP". */
  readonly short: string
  /** The kind inside a sentence, with its article: "a management point". */
  readonly phrase: string
  /** Palette group. */
  readonly group: PaletteGroup
  /** One-line palette help. */
  readonly hint: string
  /** Prefix of generated names: MP → MP01, MP02… */
  readonly namePrefix: string
  /** Generated names are "<prefix><NN>" (MP01) or "<prefix> <N>" (Client population 1). */
  readonly nameStyle: 'code' | 'words'
}

export const PALETTE_GROUPS = ['Hierarchy', 'Site systems', 'Azure', 'Clients', 'Annotations'] as const
export type PaletteGroup = (typeof PALETTE_GROUPS)[number]

export const KIND_INFO: Readonly<Record<NodeKind, KindInfo>> = {
  site: {
    label: KIND_LABEL.site,
    short: 'Site',
    phrase: 'a site',
    group: 'Hierarchy',
    hint: 'CAS, primary or secondary site; holds its servers',
    namePrefix: 'Site',
    nameStyle: 'words',
  },
  server: {
    label: KIND_LABEL.server,
    short: 'Server',
    phrase: 'a server',
    group: 'Site systems',
    hint: 'Site system server inside a site; holds roles',
    namePrefix: 'SRV',
    nameStyle: 'code',
  },
  managementPoint: {
    label: KIND_LABEL.managementPoint,
    short: 'MP',
    phrase: 'a management point',
    group: 'Site systems',
    hint: 'Role on a server; policy and inventory',
    namePrefix: 'MP',
    nameStyle: 'code',
  },
  softwareUpdatePoint: {
    label: KIND_LABEL.softwareUpdatePoint,
    short: 'SUP',
    phrase: 'a software update point',
    group: 'Site systems',
    hint: 'Role on a server; WSUS scans',
    namePrefix: 'SUP',
    nameStyle: 'code',
  },
  distributionPoint: {
    label: KIND_LABEL.distributionPoint,
    short: 'DP',
    phrase: 'a distribution point',
    group: 'Site systems',
    hint: 'Role on a server; content',
    namePrefix: 'DP',
    nameStyle: 'code',
  },
  serviceConnectionPoint: {
    label: KIND_LABEL.serviceConnectionPoint,
    short: 'SCP',
    phrase: 'a service connection point',
    group: 'Site systems',
    hint: 'Role on a server; deploys the CMG to Azure',
    namePrefix: 'SCP',
    nameStyle: 'code',
  },
  cmgConnectionPoint: {
    label: KIND_LABEL.cmgConnectionPoint,
    short: 'CMG CP',
    phrase: 'a CMG connection point',
    group: 'Site systems',
    hint: 'Role on a server; links the site to a CMG',
    namePrefix: 'CMGCP',
    nameStyle: 'code',
  },
  azureSubscription: {
    label: KIND_LABEL.azureSubscription,
    short: 'Subscription',
    phrase: 'an Azure subscription',
    group: 'Azure',
    hint: 'Holds CMGs and cloud distribution points',
    namePrefix: 'Subscription',
    nameStyle: 'words',
  },
  cmg: {
    label: KIND_LABEL.cmg,
    short: 'CMG',
    phrase: 'a CMG',
    group: 'Azure',
    hint: 'Azure VM scale set inside a subscription',
    namePrefix: 'CMG',
    nameStyle: 'code',
  },
  cloudDistributionPoint: {
    label: KIND_LABEL.cloudDistributionPoint,
    short: 'CDP',
    phrase: 'a cloud distribution point',
    group: 'Azure',
    hint: 'Legacy cloud DP inside a subscription',
    namePrefix: 'CDP',
    nameStyle: 'code',
  },
  clientPopulation: {
    label: KIND_LABEL.clientPopulation,
    short: 'Clients',
    phrase: 'a client population',
    group: 'Clients',
    hint: 'A group of devices and where they roam',
    namePrefix: 'Client population',
    nameStyle: 'words',
  },
  boundaryGroup: {
    label: KIND_LABEL.boundaryGroup,
    short: 'Boundary',
    phrase: 'a boundary group',
    group: 'Clients',
    hint: 'Site systems a set of clients should use',
    namePrefix: 'Boundary group',
    nameStyle: 'words',
  },
  note: {
    label: KIND_LABEL.note,
    short: 'Note',
    phrase: 'a note',
    group: 'Annotations',
    hint: 'A sticky note for workshop remarks',
    namePrefix: 'Note',
    nameStyle: 'words',
  },
}

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
  const label = KIND_INFO[kind].label
  return name.trim() === '' ? label : `${label} ${name}`
}

/** Capitalises the first letter: "a site" → "A site". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
