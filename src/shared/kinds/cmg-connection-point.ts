// The CMG connection point element: the role on a server that links its site to a CMG. It has no
// settings of its own. Pure.
import { z } from 'zod'
import { defineKind } from './kind'
import { ROLE_SIZE } from './site-system'

export const CmgConnectionPointProps = z.strictObject({})

export const cmgConnectionPoint = defineKind({
  props: CmgConnectionPointProps,
  label: 'CMG connection point',
  tag: 'CMG CP',
  inFindings: 'CMG connection point',
  phrase: 'a CMG connection point',
  namePrefix: 'CMGCP',
  nameStyle: 'code',
  idPrefix: 'cp',
  group: 'Site systems',
  hint: 'Role on a server; links the site to a CMG',
  size: ROLE_SIZE,
  colour: { line: '#0e6fa8', fill: '#ffffff' },
  form: [],
  oneLine: true,
  summary: () => [{ text: 'Outbound to its CMG' }],
})
