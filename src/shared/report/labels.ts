// Words the design report uses for the model's values: element kinds, site types, server operating
// systems, CMG methods, client authentication and so on, plus the number formats of its tables.
// Shared by the topology picture and the HTML report. Pure.
import type { DesignNode, NodeKind, NodeOfKind } from '../model/schema'

export { KIND_LABEL } from '../model/kind-labels'

/** The short tag drawn on an element in the picture and used in role lists: "MP", "CMG CP". */
export const KIND_TAG: Readonly<Record<NodeKind, string>> = {
  site: 'Site',
  server: 'Server',
  managementPoint: 'MP',
  softwareUpdatePoint: 'SUP',
  distributionPoint: 'DP',
  serviceConnectionPoint: 'SCP',
  cmgConnectionPoint: 'CMG CP',
  azureSubscription: 'Azure subscription',
  cmg: 'CMG',
  cloudDistributionPoint: 'Cloud DP',
  clientPopulation: 'Clients',
  boundaryGroup: 'Boundary group',
  note: 'Note',
}

export const SITE_TYPE_LABEL: Readonly<Record<NodeOfKind<'site'>['props']['type'], string>> = {
  cas: 'Central administration site',
  primary: 'Primary site',
  secondary: 'Secondary site',
}

export const SITE_TYPE_TAG: Readonly<Record<NodeOfKind<'site'>['props']['type'], string>> = {
  cas: 'CAS',
  primary: 'Primary site',
  secondary: 'Secondary site',
}

export const SERVER_OS_LABEL: Readonly<Record<NodeOfKind<'server'>['props']['os'], string>> = {
  WS2012: 'Windows Server 2012',
  WS2012R2: 'Windows Server 2012 R2',
  WS2016: 'Windows Server 2016',
  WS2019: 'Windows Server 2019',
  WS2022: 'Windows Server 2022',
  WS2025: 'Windows Server 2025',
}

export const CMG_METHOD_LABEL: Readonly<Record<NodeOfKind<'cmg'>['props']['method'], string>> = {
  vmss: 'Virtual machine scale set',
  classic: 'Cloud service (classic)',
  asm: 'Azure Service Manager (deprecated)',
}

export const AUTH_METHOD_LABEL: Readonly<
  Record<NodeOfKind<'clientPopulation'>['props']['authMethod'], string>
> = {
  entra: 'Microsoft Entra ID',
  pki: 'PKI client certificate',
  token: 'Site-issued token',
}

export const JOIN_TYPE_LABEL: Readonly<Record<NodeOfKind<'clientPopulation'>['props']['joinType'], string>> =
  {
    adDomain: 'AD domain-joined',
    hybridJoined: 'Hybrid Entra-joined',
    entraJoined: 'Entra-joined',
    workgroup: 'Workgroup',
  }

export const LOCATION_LABEL: Readonly<Record<NodeOfKind<'clientPopulation'>['props']['location'], string>> = {
  internet: 'Internet',
  intranet: 'Intranet',
  vpn: 'VPN',
  branch: 'Branch office',
  mixed: 'Mixed',
}

/** The element's own name, or its id when it has none. */
export const nodeName = (n: DesignNode): string => (n.name.trim() !== '' ? n.name : n.id)

/**
 * The two number formats of formatNumber, made on first use and kept: toLocaleString builds a new
 * formatter on every call, which cost seconds over the tens of thousands of numbers in the report of
 * a large design (and no Intl start-up happens at import).
 */
let numberFormats: { whole: Intl.NumberFormat; oneDecimal: Intl.NumberFormat } | undefined

/** "8,000"; small fractional loads keep one decimal ("0.5"), as the CLI prints them. */
export function formatNumber(n: number): string {
  numberFormats ??= {
    whole: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  }
  return (Math.abs(n) < 10 && !Number.isInteger(n) ? numberFormats.oneDecimal : numberFormats.whole).format(n)
}

/** "×1.5", "×3.13": a growth factor with at most two decimals. */
export const formatFactor = (f: number): string => `×${Number(f.toFixed(2)).toLocaleString('en-US')}`

/** "1,234.50" */
export const formatMoney = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
