// The cloud management gateway element: an Azure VM scale set (or classic service) inside a
// subscription. Pure.
import { z } from 'zod'
import { MAX_FQDN } from '../model/limits'
import { bool, intIn, listOf, numIn, text } from '../model/primitives'
import { field } from './field'
import { defineKind, notSet } from './kind'

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

export const CMG_METHOD_LABEL = {
  vmss: 'VM scale set',
  classic: 'Cloud service (classic)',
  asm: 'Azure Service Manager (deprecated)',
} as const satisfies Record<(typeof CMG_METHODS)[number], string>

const region = (help: string) =>
  field(
    z
      .string({ error: 'must be a string' })
      .regex(/^[a-z0-9]{0,40}$/, { error: 'must be an Azure short region name such as eastus' })
      .default(''),
    { label: 'Region', placeholder: 'eastus', widget: 'azureRegion', help },
  )

export const CmgAlerts = z.strictObject({
  egress14DayGB: field(intIn(0, 10_000_000).default(10_000), {
    label: 'Outbound traffic (14 days)',
    unit: 'GB',
    help: 'Threshold for outbound data over 14 days; the console default is 10,000 GB.',
  }),
  warnPct: field(intIn(0, 100).default(50), { label: 'Warning at', unit: '%', help: 'Default 50 %.' }),
  critPct: field(intIn(0, 100).default(90), { label: 'Critical at', unit: '%', help: 'Default 90 %.' }),
  storageGB: field(intIn(0, 10_000_000).default(2_000), {
    label: 'Storage',
    unit: 'GB',
    help: 'Storage alert threshold of a content-enabled CMG; default 2,000 GB.',
  }),
  stopOnCritical: field(bool(false), {
    label: 'Stop the CMG at critical',
    help: 'Before 2603 the outbound-traffic metric was not collected for VM scale set CMGs, so this may never fire.',
  }),
})

