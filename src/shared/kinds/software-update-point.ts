// The software update point element: a role on a server that clients scan against. Pure.
import { z } from 'zod'
import { bool } from '../model/primitives'
import { field } from './field'
import { defineKind } from './kind'
import { ROLE_SIZE, clientConnections, cmgTraffic } from './site-system'

export const SoftwareUpdatePointProps = z.strictObject({
  allowCmgTraffic: field(bool(false), {
    label: 'Allow CMG traffic',
    help: 'Internet clients scan only against a software update point that allows CMG traffic (content still comes from Microsoft Update).',
  }),
  clientConnections: clientConnections(),
  wsusSsl: field(bool(false), { label: 'WSUS over SSL', help: 'WSUS uses port 8531 (SSL) instead of 8530.' }),
  nlb: field(bool(false), {
    label: 'Network load balancer',
    help: 'SUPs behind a network load balancer do not work with the CMG.',
  }),
  remote: field(bool(false), {
    label: 'Dedicated server',
    help: 'The SUP does not share its server with another site system role.',
  }),
  wsusPoolTuned: field(bool(false), {
    label: 'WsusPool tuned',
    help: 'Queue length 2000 and private memory ×4 (or unlimited). A tuned SUP on a dedicated server supports 150,000 clients; otherwise 25,000.',
  }),
})

export const softwareUpdatePoint = defineKind({
  props: SoftwareUpdatePointProps,
  label: 'Software update point',
  tag: 'SUP',
  inFindings: 'SUP',
  phrase: 'a software update point',
  namePrefix: 'SUP',
  nameStyle: 'code',
  idPrefix: 'sup',
  group: 'Site systems',
  hint: 'Role on a server; WSUS scans',
  size: ROLE_SIZE,
  colour: { line: '#b45309', fill: '#ffffff' },
  form: [
    { title: 'Client connections', fields: ['clientConnections', 'allowCmgTraffic', 'wsusSsl'] },
    { title: 'Scale', fields: ['remote', 'wsusPoolTuned', 'nlb'] },
  ],
  oneLine: true,
  summary: (p) =>
    p.wsusSsl
      ? [cmgTraffic(p.allowCmgTraffic), { text: 'SSL', title: 'WSUS over SSL (8531)' }]
      : [cmgTraffic(p.allowCmgTraffic)],
})
