// The Azure subscription element: holds CMGs and cloud distribution points. Pure.
import { z } from 'zod'
import { MAX_NAME } from '../model/limits'
import { bool, Id, listOf, text } from '../model/primitives'
import { field } from './field'
import { defineKind, notSet } from './kind'

export const AzureSubscriptionProps = z.strictObject({
  subscriptionName: field(text(MAX_NAME).default(''), { label: 'Subscription name' }),
  /** The id of an entry in design.tenants ('' = not set). */
  tenantId: field(z.union([Id, z.literal('')]).default(''), {
    label: 'Entra tenant',
    widget: 'tenant',
    help: 'The tenant that owns the subscription; the site must be onboarded to it (Cloud Management) to deploy the CMG. Tenants are listed in the design settings.',
  }),
  isCsp: field(bool(false), {
    label: 'CSP subscription',
    help: 'Cloud Solution Provider subscriptions can host only VM scale set CMGs (2010 and later).',
  }),
  registeredProviders: field(listOf(text(MAX_NAME), 100).default([]), {
    label: 'Registered providers',
    placeholder: 'One per line',
    help: 'One per line. A VMSS CMG needs Microsoft.KeyVault, Microsoft.Storage, Microsoft.Network and Microsoft.Compute; a classic one Microsoft.ClassicCompute and Microsoft.Storage.',
  }),
})

export const azureSubscription = defineKind({
  props: AzureSubscriptionProps,
  label: 'Azure subscription',
  tag: 'Subscription',
  inFindings: 'Subscription',
  phrase: 'an Azure subscription',
  namePrefix: 'Subscription',
  nameStyle: 'words',
  idPrefix: 'sub',
  group: 'Azure',
  hint: 'Holds CMGs and cloud distribution points',
  size: { width: 260, height: 156 },
  container: { header: 56, padX: 20, padBottom: 20, gap: 12, flow: 'column' },
  colour: { line: '#0a6fc2', fill: '#eef6fe' },
  form: [
    { title: 'Subscription', fields: ['subscriptionName', 'tenantId', 'isCsp'] },
    { title: 'Resource providers', fields: ['registeredProviders'] },
  ],
  oneLine: false,
  summary: (p) => [
    p.subscriptionName === ''
      ? notSet('Subscription name')
      : { text: `${p.subscriptionName}${p.isCsp ? ' · CSP' : ''}` },
  ],
})
