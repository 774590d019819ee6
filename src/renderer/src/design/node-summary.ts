// The essentials each element shows on the canvas (site code and type, server FQDN and OS, MP
// protocol and CMG traffic, CMG VM size × count and region, client count and authentication…).
// Pure; runs in the renderer.
import type { DesignNode } from '../../../shared/model/schema'
import { KIND_INFO } from './kind-info'
import { formatCount } from '../../../shared/util/format-count'

export interface SummaryLine {
  readonly text: string
  /** Longer wording for a tooltip, when `text` is abbreviated. */
  readonly title?: string
  /** `muted` for "not set" placeholders, `on`/`off` for a flag the rules care about. */
  readonly tone?: 'muted' | 'on' | 'off'
}

const SITE_TYPE: Record<string, string> = {
  cas: 'Central administration site',
  primary: 'Primary site',
  secondary: 'Secondary site',
}
const OS_LABEL: Record<string, string> = {
  WS2012: 'Windows Server 2012',
  WS2012R2: 'Windows Server 2012 R2',
  WS2016: 'Windows Server 2016',
  WS2019: 'Windows Server 2019',
  WS2022: 'Windows Server 2022',
  WS2025: 'Windows Server 2025',
}
const AUTH_LABEL: Record<string, string> = {
  entra: 'Entra ID auth',
  pki: 'PKI client certificates',
  token: 'Token auth',
}
const LOCATION_LABEL: Record<string, string> = {
  internet: 'on the internet',
  intranet: 'on the intranet',
  vpn: 'on VPN',
  branch: 'in branch offices',
  mixed: 'mixed locations',
}
const METHOD_LABEL: Record<string, string> = {
  vmss: 'VM scale set',
  classic: 'Classic service',
  asm: 'Azure Service Manager',
}

const count = formatCount
const notSet = (what: string): SummaryLine => ({ text: `${what} not set`, tone: 'muted' })
const flag = (on: boolean, onText: string, offText: string): SummaryLine => ({
  text: on ? onText : offText,
  tone: on ? 'on' : 'off',
})

/** The short tag drawn beside the name: the kind's abbreviation, or "Site server" for a site server. */
export function kindTag(node: DesignNode): string {
  return node.kind === 'server' && node.props.isSiteServer ? 'Site server' : KIND_INFO[node.kind].short
}

export function nodeSummary(node: DesignNode): SummaryLine[] {
  switch (node.kind) {
    case 'site': {
      const p = node.props
      return [{ text: `${p.siteCode === '' ? 'No site code' : p.siteCode} · ${SITE_TYPE[p.type] ?? p.type}` }]
    }
    case 'server': {
      const p = node.props
      return [
        p.fqdn === '' ? notSet('FQDN') : { text: p.fqdn },
        { text: p.os, title: OS_LABEL[p.os] ?? p.os },
      ]
    }
    case 'managementPoint': {
      const p = node.props
      return [{ text: p.protocol.toUpperCase() }, flag(p.allowCmgTraffic, 'CMG traffic', 'No CMG traffic')]
    }
    case 'softwareUpdatePoint': {
      const p = node.props
      const traffic = flag(p.allowCmgTraffic, 'CMG traffic', 'No CMG traffic')
      return p.wsusSsl ? [traffic, { text: 'SSL', title: 'WSUS over SSL (8531)' }] : [traffic]
    }
    case 'distributionPoint': {
      const p = node.props
      return [
        { text: `${p.isPull ? 'Pull DP' : 'Standard DP'}${p.internetFacing ? ' · internet-facing' : ''}` },
      ]
    }
    case 'serviceConnectionPoint':
      return [{ text: node.props.mode === 'online' ? 'Online mode' : 'Offline mode' }]
    case 'cmgConnectionPoint':
      return [{ text: 'Outbound to its CMG' }]
    case 'azureSubscription': {
      const p = node.props
      return [
        p.subscriptionName === ''
          ? notSet('Subscription name')
          : { text: `${p.subscriptionName}${p.isCsp ? ' · CSP' : ''}` },
      ]
    }
    case 'cmg': {
      const p = node.props
      return [
        { text: `${p.vmSize} × ${p.vmCount} VM${p.vmCount === 1 ? '' : 's'}` },
        p.region === '' ? notSet('Region') : { text: `${p.region} · ${METHOD_LABEL[p.method] ?? p.method}` },
      ]
    }
    case 'cloudDistributionPoint':
      return [
        { text: node.props.lifecycle === 'new' ? 'New (legacy cloud DP)' : 'Existing (legacy cloud DP)' },
      ]
    case 'clientPopulation': {
      const p = node.props
      const concurrent = p.concurrent === undefined ? '' : ` (${count(p.concurrent)} concurrent)`
      return [
        { text: `${count(p.count)} clients${concurrent}` },
        { text: `${AUTH_LABEL[p.authMethod] ?? p.authMethod} · ${LOCATION_LABEL[p.location] ?? p.location}` },
      ]
    }
    case 'boundaryGroup': {
      const p = node.props
      return [flag(p.preferCloudSources, 'Prefers cloud sources', 'On-premises sources first')]
    }
    case 'note':
      return node.props.text.trim() === ''
        ? [{ text: 'Empty note', tone: 'muted' }]
        : [{ text: node.props.text }]
  }
}
