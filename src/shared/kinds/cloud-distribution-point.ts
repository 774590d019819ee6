// The cloud distribution point element: the legacy content service inside a subscription. Pure.
import { z } from 'zod'
import { field } from './field'
import { defineKind } from './kind'

const LIFECYCLE_LABEL = { new: 'New', existing: 'Existing' } as const

export const CloudDistributionPointProps = z.strictObject({
  lifecycle: field(z.enum(['new', 'existing']).default('existing'), {
    label: 'Lifecycle',
    options: LIFECYCLE_LABEL,
    help: 'The traditional cloud DP is deprecated: none can be created from 2107, support ended in 2022. Serve content from the CMG instead.',
  }),
})

export const cloudDistributionPoint = defineKind({
  props: CloudDistributionPointProps,
  label: 'Cloud distribution point',
  tag: 'Cloud DP',
  inFindings: 'Cloud DP',
  phrase: 'a cloud distribution point',
  namePrefix: 'CDP',
  nameStyle: 'code',
  idPrefix: 'cdp',
  group: 'Azure',
  hint: 'Legacy cloud DP inside a subscription',
  size: { width: 220, height: 64 },
  colour: { line: '#3b82c4', fill: '#eef5fc' },
  form: [{ title: 'Cloud distribution point', fields: ['lifecycle'] }],
  oneLine: false,
  summary: (p) => [{ text: `${LIFECYCLE_LABEL[p.lifecycle]} (legacy cloud DP)` }],
})
