// What the importer knows about Configuration Manager's exports: the four classes it reads (sites,
// site system roles, boundary groups, cloud services), the columns of each under their WMI and
// SQL-view spellings, how a file's columns tell which export it is, and the one table mapping every
// documented site system RoleName to an element kind (or to "not modelled"). Documented in
// docs/import.md. Pure data and lookups.
import type { NodeKind } from '../model/schema'
import type { Table } from './table'

export const SOURCE_KINDS = ['sites', 'roles', 'boundaryGroups', 'cloudServices'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** The class and view names, for messages and the report. */
export const SOURCE_LABEL: Readonly<Record<SourceKind, string>> = {
  sites: 'sites (SMS_Site / v_Site)',
  roles: 'site system roles (SMS_SystemResourceList / v_SystemResourceList)',
  boundaryGroups: 'boundary groups (SMS_BoundaryGroup / vSMS_BoundaryGroup)',
  cloudServices: 'cloud services (SMS_AzureService)',
}

/**
 * Each field the importer reads, with the column names (normalised: lower case, letters and
 * digits only) it is found under. WMI property names and SQL view columns mostly agree; the
 * aliases cover the SQL spellings and the names people give columns in their own queries.
 */
export const COLUMNS = {
  sites: {
    siteCode: ['sitecode'],
    siteName: ['sitename'],
    type: ['type', 'sitetype'],
    reportingSiteCode: ['reportingsitecode', 'parentsitecode', 'reportingsite'],
    serverName: ['servername', 'siteserver', 'siteservername'],
    buildNumber: ['buildnumber'],
    version: ['version', 'siteversion'],
  },
  roles: {
    roleName: ['rolename'],
    siteCode: ['sitecode'],
    serverName: ['servername', 'networkospath'],
    serverRemoteName: ['serverremotename'],
    nalPath: ['nalpath'],
    resourceType: ['resourcetype'],
    sslState: ['sslstate'],
    internetEnabled: ['internetenabled'],
    internetShared: ['internetshared'],
  },
  boundaryGroups: {
    groupId: ['groupid', 'boundarygroupid'],
    name: ['name', 'groupname', 'boundarygroupname'],
    defaultSiteCode: ['defaultsitecode'],
  },
  cloudServices: {
    name: ['name'],
    serviceType: ['servicetype'],
    serviceCName: ['servicecname'],
    subscriptionId: ['subscriptionid'],
    region: ['region'],
    siteCode: ['sitecode'],
    numberOfInstances: ['numberofinstances'],
    trafficOutInGB: ['trafficoutingb'],
    trafficWarningThreshold: ['trafficwarningthreshold'],
    trafficCriticalThreshold: ['trafficcriticalthreshold'],
    trafficOutStopService: ['trafficoutstopservice'],
    storageQuotaInGB: ['storagequotaingb'],
  },
} as const satisfies Record<SourceKind, Record<string, readonly string[]>>

export type FieldOf<S extends SourceKind> = keyof (typeof COLUMNS)[S]

/** The value of `field` in a row (trimmed; SSMS writes NULL for a null), or '' when absent. */
export function cell<S extends SourceKind>(
  source: S,
  cells: ReadonlyMap<string, string>,
  field: FieldOf<S>,
): string {
  for (const alias of (COLUMNS[source] as Record<FieldOf<S>, readonly string[]>)[field]) {
    const value = cells.get(alias)
    if (value !== undefined) return value === 'NULL' ? '' : value
  }
  return ''
}

/** Which export a table is, from its columns; undefined when it is none the importer reads. */
export function detectSource(table: Table): SourceKind | undefined {
  const keys = new Set(table.rows.flatMap((r) => [...r.cells.keys()]))
  for (const c of table.columns) keys.add(c.toLowerCase().replace(/[^a-z0-9]/g, ''))
  const has = <S extends SourceKind>(source: S, field: FieldOf<S>) =>
    (COLUMNS[source] as Record<FieldOf<S>, readonly string[]>)[field].some((a) => keys.has(a))
  if (has('roles', 'roleName') && has('roles', 'siteCode')) return 'roles'
  if (
    has('cloudServices', 'serviceCName') ||
    (has('cloudServices', 'serviceType') && has('cloudServices', 'subscriptionId'))
  )
    return 'cloudServices'
  if (
    has('boundaryGroups', 'groupId') ||
    (has('boundaryGroups', 'name') && has('boundaryGroups', 'defaultSiteCode'))
  )
    return 'boundaryGroups'
  if (has('sites', 'siteCode') && (has('sites', 'type') || has('sites', 'reportingSiteCode'))) return 'sites'
  return undefined
}

/** SMS_Site.Type: 1 secondary, 2 primary, 4 central administration site. */
export const SITE_TYPE_CODES: Readonly<Record<string, 'cas' | 'primary' | 'secondary'>> = {
  '1': 'secondary',
  '2': 'primary',
  '4': 'cas',
  secondary: 'secondary',
  primary: 'primary',
  cas: 'cas',
  centraladministrationsite: 'cas',
}

/** SMS_Site.BuildNumber of each current-branch release (cmg-rules.md section 6.1). */
export const BUILD_VERSIONS: Readonly<Record<string, number>> = {
  '9012': 2006,
  '9040': 2010,
  '9049': 2103,
  '9058': 2107,
  '9068': 2111,
  '9078': 2203,
  '9088': 2207,
  '9096': 2211,
  '9106': 2303,
  '9122': 2309,
  '9128': 2403,
  '9132': 2409,
  '9135': 2503,
  '9141': 2509,
  '9146': 2603,
}

/** What a RoleName becomes: an element of a kind, a fact about the server, or nothing we model. */
export type RoleMapping =
  | {
      readonly kind: Extract<
        NodeKind,
        | 'managementPoint'
        | 'softwareUpdatePoint'
        | 'distributionPoint'
        | 'serviceConnectionPoint'
        | 'cmgConnectionPoint'
      >
    }
  | { readonly server: 'siteServer' | 'siteSystem' }
  | { readonly notModelled: string }

/**
 * The one table of site system roles (SMS_SystemResourceList.RoleName). Roles with a kind become
 * elements on their server; "SMS Site Server" marks the server as the site server; "SMS Site
 * System" is the server itself. The others are listed in the import report as not modelled, and
 * their servers are still imported. A RoleName not in this table is reported as unknown.
 */
export const ROLE_TABLE: Readonly<Record<string, RoleMapping>> = {
  'SMS Management Point': { kind: 'managementPoint' },
  'SMS Software Update Point': { kind: 'softwareUpdatePoint' },
  'SMS Distribution Point': { kind: 'distributionPoint' },
  'SMS Service Connector': { kind: 'serviceConnectionPoint' },
  'SMS Cloud Proxy Connector': { kind: 'cmgConnectionPoint' },
  'SMS Site Server': { server: 'siteServer' },
  'SMS Site System': { server: 'siteSystem' },
  'SMS SQL Server': { notModelled: 'Site database server' },
  'SMS Provider': { notModelled: 'SMS Provider' },
  'SMS Component Server': { notModelled: 'Component server' },
  'SMS Fallback Status Point': { notModelled: 'Fallback status point' },
  'SMS SRS Reporting Point': { notModelled: 'Reporting services point' },
  'SMS Application Web Service': { notModelled: 'Application Catalog web service point' },
  'SMS Portal Web Site': { notModelled: 'Application Catalog website point' },
  'SMS State Migration Point': { notModelled: 'State migration point' },
  'SMS Endpoint Protection Point': { notModelled: 'Endpoint Protection point' },
  'AI Update Service Point': { notModelled: 'Asset Intelligence synchronization point' },
  'SMS Certificate Registration Point': { notModelled: 'Certificate registration point' },
  'SMS Data Warehouse Service Point': { notModelled: 'Data warehouse service point' },
  'SMS System Health Validator': { notModelled: 'System Health Validator point' },
  'SMS Enrollment Server': { notModelled: 'Enrollment point' },
  'SMS Enrollment Web Site': { notModelled: 'Enrollment proxy point' },
  'SMS Multicast Service Point': { notModelled: 'Multicast service point' },
  'SMS PXE Service Point': { notModelled: 'PXE service point' },
  'SMS Out of Band Service Point': { notModelled: 'Out of band service point' },
}

const ROLE_BY_LOWER = new Map(Object.entries(ROLE_TABLE).map(([name, m]) => [name.toLowerCase(), m]))

/** The mapping of a RoleName (case-insensitive), or undefined for a role the table does not know. */
export const roleMapping = (roleName: string): RoleMapping | undefined =>
  ROLE_BY_LOWER.get(roleName.toLowerCase())

/**
 * SMS_AzureService.ServiceType: "CloudProxyService" is a cloud management gateway and "CloudDP" a
 * cloud distribution point.
 */
export const CLOUD_SERVICE_KINDS: Readonly<Record<string, 'cmg' | 'cloudDistributionPoint'>> = {
  cloudproxyservice: 'cmg',
  clouddp: 'cloudDistributionPoint',
}
