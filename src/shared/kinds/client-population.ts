// The client population element: a group of devices, where they roam and how they authenticate.
// Pure.
import { z } from 'zod'
import { bool, Id, intIn, listOf } from '../model/primitives'
import { formatCount } from '../util/format-count'
import { field } from './field'
import { defineKind } from './kind'

export const POP_LOCATIONS = ['internet', 'intranet', 'vpn', 'branch', 'mixed'] as const
export const POP_OS = ['win10plus', 'win81', 'winServer', 'macOS'] as const
export const JOIN_TYPES = ['adDomain', 'hybridJoined', 'entraJoined', 'workgroup'] as const
export const AUTH_METHODS = ['entra', 'pki', 'token'] as const

export const LOCATION_LABEL = {
  internet: 'Internet',
  intranet: 'Intranet',
  vpn: 'VPN',
  branch: 'Branch offices',
  mixed: 'Mixed locations',
} as const satisfies Record<(typeof POP_LOCATIONS)[number], string>

export const JOIN_TYPE_LABEL = {
  adDomain: 'AD domain-joined',
  hybridJoined: 'Hybrid Entra-joined',
  entraJoined: 'Entra-joined',
  workgroup: 'Workgroup',
} as const satisfies Record<(typeof JOIN_TYPES)[number], string>

/** How the clients authenticate to the CMG. */
export const AUTH_METHOD_LABEL = {
  entra: 'Entra ID',
  pki: 'PKI client certificate',
  token: 'Site token',
} as const satisfies Record<(typeof AUTH_METHODS)[number], string>

export const ClientSettings = z.strictObject({
  enableCmg: field(bool(true), {
    label: 'Enable clients to use a CMG',
    help: 'With No, clients use no CMG whatever their authentication. Default Yes.',
  }),
  allowCloudDp: field(bool(true), {
    label: 'Allow access to cloud DP',
    help: 'Must be Yes for devices to download content from a content-enabled CMG.',
  }),
  autoRegisterHybrid: field(bool(true), { label: 'Register domain-joined devices with Entra ID' }),
  deltaContent: field(bool(false), {
    label: 'Download delta content',
    help: 'With delta download on, third-party update content does not download from the CMG.',
  }),
  userPolicyFromInternet: field(bool(false), { label: 'User policy from internet clients' }),
})

