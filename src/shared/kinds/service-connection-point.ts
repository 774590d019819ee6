// The service connection point element: the role on a server that deploys CMGs to Azure. Pure.
import { z } from 'zod'
import { field } from './field'
import { defineKind } from './kind'
import { ROLE_SIZE } from './site-system'

const MODE_LABEL = { online: 'Online', offline: 'Offline' } as const

export const ServiceConnectionPointProps = z.strictObject({
  mode: field(z.enum(['online', 'offline']).default('online'), {
    label: 'Mode',
    options: MODE_LABEL,
    help: 'The SCP deploys and monitors every CMG and must be online. A hierarchy has exactly one, at the top-tier site.',
  }),
})

export const serviceConnectionPoint = defineKind({
  props: ServiceConnectionPointProps,
  label: 'Service connection point',
  tag: 'SCP',
  inFindings: 'SCP',
  phrase: 'a service connection point',
  namePrefix: 'SCP',
  nameStyle: 'code',
  idPrefix: 'scp',
  group: 'Site systems',
  hint: 'Role on a server; deploys the CMG to Azure',
  size: ROLE_SIZE,
  colour: { line: '#be185d', fill: '#ffffff' },
  form: [{ title: 'Service connection point', fields: ['mode'] }],
  oneLine: true,
  summary: (p) => [{ text: `${MODE_LABEL[p.mode]} mode` }],
})
