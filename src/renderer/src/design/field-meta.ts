// What the inspector says about each property: its label, unit, help text (paraphrased from the
// rules catalogue, cmg-rules.md section 3, and the file-format contract), labels for enum values,
// and how an element kind's properties are grouped and ordered (a CMG: Identity, Deployment,
// Scale, Content, Security, Alerts, Cost). Also the design settings form, the ConfigMgr version
// labels with their end of support, and how a connection reads from either end. Pure (no DOM, no
// React); runs in the renderer.
import type { EdgeKind, NodeKind } from '../../../shared/model/schema'
import { SUPPORT_END, type CmVersion } from '../../../shared/model/versions'

export interface FieldMeta {
  readonly label: string
  /** Shown after the input; "{currency}" is replaced by the price book's currency. */
  readonly unit?: string
  readonly help?: string
  /** Display labels of enum values (value → label). */
  readonly options?: Readonly<Record<string, string>>
  /**
   * A different control than the schema implies: a multi-line text, a date picker, a select of the
   * design's Entra tenants, or a text input that suggests values (but accepts others).
   */
  readonly widget?: 'textarea' | 'date' | 'tenant' | 'suggest'
  readonly suggestions?: readonly string[]
  readonly placeholder?: string
  /** For a list of objects: the entry "Add" appends. */
  readonly newItem?: Readonly<Record<string, unknown>>
}

export interface FieldGroup {
  readonly title: string
  /** Top-level property names, in display order. */
  readonly fields: readonly string[]
}

export interface FormMeta {
  readonly groups: readonly FieldGroup[]
  /** Metadata by dotted path: "vmCount", "resourceGroup.region", "outboundPorts.from". */
  readonly fields: Readonly<Record<string, FieldMeta>>
  /** Top-level properties the form does not generate (edited by hand-made controls). */
  readonly custom?: readonly string[]
}

/** "allowCmgTraffic" → "Allow cmg traffic": the fallback label of a property without metadata. */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The metadata of the property at `path` (a humanised label if the form has none). */
export function fieldMeta(form: FormMeta, path: readonly string[]): FieldMeta {
  return form.fields[path.join('.')] ?? { label: humanise(path[path.length - 1] ?? '') }
}

const YES_NO_CONNECTIONS = {
  intranet: 'Intranet only',
  internet: 'Internet only',
  both: 'Intranet and internet',
}
const REGION_HELP =
  'Azure short region name: lowercase letters and digits, no spaces (eastus, westeurope), as in the deployment name <prefix>.<region>.cloudapp.azure.com.'

const SITE: FormMeta = {
  groups: [
    { title: 'Site', fields: ['siteCode', 'type', 'location'] },
    {
      title: 'Communication security',
      fields: [
        'commSecurity',
        'ehttpEnabled',
        'usePkiClientCertWhenAvailable',
        'clientsCheckCrl',
        'restrictedCtl',
      ],
    },
    { title: 'Database and updates', fields: ['sqlEdition', 'usesSoftwareUpdates'] },
  ],
  fields: {
    siteCode: {
      label: 'Site code',
      help: 'Three letters or digits, unique in the hierarchy (for example NYC).',
      placeholder: 'ABC',
    },
    type: {
      label: 'Site type',
      options: { cas: 'Central administration site', primary: 'Primary site', secondary: 'Secondary site' },
      help: 'A CMG is created at the CAS or a primary site; CMG connection points belong on primary sites. Secondary sites host neither.',
    },
    location: { label: 'Location', help: 'Datacenter or city; shown on the canvas and in the report only.' },
    commSecurity: {
      label: 'Client communication',
      options: { httpsOnly: 'HTTPS only', httpsOrHttp: 'HTTPS or HTTP' },
      help: 'HTTPS or HTTP is the console default. HTTP-only communication was deprecated in 2103 and removed in 2403: use Enhanced HTTP or HTTPS only.',
    },
    ehttpEnabled: {
      label: 'Enhanced HTTP',
      help: '"Use Configuration Manager-generated certificates for HTTP site systems". Lets an HTTP management point accept CMG traffic; effectively required from 2403 unless the site is HTTPS only.',
    },
    usePkiClientCertWhenAvailable: {
      label: 'Use PKI client certificate when available',
      help: 'Must be on for a primary whose internet clients authenticate with PKI client certificates.',
    },
    clientsCheckCrl: {
      label: 'Clients check the CRL',
      help: 'Clients check the certificate revocation list of site systems; turn off when no CRL is published.',
    },
    restrictedCtl: {
      label: 'Restricted trusted root list',
      help: 'The site trusts only your issuing root CAs. Without it any client certificate chaining to a trusted root (public CAs too) can register.',
    },
    sqlEdition: {
      label: 'SQL Server edition',
      options: { standard: 'Standard', enterprise: 'Enterprise' },
      help: 'Matters at a CAS: with SQL Server Standard the hierarchy supports at most 50,000 clients.',
    },
    usesSoftwareUpdates: {
      label: 'Uses software updates',
      help: 'The CAS and every primary that manages software updates need a software update point.',
    },
  },
}

