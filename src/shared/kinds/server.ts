// The site system server element: a server inside a site, holding its roles. Pure.
import { z } from 'zod'
import { MAX_FQDN } from '../model/limits'
import { bool, intIn, listOf, text } from '../model/primitives'
import { field } from './field'
import { defineKind, notSet } from './kind'

export const SERVER_OS = ['WS2012', 'WS2012R2', 'WS2016', 'WS2019', 'WS2022', 'WS2025'] as const

export const SERVER_OS_LABEL = {
  WS2012: 'Windows Server 2012',
  WS2012R2: 'Windows Server 2012 R2',
  WS2016: 'Windows Server 2016',
  WS2019: 'Windows Server 2019',
  WS2022: 'Windows Server 2022',
  WS2025: 'Windows Server 2025',
} as const satisfies Record<(typeof SERVER_OS)[number], string>

export const PortRange = z
  .strictObject({
    from: field(intIn(1, 65535), { label: 'From' }),
    to: field(intIn(1, 65535), { label: 'To' }),
  })
  .refine((r) => r.from <= r.to, { error: '"from" must not exceed "to"' })

export const ServerProps = z.strictObject({
  fqdn: field(text(MAX_FQDN).default(''), {
    label: 'FQDN',
    placeholder: 'server.contoso.com',
    help: 'Fully qualified domain name of the site system server.',
  }),
  os: field(z.enum(SERVER_OS).default('WS2022'), {
    label: 'Operating system',
    options: SERVER_OS_LABEL,
    help: 'From 2403, site system roles on Windows Server 2012 and 2012 R2 are unsupported.',
  }),
  isSiteServer: field(bool(false), {
    label: 'Site server',
    help: 'This server is the site server of its site.',
  }),
  hasClientAuthCert: field(bool(false), {
    label: 'Client authentication certificate',
    help: 'A CMG connection point forwarding PKI clients to an HTTPS management point needs its own client authentication certificate.',
  }),
  tcpDynamicPortsExtended: field(bool(false), {
    label: 'Dynamic port range enlarged',
    help: "Each client holds a TCP connection through the CMG connection point; Windows' default dynamic range is 16,384 ports.",
  }),
  outbound443Azure: field(bool(true), {
    label: 'Outbound HTTPS 443 to Azure',
    help: 'The service connection point and the site server deploy the CMG over HTTPS 443 to Azure Resource Manager.',
  }),
  outboundPorts: field(
    listOf(PortRange, 64).default([
      { from: 443, to: 443 },
      { from: 10124, to: 10139 },
    ]),
    {
      label: 'Outbound ports to the CMG',
      newItem: { from: 443, to: 443 },
      help: 'Port ranges this server may open outbound to the CMG. VMSS: HTTPS 443 with one VM, 10124 upwards (one per VM) with two or more; classic also TCP-TLS 10140 upwards.',
    },
  ),
  proxy: field(text(MAX_FQDN).default(''), {
    label: 'Proxy',
    placeholder: 'none',
    help: 'Web proxy for the CMG connection point, if any. TCP-TLS (classic CMGs) cannot use a proxy.',
  }),
})

export const server = defineKind({
  props: ServerProps,
  label: 'Server',
  tag: 'Server',
  inFindings: 'Server',
  phrase: 'a server',
  namePrefix: 'SRV',
  nameStyle: 'code',
  idPrefix: 'srv',
  group: 'Site systems',
  hint: 'Site system server inside a site; holds roles',
  size: { width: 190, height: 108 },
  container: { header: 44, padX: 10, padBottom: 18, gap: 8, flow: 'column' },
  colour: { line: '#4b5a6e', fill: '#f6f8fb' },
  form: [
    { title: 'Server', fields: ['fqdn', 'os', 'isSiteServer'] },
    { title: 'Certificates', fields: ['hasClientAuthCert'] },
    { title: 'Network', fields: ['outbound443Azure', 'proxy', 'tcpDynamicPortsExtended', 'outboundPorts'] },
  ],
  oneLine: true,
  tagOf: (p) => (p.isSiteServer ? 'Site server' : 'Server'),
  summary: (p) => [
    p.fqdn === '' ? notSet('FQDN') : { text: p.fqdn },
    { text: p.os, title: SERVER_OS_LABEL[p.os] },
  ],
})