export const CmgProps = z.strictObject({
  prefix: field(text(64).default(''), {
    label: 'Name (prefix)',
    placeholder: 'GraniteFalls',
    help: '3-24 characters: starts with a letter, ends with a letter or digit, no consecutive hyphens. Letters and digits only is safest (storage account). Must be unique in Azure.',
  }),
  serviceNameCn: field(text(MAX_FQDN).default(''), {
    label: 'Service name',
    placeholder: 'prefix.contoso.com',
    help: "The CN of the server authentication certificate. In your own domain it needs a public DNS CNAME to the deployment name; a public CA can't issue for cloudapp.net or cloudapp.azure.com.",
  }),
  certIssuer: field(z.enum(['publicCA', 'enterprisePKI']).default('publicCA'), {
    label: 'Certificate issuer',
    options: { publicCA: 'Public CA', enterprisePKI: 'Enterprise PKI' },
    help: 'Internet clients must trust the root of the server certificate; with an enterprise PKI the root has to be distributed to them.',
  }),
  certKeyLength: field(intIn(0, 16_384).default(2048), {
    label: 'Key length',
    unit: 'bits',
    help: 'The server certificate key must be 2048 or 4096 bits.',
  }),
  dnsCnameConfigured: field(bool(false), {
    label: 'DNS CNAME configured',
    help: 'A public CNAME maps the service name to the Azure deployment name; update it after a convert.',
  }),
  method: field(z.enum(CMG_METHODS).default('vmss'), {
    label: 'Deployment method',
    options: CMG_METHOD_LABEL,
    help: 'VM scale set from 2010 (GA in 2107). Creating classic CMGs was removed in 2203 and support ended in 2403; Azure Service Manager deployments ended in 2022.',
  }),
  lifecycle: field(z.enum(CMG_LIFECYCLES).default('new'), {
    label: 'Lifecycle',
    options: { new: 'New', existing: 'Existing', convert: 'Convert to VM scale set' },
    help: 'Whether this CMG is to be created, already runs, or is a classic CMG to be converted (2107 and later).',
  }),
  azureEnvironment: field(z.enum(AZURE_ENVIRONMENTS).default('AzurePublicCloud'), {
    label: 'Azure environment',
    options: {
      AzurePublicCloud: 'Azure public cloud',
      AzureUSGovernmentCloud: 'Azure US Government',
      AzureChinaCloud: 'Azure China (not supported)',
      AzureGermanCloud: 'Azure Germany (not supported)',
    },
    help: 'A CMG can be hosted only in global Azure or Azure US Government (VMSS there from 2111).',
  }),
  region: region(
    'Azure short region name: lowercase letters and digits, no spaces (eastus, westeurope), as in the deployment name <prefix>.<region>.cloudapp.azure.com.',
  ),
  resourceGroup: field(
    z
      .strictObject({
        name: field(text(90).default(''), {
          label: 'Name',
          help: 'In 2010/2103 a VMSS resource group name may contain only lowercase letters, digits and hyphens.',
        }),
        mode: field(z.enum(['new', 'existing']).default('new'), {
          label: 'Mode',
          options: { new: 'Create new', existing: 'Use existing' },
        }),
        region: region(
          'An existing resource group must be in the same region as the CMG, or the deployment fails.',
        ),
      })
      .prefault({}),
    { label: 'Resource group' },
  ),
  vmSize: field(
    z
      .string({ error: 'must be a string' })
      .regex(/^[A-Za-z0-9_]{1,64}$/, { error: 'must be an Azure VM size name such as Standard_A2_v2' })
      .default('Standard_A2_v2'),
    {
      label: 'VM size',
      widget: 'suggest',
      suggestions: CMG_VM_SIZES,
      help: 'From 2107: Lab Standard_B2s (10 clients per VM, not for production), Standard Standard_A2_v2 (6,000, the default), Large Standard_A4_v2 (10,000). Classic and earlier versions are fixed at A2_v2.',
    },
  ),
  /** 1-16 is supported; up to 99 loads so CMG-DEPLOY-009 can report it. */
  vmCount: field(intIn(0, 99).default(1), {
    label: 'VM instances',
    unit: 'VMs',
    help: '1-16; 2 or more for production (Azure update domains). Capacity = VMs × per-VM limit (6,000 for Standard_A2_v2, 10,000 for Standard_A4_v2, 10 for Standard_B2s). One CMG connection point per 4 VMs.',
  }),
  contentEnabled: field(bool(true), {
    label: 'Serve content',
    help: '"Allow CMG to function as a cloud distribution point and serve content from Azure storage". On by default; internet clients need a cloud or internet-facing content source.',
  }),
  contentTypes: field(listOf(z.enum(CONTENT_TYPES), CONTENT_TYPES.length).default(['apps', 'packages']), {
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
  }),
  /** Planned content stored in the CMG's storage account, for the cost estimate. */
  contentStorageGB: field(numIn(0, 1_000_000).default(0), {
    label: 'Content storage',
    unit: 'GB',
    help: 'Planned content in the CMG storage account (LRS), for the cost estimate.',
  }),
  verifyClientCertRevocation: field(bool(true), {
    label: 'Verify client certificate revocation',
    help: 'On by default. With PKI clients it needs a CRL published on the internet; misconfigured, it adds traffic and egress cost.',
  }),
  enforceTls12: field(bool(true), {
    label: 'Enforce TLS 1.2',
    help: 'On by default and recommended; from 2107 it also covers the storage account.',
  }),
  trustedRootChainUploaded: field(bool(false), {
    label: 'Client certificate chain uploaded',
    help: 'With PKI client certificates, every root and intermediate CA of the client certificates must be added to the CMG.',
  }),
  alerts: field(CmgAlerts.prefault({}), { label: 'Alerts' }),
  inlineInspection: field(bool(false), {
    label: 'Inline inspection device',
    help: 'A firewall, WAF or other device processing traffic in front of the CMG is unsupported.',
  }),
})

export const cmg = defineKind({
  props: CmgProps,
  label: 'Cloud management gateway',
  tag: 'CMG',
  inFindings: 'CMG',
  phrase: 'a CMG',
  namePrefix: 'CMG',
  nameStyle: 'code',
  idPrefix: 'cmg',
  group: 'Azure',
  hint: 'Azure VM scale set inside a subscription',
  size: { width: 220, height: 80 },
  colour: { line: '#0078d4', fill: '#e3f0fb' },
  form: [
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
  oneLine: false,
  summary: (p) => [
    { text: `${p.vmCount} × ${p.vmSize}` },
    p.region === '' ? notSet('Region') : { text: `${p.region} · ${CMG_METHOD_LABEL[p.method]}` },
  ],
})