const SERVER: FormMeta = {
  groups: [
    { title: 'Server', fields: ['fqdn', 'os', 'isSiteServer'] },
    { title: 'Certificates', fields: ['hasClientAuthCert'] },
    { title: 'Network', fields: ['outbound443Azure', 'proxy', 'tcpDynamicPortsExtended', 'outboundPorts'] },
  ],
  fields: {
    fqdn: {
      label: 'FQDN',
      placeholder: 'server.contoso.com',
      help: 'Fully qualified domain name of the site system server.',
    },
    os: {
      label: 'Operating system',
      options: {
        WS2012: 'Windows Server 2012',
        WS2012R2: 'Windows Server 2012 R2',
        WS2016: 'Windows Server 2016',
        WS2019: 'Windows Server 2019',
        WS2022: 'Windows Server 2022',
        WS2025: 'Windows Server 2025',
      },
      help: 'From 2403, site system roles on Windows Server 2012 and 2012 R2 are unsupported.',
    },
    isSiteServer: { label: 'Site server', help: 'This server is the site server of its site.' },
    hasClientAuthCert: {
      label: 'Client authentication certificate',
      help: 'A CMG connection point forwarding PKI clients to an HTTPS management point needs its own client authentication certificate.',
    },
    outbound443Azure: {
      label: 'Outbound HTTPS 443 to Azure',
      help: 'The service connection point and the site server deploy the CMG over HTTPS 443 to Azure Resource Manager.',
    },
    proxy: {
      label: 'Proxy',
      placeholder: 'none',
      help: 'Web proxy for the CMG connection point, if any. TCP-TLS (classic CMGs) cannot use a proxy.',
    },
    tcpDynamicPortsExtended: {
      label: 'Dynamic port range enlarged',
      help: "Each client holds a TCP connection through the CMG connection point; Windows' default dynamic range is 16,384 ports.",
    },
    outboundPorts: {
      label: 'Outbound ports to the CMG',
      newItem: { from: 443, to: 443 },
      help: 'Port ranges this server may open outbound to the CMG. VMSS: HTTPS 443 with one VM, 10124 upwards (one per VM) with two or more; classic also TCP-TLS 10140 upwards.',
    },
    'outboundPorts.from': { label: 'From' },
    'outboundPorts.to': { label: 'To' },
  },
}

const MANAGEMENT_POINT: FormMeta = {
  groups: [
    { title: 'Connections', fields: ['protocol', 'clientConnections', 'allowCmgTraffic'] },
    { title: 'Authentication', fields: ['aspNet45'] },
  ],
  fields: {
    protocol: {
      label: 'Protocol',
      options: { http: 'HTTP', https: 'HTTPS' },
      help: 'A management point that allows CMG traffic must use HTTPS, or its site must use Enhanced HTTP.',
    },
    clientConnections: {
      label: 'Client connections',
      options: YES_NO_CONNECTIONS,
      help: 'Microsoft suggests an internet-only HTTPS MP when only some MPs are HTTPS and E-HTTP is off.',
    },
    allowCmgTraffic: {
      label: 'Allow CMG traffic',
      help: '"Allow Configuration Manager cloud management gateway traffic". Each primary with internet clients needs at least one such MP. One MP serves 25,000 clients.',
    },
    aspNet45: {
      label: 'ASP.NET 4.5 enabled',
      help: 'Required on management points that authenticate Entra ID clients.',
    },
  },
}