export const ClientPopulationProps = z.strictObject({
  count: field(intIn(0, 10_000_000).default(1000), {
    label: 'Clients',
    unit: 'devices',
    help: 'Number of devices in this population.',
  }),
  /** Peak simultaneous CMG connections; absent means "all of count" (the conservative default). */
  concurrent: field(intIn(0, 10_000_000).optional(), {
    label: 'Concurrent',
    unit: 'devices',
    placeholder: 'all clients',
    help: 'Peak number connected to the CMG at the same time; CMG sizing is based on it. Empty = all clients (conservative).',
  }),
  location: field(z.enum(POP_LOCATIONS).default('internet'), {
    label: 'Location',
    options: LOCATION_LABEL,
    help: 'Clients on the intranet, VPN or in branches use a CMG only if it is a reference of their boundary group.',
  }),
  usesCmg: field(bool(true), {
    label: 'Uses the CMG',
    help: 'These clients reach their site through a CMG.',
  }),
  intendsCmg: field(bool(false), {
    label: 'Intranet devices meant to use the CMG',
    help: 'Internal devices that should still use the CMG (needs a boundary group referencing it).',
  }),
  os: field(listOf(z.enum(POP_OS), POP_OS.length).default(['win10plus']), {
    label: 'Operating systems',
    options: {
      win10plus: 'Windows 10 or later',
      win81: 'Windows 8.1',
      winServer: 'Windows Server',
      macOS: 'macOS',
    },
    help: 'The CMG does not support macOS clients; Entra ID authentication needs Windows 10 or later.',
  }),
  joinType: field(z.enum(JOIN_TYPES).default('adDomain'), { label: 'Join type', options: JOIN_TYPE_LABEL }),
  identityType: field(z.enum(['cloud', 'hybrid']).default('hybrid'), {
    label: 'User identities',
    options: { cloud: 'Cloud only', hybrid: 'Hybrid (synced)' },
    help: 'Hybrid identities need both Active Directory user discovery and Entra user discovery.',
  }),
  usersHaveEntraIdentity: field(bool(true), { label: 'Users have Entra identities' }),
  /** The id of an entry in design.tenants holding the users' and devices' identities ('' = not set). */
  identityTenantId: field(z.union([Id, z.literal('')]).default(''), {
    label: 'Identity tenant',
    widget: 'tenant',
    help: 'The Entra tenant of the users and devices; for Entra authentication it must be onboarded to the site.',
  }),
  authMethod: field(z.enum(AUTH_METHODS).default('token'), {
    label: 'Authentication',
    options: AUTH_METHOD_LABEL,
    help: 'Entra ID needs Windows 10+ Entra- or hybrid-joined devices; user-targeted deployments over the CMG need Entra ID.',
  }),
  needsUserTargeting: field(bool(false), { label: 'User-targeted deployments' }),
  needsContent: field(bool(true), { label: 'Needs content' }),
  needsSoftwareUpdates: field(bool(true), { label: 'Needs software updates' }),
  needsClientInstallOverInternet: field(bool(false), {
    label: 'Client install over the internet',
    help: 'Needs a bulk token, Entra join or a pre-issued PKI certificate; client push does not work through the CMG.',
  }),
  registersOnIntranet: field(bool(true), {
    label: 'Registers on the intranet first',
    help: 'The client gets its site token from an on-premises management point.',
  }),
  bulkTokenPlanned: field(bool(false), { label: 'Bulk registration token' }),
  bulkTokenLifetimeMin: field(intIn(1, 1_000_000).default(4320), {
    label: 'Bulk token lifetime',
    unit: 'min',
    help: 'Default 4,320 minutes (3 days), at most 10,080 (7 days); a bulk token cannot be renewed.',
  }),
  hasUniqueClientCertBeforeInstall: field(bool(false), {
    label: 'PKI certificate before client install',
    help: 'A unique trusted client certificate is present before the client is installed over the internet.',
  }),
  maxDaysWithoutClientRestart: field(intIn(0, 3650).default(30), {
    label: 'Longest time without restart',
    unit: 'days',
    help: 'A site token lasts 90 days and renews only when the client service starts.',
  }),
  trustsCmgCertRoot: field(bool(true), {
    label: 'Trusts the CMG certificate root',
    help: 'Needed when the CMG certificate comes from an enterprise PKI.',
  }),
  ipv6Only: field(bool(false), {
    label: 'IPv6 only',
    help: 'The CMG does not support clients that only talk IPv6.',
  }),
  clientSettings: field(ClientSettings.prefault({}), { label: 'Client settings' }),
})

export const clientPopulation = defineKind({
  props: ClientPopulationProps,
  label: 'Client population',
  tag: 'Clients',
  inFindings: 'Population',
  phrase: 'a client population',
  namePrefix: 'Client population',
  nameStyle: 'words',
  idPrefix: 'pop',
  group: 'Clients',
  hint: 'A group of devices and where they roam',
  size: { width: 240, height: 84 },
  colour: { line: '#15803d', fill: '#effaf2' },
  form: [
    { title: 'Size', fields: ['count', 'concurrent'] },
    { title: 'Location', fields: ['location', 'usesCmg', 'intendsCmg', 'ipv6Only'] },
    { title: 'Devices', fields: ['os', 'joinType', 'maxDaysWithoutClientRestart'] },
    {
      title: 'Identity and authentication',
      fields: [
        'authMethod',
        'identityType',
        'usersHaveEntraIdentity',
        'identityTenantId',
        'trustsCmgCertRoot',
        'hasUniqueClientCertBeforeInstall',
      ],
    },
    {
      title: 'Workloads',
      fields: [
        'needsContent',
        'needsSoftwareUpdates',
        'needsUserTargeting',
        'needsClientInstallOverInternet',
      ],
    },
    { title: 'Registration', fields: ['registersOnIntranet', 'bulkTokenPlanned', 'bulkTokenLifetimeMin'] },
    { title: 'Client settings', fields: ['clientSettings'] },
  ],
  oneLine: false,
  summary: (p) => [
    {
      text: `${formatCount(p.count)} clients${p.concurrent === undefined ? '' : ` (${formatCount(p.concurrent)} concurrent)`}`,
    },
    { text: `${AUTH_METHOD_LABEL[p.authMethod]} · ${LOCATION_LABEL[p.location]}` },
  ],
})
