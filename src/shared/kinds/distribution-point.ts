// The distribution point element: a role on a server serving content. Pure.
import { z } from 'zod'
import { bool } from '../model/primitives'
import { field } from './field'
import { defineKind } from './kind'
import { ROLE_SIZE } from './site-system'

export const DistributionPointProps = z.strictObject({
  isPull: field(bool(false), {
    label: 'Pull distribution point',
    help: 'A site supports 250 distribution points plus 2,000 pull DPs; each DP serves 4,000 clients.',
  }),
  internetFacing: field(bool(false), {
    label: 'Internet-facing',
    help: 'Serves content to internet clients directly (IBCM), besides a content-enabled CMG.',
  }),
})

export const distributionPoint = defineKind({
  props: DistributionPointProps,
  label: 'Distribution point',
  tag: 'DP',
  inFindings: 'DP',
  phrase: 'a distribution point',
  namePrefix: 'DP',
  nameStyle: 'code',
  idPrefix: 'dp',
  group: 'Site systems',
  hint: 'Role on a server; content',
  size: ROLE_SIZE,
  colour: { line: '#7c3aed', fill: '#ffffff' },
  form: [{ title: 'Distribution point', fields: ['isPull', 'internetFacing'] }],
  oneLine: true,
  summary: (p) => [
    { text: `${p.isPull ? 'Pull DP' : 'Standard DP'}${p.internetFacing ? ' · internet-facing' : ''}` },
  ],
})