const SOFTWARE_UPDATE_POINT: FormMeta = {
  groups: [
    { title: 'Connections', fields: ['clientConnections', 'allowCmgTraffic', 'wsusSsl'] },
    { title: 'Scale', fields: ['remote', 'wsusPoolTuned', 'nlb'] },
  ],
  fields: {
    clientConnections: { label: 'Client connections', options: YES_NO_CONNECTIONS },
    allowCmgTraffic: {
      label: 'Allow CMG traffic',
      help: 'Internet clients scan only against a software update point that allows CMG traffic (content still comes from Microsoft Update).',
    },
    wsusSsl: { label: 'WSUS over SSL', help: 'WSUS uses port 8531 (SSL) instead of 8530.' },
    remote: {
      label: 'Dedicated server',
      help: 'The SUP does not share its server with another site system role.',
    },
    wsusPoolTuned: {
      label: 'WsusPool tuned',
      help: 'Queue length 2000 and private memory ×4 (or unlimited). A tuned SUP on a dedicated server supports 150,000 clients; otherwise 25,000.',
    },
    nlb: {
      label: 'Network load balancer',
      help: 'SUPs behind a network load balancer do not work with the CMG.',
    },
  },
}

const DISTRIBUTION_POINT: FormMeta = {
  groups: [{ title: 'Distribution point', fields: ['isPull', 'internetFacing'] }],
  fields: {
    isPull: {
      label: 'Pull distribution point',
      help: 'A site supports 250 distribution points plus 2,000 pull DPs; each DP serves 4,000 clients.',
    },
    internetFacing: {
      label: 'Internet-facing',
      help: 'Serves content to internet clients directly (IBCM), besides a content-enabled CMG.',
    },
  },
}

const SERVICE_CONNECTION_POINT: FormMeta = {
  groups: [{ title: 'Service connection point', fields: ['mode'] }],
  fields: {
    mode: {
      label: 'Mode',
      options: { online: 'Online', offline: 'Offline' },
      help: 'The SCP deploys and monitors every CMG and must be online. A hierarchy has exactly one, at the top-tier site.',
    },
  },
}

const CMG_CONNECTION_POINT: FormMeta = { groups: [], fields: {} }

const AZURE_SUBSCRIPTION: FormMeta = {
  groups: [
    { title: 'Subscription', fields: ['subscriptionName', 'tenantId', 'isCsp'] },
    { title: 'Resource providers', fields: ['registeredProviders'] },
  ],
  fields: {
    subscriptionName: { label: 'Subscription name' },
    tenantId: {
      label: 'Entra tenant',
      widget: 'tenant',
      help: 'The tenant that owns the subscription; the site must be onboarded to it (Cloud Management) to deploy the CMG. Tenants are listed in the design settings.',
    },
    isCsp: {
      label: 'CSP subscription',
      help: 'Cloud Solution Provider subscriptions can host only VM scale set CMGs (2010 and later).',
    },
    registeredProviders: {
      label: 'Registered providers',
      placeholder: 'One per line',
      help: 'One per line. A VMSS CMG needs Microsoft.KeyVault, Microsoft.Storage, Microsoft.Network and Microsoft.Compute; a classic one Microsoft.ClassicCompute and Microsoft.Storage.',
    },
  },
}

