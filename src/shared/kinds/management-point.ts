// The management point element: a role on a server serving policy and inventory. Pure.
import { z } from 'zod'
import { bool } from '../model/primitives'
import { field } from './field'
import { defineKind } from './kind'
import { ROLE_SIZE, clientConnections, cmgTraffic } from './site-system'

const PROTOCOL_LABEL = { http: 'HTTP', https: 'HTTPS' } as const

export const ManagementPointProps = z.strictObject({
  protocol: field(z.enum(['http', 'https']).default('http'), {
    label: 'Protocol',
    options: PROTOCOL_LABEL,
    help: 'A management point that allows CMG traffic must use HTTPS, or its site must use Enhanced HTTP.',
  }),
  allowCmgTraffic: field(bool(false), {
    label: 'Allow CMG traffic',
    help: '"Allow Configuration Manager cloud management gateway traffic". Each primary with internet clients needs at least one such MP. One MP serves 25,000 clients.',
  }),
  clientConnections: clientConnections(
    'Microsoft suggests an internet-only HTTPS MP when only some MPs are HTTPS and E-HTTP is off.',
  ),
  aspNet45: field(bool(false), {
    label: 'ASP.NET 4.5 enabled',
    help: 'Required on management points that authenticate Entra ID clients.',
  }),
})

export const managementPoint = defineKind({
  props: ManagementPointProps,
  label: 'Management point',
  tag: 'MP',
  inFindings: 'MP',
  phrase: 'a management point',
  namePrefix: 'MP',
  nameStyle: 'code',
  idPrefix: 'mp',
  group: 'Site systems',
  hint: 'Role on a server; policy and inventory',
  size: ROLE_SIZE,
  colour: { line: '#0f766e', fill: '#ffffff' },
  form: [
    { title: 'Client connections', fields: ['protocol', 'clientConnections', 'allowCmgTraffic'] },
    { title: 'Authentication', fields: ['aspNet45'] },
  ],
  oneLine: true,
  summary: (p) => [{ text: PROTOCOL_LABEL[p.protocol] }, cmgTraffic(p.allowCmgTraffic)],
})
