// What the inspector shows for a form: element kinds' forms (their groups and their properties'
// labels, units, help and enum labels, all declared with each kind in src/shared/kinds), the design
// settings form, and the ConfigMgr version labels with their end of support. Pure (no DOM, no React);
// runs in the renderer.
import { NODE_KINDS, type NodeKind } from '../../../shared/model/schema'
import { SUPPORT_END, type CmVersion } from '../../../shared/model/versions'
import { KINDS, type FieldGroup } from '../../../shared/kinds'
import { fieldMetaByPath, type FieldMeta } from '../../../shared/kinds/field'

export type { FieldGroup, FieldMeta }

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

/** Each element kind's form: its groups and its properties' metadata, as the kind declares them. */
export const KIND_FORMS: Readonly<Record<NodeKind, FormMeta>> = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, { groups: KINDS[kind].form, fields: fieldMetaByPath(KINDS[kind].props) }]),
) as Record<NodeKind, FormMeta>

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