const CMG: FormMeta = {
  groups: [
    {
      title: 'Identity',
      fields: ['prefix', 'serviceNameCn', 'certIssuer', 'certKeyLength', 'dnsCnameConfigured'],
    },
    { title: 'Deployment', fields: ['method', 'lifecycle', 'azureEnvironment', 'region', 'resourceGroup'] },
    { title: 'Scale', fields: ['vmSize', 'vmCount'] },
    { title: 'Content', fields: ['contentEnabled', 'contentTypes'] },
    {
      title: 'Security',
      fields: ['enforceTls12', 'verifyClientCertRevocation', 'trustedRootChainUploaded', 'inlineInspection'],
    },
    { title: 'Alerts', fields: ['alerts'] },
    { title: 'Cost', fields: ['contentStorageGB'] },
  ],
  fields: {
    prefix: {
      label: 'Name (prefix)',
      placeholder: 'GraniteFalls',
      help: '3-24 characters: starts with a letter, ends with a letter or digit, no consecutive hyphens. Letters and digits only is safest (storage account). Must be unique in Azure.',
    },
    serviceNameCn: {
      label: 'Service name',
      placeholder: 'prefix.contoso.com',
      help: "The CN of the server authentication certificate. In your own domain it needs a public DNS CNAME to the deployment name; a public CA can't issue for cloudapp.net or cloudapp.azure.com.",
    },
    certIssuer: {
      label: 'Certificate issuer',
      options: { publicCA: 'Public CA', enterprisePKI: 'Enterprise PKI' },
      help: 'Internet clients must trust the root of the server certificate; with an enterprise PKI the root has to be distributed to them.',
    },
    certKeyLength: {
      label: 'Key length',
      unit: 'bits',
      help: 'The server certificate key must be 2048 or 4096 bits.',
    },
    dnsCnameConfigured: {
      label: 'DNS CNAME configured',
      help: 'A public CNAME maps the service name to the Azure deployment name; update it after a convert.',
    },
    method: {
      label: 'Deployment method',
      options: {
        vmss: 'Virtual machine scale set',
        classic: 'Cloud service (classic)',
        asm: 'Azure Service Manager (classic)',
      },
      help: 'VM scale set from 2010 (GA in 2107). Creating classic CMGs was removed in 2203 and support ended in 2403; Azure Service Manager deployments ended in 2022.',
    },
    lifecycle: {
      label: 'Lifecycle',
      options: { new: 'New', existing: 'Existing', convert: 'Convert to VM scale set' },
      help: 'Whether this CMG is to be created, already runs, or is a classic CMG to be converted (2107 and later).',
    },
    azureEnvironment: {
      label: 'Azure environment',
      options: {
        AzurePublicCloud: 'Azure public cloud',
        AzureUSGovernmentCloud: 'Azure US Government',
        AzureChinaCloud: 'Azure China (not supported)',
        AzureGermanCloud: 'Azure Germany (not supported)',
      },
      help: 'A CMG can be hosted only in global Azure or Azure US Government (VMSS there from 2111).',
    },
    region: { label: 'Region', placeholder: 'eastus', help: REGION_HELP },
    resourceGroup: { label: 'Resource group' },
    'resourceGroup.name': {
      label: 'Name',
      help: 'In 2010/2103 a VMSS resource group name may contain only lowercase letters, digits and hyphens.',
    },
    'resourceGroup.mode': { label: 'Mode', options: { new: 'Create new', existing: 'Use existing' } },
    'resourceGroup.region': {
      label: 'Region',
      placeholder: 'eastus',
      help: 'An existing resource group must be in the same region as the CMG, or the deployment fails.',
    },
    vmSize: {
      label: 'VM size',
      widget: 'suggest',
      suggestions: ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'],
      help: 'From 2107: Lab Standard_B2s (10 clients per VM, not for production), Standard Standard_A2_v2 (6,000, the default), Large Standard_A4_v2 (10,000). Classic and earlier versions are fixed at A2_v2.',
    },
    vmCount: {
      label: 'VM instances',
      unit: 'VMs',
      help: '1-16; 2 or more for production (Azure update domains). Capacity = VMs × per-VM limit (6,000 for Standard_A2_v2, 10,000 for Standard_A4_v2, 10 for Standard_B2s). One CMG connection point per 4 VMs.',
    },
    contentEnabled: {
      label: 'Serve content',
      help: '"Allow CMG to function as a cloud distribution point and serve content from Azure storage". On by default; internet clients need a cloud or internet-facing content source.',
    },
    contentTypes: {
      label: 'Content distributed',
      options: {
        apps: 'Applications',
        packages: 'Packages',
        osUpgrade: 'OS upgrades',
        thirdPartyUpdates: 'Third-party updates',
        microsoftUpdates: 'Microsoft updates',
        clientInstall: 'Client install',
      },
      help: 'Microsoft update content is free from Windows Update: putting it on the CMG only adds cost. Third-party updates do not download from the CMG with delta download on.',
    },
    enforceTls12: {
      label: 'Enforce TLS 1.2',
      help: 'On by default and recommended; from 2107 it also covers the storage account.',
    },
    verifyClientCertRevocation: {
      label: 'Verify client certificate revocation',
      help: 'On by default. With PKI clients it needs a CRL published on the internet; misconfigured, it adds traffic and egress cost.',
    },
    trustedRootChainUploaded: {
      label: 'Client certificate chain uploaded',
      help: 'With PKI client certificates, every root and intermediate CA of the client certificates must be added to the CMG.',
    },
    inlineInspection: {
      label: 'Inline inspection device',
      help: 'A firewall, WAF or other device processing traffic in front of the CMG is unsupported.',
    },
    alerts: { label: 'Alerts' },
    'alerts.egress14DayGB': {
      label: 'Outbound traffic (14 days)',
      unit: 'GB',
      help: 'Threshold for outbound data over 14 days; the console default is 10,000 GB.',
    },
    'alerts.warnPct': { label: 'Warning at', unit: '%', help: 'Default 50 %.' },
    'alerts.critPct': { label: 'Critical at', unit: '%', help: 'Default 90 %.' },
    'alerts.storageGB': {
      label: 'Storage',
      unit: 'GB',
      help: 'Storage alert threshold of a content-enabled CMG; default 2,000 GB.',
    },
    'alerts.stopOnCritical': {
      label: 'Stop the CMG at critical',
      help: 'Before 2603 the outbound-traffic metric was not collected for VM scale set CMGs, so this may never fire.',
    },
    contentStorageGB: {
      label: 'Content storage',
      unit: 'GB',
      help: 'Planned content in the CMG storage account (LRS), for the cost estimate.',
    },
  },
}

