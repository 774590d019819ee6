// The boundary group element: the site systems a set of clients should use. Pure.
import { z } from 'zod'
import { bool } from '../model/primitives'
import { field } from './field'
import { defineKind, flag } from './kind'

export const BoundaryGroupProps = z.strictObject({
  preferCloudSources: field(bool(false), {
    label: 'Prefer cloud sources',
    help: '"Prefer cloud based sources over on-premises sources". Otherwise cloud sources are used last, because they cost money.',
  }),
  allowPeerDownloads: field(bool(true), { label: 'Allow peer downloads' }),
})

export const boundaryGroup = defineKind({
  props: BoundaryGroupProps,
  label: 'Boundary group',
  tag: 'Boundary group',
  inFindings: 'Boundary group',
  phrase: 'a boundary group',
  namePrefix: 'Boundary group',
  nameStyle: 'words',
  idPrefix: 'bg',
  group: 'Clients',
  hint: 'Site systems a set of clients should use',
  size: { width: 220, height: 64 },
  colour: { line: '#a16207', fill: '#fdf6e3' },
  form: [{ title: 'Boundary group', fields: ['preferCloudSources', 'allowPeerDownloads'] }],
  oneLine: false,
  summary: (p) => [flag(p.preferCloudSources, 'Prefers cloud sources', 'On-premises sources first')],
})