const CLOUD_DISTRIBUTION_POINT: FormMeta = {
  groups: [{ title: 'Cloud distribution point', fields: ['lifecycle'] }],
  fields: {
    lifecycle: {
      label: 'Lifecycle',
      options: { new: 'New', existing: 'Existing' },
      help: 'The traditional cloud DP is deprecated: none can be created from 2107, support ended in 2022. Serve content from the CMG instead.',
    },
  },
}

const CLIENT_POPULATION: FormMeta = {
  groups: [
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
  fields: {
    count: { label: 'Clients', unit: 'devices', help: 'Number of devices in this population.' },
    concurrent: {
      label: 'Concurrent',
      unit: 'devices',
      placeholder: 'all clients',
      help: 'Peak number connected to the CMG at the same time; CMG sizing is based on it. Empty = all clients (conservative).',
    },
    location: {
      label: 'Location',
      options: {
        internet: 'Internet',
        intranet: 'Intranet',
        vpn: 'VPN',
        branch: 'Branch offices',
        mixed: 'Mixed',
      },
      help: 'Clients on the intranet, VPN or in branches use a CMG only if it is a reference of their boundary group.',
    },
    usesCmg: { label: 'Uses the CMG', help: 'These clients reach their site through a CMG.' },
    intendsCmg: {
      label: 'Intranet devices meant to use the CMG',
      help: 'Internal devices that should still use the CMG (needs a boundary group referencing it).',
    },
    ipv6Only: { label: 'IPv6 only', help: 'The CMG does not support clients that only talk IPv6.' },
    os: {
      label: 'Operating systems',
      options: {
        win10plus: 'Windows 10 or later',
        win81: 'Windows 8.1',
        winServer: 'Windows Server',
        macOS: 'macOS',
      },
      help: 'The CMG does not support macOS clients; Entra ID authentication needs Windows 10 or later.',
    },
    joinType: {
      label: 'Join type',
      options: {
        adDomain: 'AD domain-joined',
        hybridJoined: 'Hybrid Entra-joined',
        entraJoined: 'Entra-joined',
        workgroup: 'Workgroup',
      },
    },
    maxDaysWithoutClientRestart: {
      label: 'Longest time without restart',
      unit: 'days',
      help: 'A site token lasts 90 days and renews only when the client service starts.',
    },
    authMethod: {
      label: 'Authentication',
      options: { entra: 'Entra ID', pki: 'PKI client certificate', token: 'Site token' },
      help: 'Entra ID needs Windows 10+ Entra- or hybrid-joined devices; user-targeted deployments over the CMG need Entra ID.',
    },
    identityType: {
      label: 'User identities',
      options: { cloud: 'Cloud only', hybrid: 'Hybrid (synced)' },
      help: 'Hybrid identities need both Active Directory user discovery and Entra user discovery.',
    },
    usersHaveEntraIdentity: { label: 'Users have Entra identities' },
    identityTenantId: {
      label: 'Identity tenant',
      widget: 'tenant',
      help: 'The Entra tenant of the users and devices; for Entra authentication it must be onboarded to the site.',
    },
    trustsCmgCertRoot: {
      label: 'Trusts the CMG certificate root',
      help: 'Needed when the CMG certificate comes from an enterprise PKI.',
    },
    hasUniqueClientCertBeforeInstall: {
      label: 'PKI certificate before client install',
      help: 'A unique trusted client certificate is present before the client is installed over the internet.',
    },
    needsContent: { label: 'Needs content' },
    needsSoftwareUpdates: { label: 'Needs software updates' },
    needsUserTargeting: { label: 'User-targeted deployments' },
    needsClientInstallOverInternet: {
      label: 'Client install over the internet',
      help: 'Needs a bulk token, Entra join or a pre-issued PKI certificate; client push does not work through the CMG.',
    },
    registersOnIntranet: {
      label: 'Registers on the intranet first',
      help: 'The client gets its site token from an on-premises management point.',
    },
    bulkTokenPlanned: { label: 'Bulk registration token' },
    bulkTokenLifetimeMin: {
      label: 'Bulk token lifetime',
      unit: 'min',
      help: 'Default 4,320 minutes (3 days), at most 10,080 (7 days); a bulk token cannot be renewed.',
    },
    clientSettings: { label: 'Client settings' },
    'clientSettings.enableCmg': {
      label: 'Enable clients to use a CMG',
      help: 'With No, clients use no CMG whatever their authentication. Default Yes.',
    },
    'clientSettings.allowCloudDp': {
      label: 'Allow access to cloud DP',
      help: 'Must be Yes for devices to download content from a content-enabled CMG.',
    },
    'clientSettings.autoRegisterHybrid': { label: 'Register domain-joined devices with Entra ID' },
    'clientSettings.deltaContent': {
      label: 'Download delta content',
      help: 'With delta download on, third-party update content does not download from the CMG.',
    },
    'clientSettings.userPolicyFromInternet': { label: 'User policy from internet clients' },
  },
}

const BOUNDARY_GROUP: FormMeta = {
  groups: [{ title: 'Boundary group', fields: ['preferCloudSources', 'allowPeerDownloads'] }],
  fields: {
    preferCloudSources: {
      label: 'Prefer cloud sources',
      help: '"Prefer cloud based sources over on-premises sources". Otherwise cloud sources are used last, because they cost money.',
    },
    allowPeerDownloads: { label: 'Allow peer downloads' },
  },
}

const NOTE: FormMeta = {
  groups: [{ title: 'Note', fields: ['text'] }],
  fields: { text: { label: 'Text', widget: 'textarea', help: 'A workshop remark; no rule reads it.' } },
}

export const KIND_FORMS: Readonly<Record<NodeKind, FormMeta>> = {
  site: SITE,
  server: SERVER,
  managementPoint: MANAGEMENT_POINT,
  softwareUpdatePoint: SOFTWARE_UPDATE_POINT,
  distributionPoint: DISTRIBUTION_POINT,
  serviceConnectionPoint: SERVICE_CONNECTION_POINT,
  cmgConnectionPoint: CMG_CONNECTION_POINT,
  azureSubscription: AZURE_SUBSCRIPTION,
  cmg: CMG,
  cloudDistributionPoint: CLOUD_DISTRIBUTION_POINT,
  clientPopulation: CLIENT_POPULATION,
  boundaryGroup: BOUNDARY_GROUP,
  note: NOTE,
}

/** Design-wide settings; tenants and phases have their own editors. */
export const DESIGN_FORM: FormMeta = {
  groups: [
    { title: 'General', fields: ['name', 'cmVersion', 'environment', 'evaluationDate', 'notes'] },
    { title: 'Discovery and PKI', fields: ['adUserDiscovery', 'pki'] },
    { title: 'Price book', fields: ['priceBook'] },
  ],
  custom: ['tenants', 'phases'],
  fields: {
    name: { label: 'Name' },
    cmVersion: {
      label: 'ConfigMgr version',
      help: 'The current-branch version the hierarchy runs; rules and limits follow it. Each version is supported for 18 months.',
    },
    environment: {
      label: 'Environment',
      options: { production: 'Production', lab: 'Lab' },
      help: 'Production designs get high-availability and lab-size warnings.',
    },
    evaluationDate: {
      label: 'Evaluation date',
      widget: 'date',
      help: 'The date version-support rules compare against.',
    },
    notes: { label: 'Notes', widget: 'textarea' },
    adUserDiscovery: {
      label: 'AD user discovery',
      help: 'Active Directory user discovery; hybrid identities with Entra authentication need it together with Entra user discovery.',
    },
    pki: { label: 'PKI' },
    'pki.available': { label: 'Enterprise PKI available' },
    'pki.crlPublishedExternally': {
      label: 'CRL published on the internet',
      help: 'Needed when the CMG verifies the revocation of PKI client certificates.',
    },
    priceBook: { label: 'Price book' },
    'priceBook.currency': {
      label: 'Currency',
      placeholder: 'EUR',
      help: 'Three-letter currency code of the prices below.',
    },
    'priceBook.asOf': {
      label: 'Prices as of',
      widget: 'date',
      help: 'When the prices were taken from the price sheet.',
    },
    'priceBook.hoursPerMonth': {
      label: 'Hours per month',
      unit: 'h',
      help: 'Hours billed per month; 730 on average.',
    },
    'priceBook.vmHourly': { label: 'VM price per hour' },
    'priceBook.vmHourly.Standard_B2s': {
      label: 'Standard_B2s',
      unit: '{currency}/h',
      placeholder: 'unknown',
    },
    'priceBook.vmHourly.Standard_A2_v2': {
      label: 'Standard_A2_v2',
      unit: '{currency}/h',
      placeholder: 'unknown',
    },
    'priceBook.vmHourly.Standard_A4_v2': {
      label: 'Standard_A4_v2',
      unit: '{currency}/h',
      placeholder: 'unknown',
    },
    'priceBook.egressPerGB': {
      label: 'Outbound data',
      unit: '{currency}/GB',
      placeholder: 'unknown',
      help: 'Price of data leaving Azure; inbound data is free.',
    },
    'priceBook.storagePerGBMonth': {
      label: 'Storage per month',
      unit: '{currency}/GB',
      placeholder: 'unknown',
      help: 'Locally redundant storage price per GB and month.',
    },
    'priceBook.egressMBPerClientMonth': {
      label: 'Traffic per client',
      unit: 'MB/mo',
      help: 'Outbound data per internet client and month, before content: about 100 MB with default client settings, 300 MB with aggressive ones.',
    },
  },
}

/** An Entra tenant row of the design settings. */
export const TENANT_FIELDS: Readonly<Record<string, FieldMeta>> = {
  id: { label: 'Id', help: 'Referenced by subscriptions and client populations; renaming it updates them.' },
  name: { label: 'Name' },
  cloudManagement: {
    label: 'Cloud management',
    help: 'Onboarded to the site with the Cloud Management Azure service.',
  },
  entraUserDiscovery: { label: 'Entra user discovery' },
  authDisabled: {
    label: 'Entra authentication disabled',
    help: 'A tenant that only hosts the subscription can have Entra authentication disabled (2010 and later).',
  },
}

/** Whether `version` is out of support on `date` (YYYY-MM-DD), with its end-of-support date. */
export function supportStatus(
  version: CmVersion,
  date: string,
): { readonly end: string; readonly supported: boolean } {
  const end = SUPPORT_END[version]
  return { end, supported: end >= date }
}

/** A version as the version select lists it: "2509 — until 2027-05-12" or "2403 — out of support". */
export function cmVersionLabel(version: CmVersion, date: string): string {
  const { end, supported } = supportStatus(version, date)
  return supported ? `${version} — until ${end}` : `${version} — out of support`
}

/** How a connection reads from its source and from its target, in a node's list of connections. */
export const CONNECTION_ROLES: Readonly<
  Record<EdgeKind, { readonly outgoing: string; readonly incoming: string }>
> = {
  hierarchy: { outgoing: 'Parent of', incoming: 'Child of' },
  createdAt: { outgoing: 'Created at', incoming: 'Hosts CMG' },
  linkedTo: { outgoing: 'Linked to', incoming: 'Connection point' },
  assignedTo: { outgoing: 'Assigned to', incoming: 'Assigned clients' },
  inBoundaryGroup: { outgoing: 'In boundary group', incoming: 'Member clients' },
  references: { outgoing: 'References', incoming: 'Referenced by' },
  uses: { outgoing: 'Pinned to', incoming: 'Pinned clients' },
}
