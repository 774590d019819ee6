// The inspector's form generator: what control each property of the zod schemas becomes (with
// its bounds, options and maximum length), reading and writing values at a field's path, turning
// typed text into values ("" = not set where allowed), wording a schema's refusal and trimming it
// to the field it is about, and that showing a stored value and committing it unchanged gives back
// the same value for every field of every kind.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { DesignSettings, NODE_KINDS, PROPS_BY_KIND } from '../../../src/shared/model/schema'
import { AzureSubscriptionProps } from '../../../src/shared/kinds/azure-subscription'
import { ClientPopulationProps, POP_OS } from '../../../src/shared/kinds/client-population'
import { CmgProps, CONTENT_TYPES } from '../../../src/shared/kinds/cmg'
import { ServerProps } from '../../../src/shared/kinds/server'
import { SiteProps } from '../../../src/shared/kinds/site'
import { CM_VERSIONS } from '../../../src/shared/model/versions'
import { defaultProps } from '../../../src/shared/model/factory'
import {
  describeFields,
  fieldErrorText,
  flattenFields,
  formatFieldValue,
  parseFieldInput,
  patchAt,
  refusalAt,
  schemaRefusal,
  valueAt,
  type FieldDescriptor,
} from '../../../src/renderer/src/design/schema-fields'

const byPath = (fields: readonly FieldDescriptor[], path: string) => {
  const found = flattenFields(fields).find((f) => f.path.join('.') === path)
  if (!found) throw new Error(`no field ${path}`)
  return found
}

describe('describeFields', () => {
  const cmg = describeFields(CmgProps)

  it('lists the properties in declaration order', () => {
    expect(cmg.map((f) => f.key)).toEqual(Object.keys(CmgProps.shape))
  })

  it('makes bounded integers number inputs with their range', () => {
    expect(byPath(cmg, 'vmCount').control).toEqual({ kind: 'number', min: 0, max: 99, integer: true })
    expect(byPath(cmg, 'contentStorageGB').control).toEqual({
      kind: 'number',
      min: 0,
      max: 1_000_000,
      integer: false,
    })
  })

  it('makes booleans checkboxes and enums selects with their values', () => {
    expect(byPath(cmg, 'enforceTls12').control).toEqual({ kind: 'checkbox' })
    expect(byPath(cmg, 'method').control).toEqual({ kind: 'select', options: ['vmss', 'classic', 'asm'] })
  })

  it('makes strings text inputs with their maximum length, and knows whether "" is valid', () => {
    expect(byPath(cmg, 'prefix').control).toEqual({ kind: 'text', maxLength: 64 })
    expect(byPath(cmg, 'region')).toMatchObject({ control: { kind: 'text' }, allowsEmpty: true })
    expect(byPath(describeFields(SiteProps), 'siteCode').allowsEmpty).toBe(true)
    expect(byPath(cmg, 'vmSize').allowsEmpty).toBe(false)
  })

  it('makes lists of enum values checkbox groups', () => {
    expect(byPath(cmg, 'contentTypes').control).toEqual({
      kind: 'checkboxGroup',
      options: [...CONTENT_TYPES],
    })
    expect(byPath(describeFields(ClientPopulationProps), 'os').control).toEqual({
      kind: 'checkboxGroup',
      options: [...POP_OS],
    })
  })

  it('makes nested objects fieldsets whose fields carry the full path', () => {
    const rg = byPath(cmg, 'resourceGroup')
    expect(rg.control.kind).toBe('fieldset')
    expect(byPath(cmg, 'resourceGroup.mode')).toMatchObject({
      path: ['resourceGroup', 'mode'],
      control: { kind: 'select', options: ['new', 'existing'] },
    })
    expect(byPath(cmg, 'alerts.warnPct').control).toEqual({ kind: 'number', min: 0, max: 100, integer: true })
    expect(byPath(describeFields(ClientPopulationProps), 'clientSettings.deltaContent').control.kind).toBe(
      'checkbox',
    )
  })

  it('makes the list of port ranges a list of objects with bounded numbers', () => {
    const ports = byPath(describeFields(ServerProps), 'outboundPorts')
    expect(ports.control.kind).toBe('objectList')
    if (ports.control.kind !== 'objectList') return
    expect(ports.control.maxItems).toBe(64)
    expect(ports.control.fields.map((f) => [f.key, f.control])).toEqual([
      ['from', { kind: 'number', min: 1, max: 65535, integer: true }],
      ['to', { kind: 'number', min: 1, max: 65535, integer: true }],
    ])
  })

  it('makes lists of strings one-per-line lists and tenant references text that may be empty', () => {
    const sub = describeFields(AzureSubscriptionProps)
    expect(byPath(sub, 'registeredProviders').control).toEqual({
      kind: 'textList',
      maxItems: 100,
      maxLength: 128,
    })
    expect(byPath(sub, 'tenantId')).toMatchObject({ control: { kind: 'text' }, allowsEmpty: true })
  })

  it('marks optional and nullable fields', () => {
    expect(byPath(describeFields(ClientPopulationProps), 'concurrent')).toMatchObject({
      optional: true,
      nullable: false,
      control: { kind: 'number', min: 0, max: 10_000_000, integer: true },
    })
    const design = describeFields(DesignSettings)
    expect(byPath(design, 'priceBook.vmHourly.Standard_A2_v2')).toMatchObject({
      nullable: true,
      control: { kind: 'number', min: 0, max: 1_000_000 },
    })
    expect(byPath(design, 'evaluationDate')).toMatchObject({ optional: true, allowsEmpty: false })
    expect(byPath(design, 'priceBook.asOf')).toMatchObject({ optional: false, allowsEmpty: true })
  })

  it('makes a union of literals (the ConfigMgr versions) a select of those values', () => {
    expect(byPath(describeFields(DesignSettings), 'cmVersion').control).toEqual({
      kind: 'select',
      options: [...CM_VERSIONS],
    })
  })

  it('can edit every property of every element kind and of the design settings', () => {
    const schemas = [...NODE_KINDS.map((k) => PROPS_BY_KIND[k]), DesignSettings]
    const unsupported = schemas.flatMap((s) =>
      flattenFields(describeFields(s)).filter((f) => f.control.kind === 'unsupported'),
    )
    expect(unsupported.map((f) => f.path.join('.'))).toEqual([])
  })
})

describe('parseFieldInput', () => {
  const pop = describeFields(ClientPopulationProps)
  const design = describeFields(DesignSettings)

  it('reads numbers, trimming spaces', () => {
    expect(parseFieldInput(byPath(pop, 'count'), ' 2500 ')).toEqual({ ok: true, value: 2500 })
    expect(parseFieldInput(byPath(pop, 'count'), 'lots')).toEqual({ ok: false, reason: 'must be a number' })
  })

  it('turns an empty input into "not set" only where the schema allows it', () => {
    expect(parseFieldInput(byPath(pop, 'count'), '')).toEqual({ ok: false, reason: 'must be a number' })
    expect(parseFieldInput(byPath(pop, 'concurrent'), '  ')).toEqual({ ok: true, value: undefined })
    expect(parseFieldInput(byPath(design, 'priceBook.egressPerGB'), '')).toEqual({ ok: true, value: null })
    expect(parseFieldInput(byPath(design, 'evaluationDate'), '')).toEqual({ ok: true, value: undefined })
    expect(parseFieldInput(byPath(design, 'priceBook.asOf'), '')).toEqual({ ok: true, value: '' })
  })

  it('trims single-line text but keeps multi-line text as typed', () => {
    expect(parseFieldInput(byPath(design, 'name'), '  Contoso  ')).toEqual({ ok: true, value: 'Contoso' })
    expect(parseFieldInput(byPath(design, 'notes'), '  line 1\n', { multiline: true })).toEqual({
      ok: true,
      value: '  line 1\n',
    })
  })

  it('reads one entry per line, without blank lines', () => {
    const providers = byPath(describeFields(AzureSubscriptionProps), 'registeredProviders')
    expect(parseFieldInput(providers, 'Microsoft.Storage\r\n\n  Microsoft.Network  \n')).toEqual({
      ok: true,
      value: ['Microsoft.Storage', 'Microsoft.Network'],
    })
    expect(formatFieldValue(providers, ['a', 'b'])).toBe('a\nb')
  })

  it('leaves range and pattern checks to the schema', () => {
    expect(parseFieldInput(byPath(describeFields(CmgProps), 'vmCount'), '200')).toEqual({
      ok: true,
      value: 200,
    })
    expect(parseFieldInput(byPath(describeFields(SiteProps), 'siteCode'), 'TOOLONG')).toEqual({
      ok: true,
      value: 'TOOLONG',
    })
  })
})

describe('values at a path', () => {
  const props = defaultProps('cmg')

  it('reads nested values and nothing where the path leads nowhere', () => {
    expect(valueAt(props, ['alerts', 'warnPct'])).toBe(50)
    expect(valueAt(props, ['alerts', 'missing', 'deeper'])).toBeUndefined()
  })

  it('patches a top-level property, or a nested one with its siblings kept', () => {
    expect(patchAt(props, ['vmCount'], 3)).toEqual({ vmCount: 3 })
    expect(patchAt(props, ['resourceGroup', 'region'], 'westus')).toEqual({
      resourceGroup: { name: '', mode: 'new', region: 'westus' },
    })
    const patched = patchAt(
      { priceBook: { vmHourly: { a: 1, b: 2 }, hours: 730 } },
      ['priceBook', 'vmHourly', 'b'],
      5,
    )
    expect(patched).toEqual({ priceBook: { vmHourly: { a: 1, b: 5 }, hours: 730 } })
  })
})

describe('refusals and the text a field shows for them', () => {
  const refusalOf = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value)
    if (parsed.success) throw new Error('expected a refusal')
    return schemaRefusal(parsed.error.issues, 'The value is not valid.')
  }
  const cmg = defaultProps('cmg')

  it('words a schema refusal as the sentence shown on its own, with the path and message of its issue', () => {
    const refusal = refusalOf(CmgProps, { ...cmg, vmCount: 200 })
    expect(refusal).toEqual({
      ok: false,
      reason: 'vmCount: must be between 0 and 99',
      issue: { path: ['vmCount'], message: 'must be between 0 and 99' },
    })
    expect(refusalAt(['id'], 'another tenant already has the id "a"')).toEqual({
      ok: false,
      reason: 'id: another tenant already has the id "a"',
      issue: { path: ['id'], message: 'another tenant already has the id "a"' },
    })
  })

  it("keeps only the message when the refusal is about the field's own path or a value inside it", () => {
    expect(fieldErrorText(refusalOf(CmgProps, { ...cmg, vmCount: 200 }), ['vmCount'])).toBe(
      'must be between 0 and 99',
    )
    const region = refusalOf(CmgProps, { ...cmg, resourceGroup: { ...cmg.resourceGroup, region: 'East US' } })
    expect(fieldErrorText(region, ['resourceGroup', 'region'])).toBe(
      'must be an Azure short region name such as eastus',
    )
    const ports = refusalOf(ServerProps, { ...defaultProps('server'), outboundPorts: [{ from: 9, to: 1 }] })
    expect(fieldErrorText(ports, ['outboundPorts'])).toBe('"from" must not exceed "to"')
    expect(fieldErrorText(refusalAt(['phases', 1, 'name'], 'is required'), ['phases', 1, 'name'])).toBe(
      'is required',
    )
  })

  it('keeps the path of a refusal about another property, and plain sentences as they are', () => {
    expect(fieldErrorText(refusalAt(['vmCountMax'], 'must be a number'), ['vmCount'])).toBe(
      'vmCountMax: must be a number',
    )
    expect(fieldErrorText(refusalOf(CmgProps, { ...cmg, vmCount: 200 }), ['vmSize'])).toBe(
      'vmCount: must be between 0 and 99',
    )
    expect(fieldErrorText({ ok: false, reason: 'That element no longer exists.' }, ['vmCount'])).toBe(
      'That element no longer exists.',
    )
  })
})

describe('showing a stored value and committing it unchanged', () => {
  const contoso = parseDesignFile(readFileSync('resources/templates/contoso.cmgd', 'utf8'))
  if (!contoso.ok) throw new Error('contoso template does not load')
  const samples = [
    ...NODE_KINDS.map((kind) => ({ schema: PROPS_BY_KIND[kind], root: defaultProps(kind) as unknown })),
    ...contoso.value.doc.nodes.map((n) => ({ schema: PROPS_BY_KIND[n.kind], root: n.props as unknown })),
    { schema: DesignSettings, root: contoso.value.doc.design as unknown },
  ]

  it('gives back the same value for every typed field', () => {
    for (const { schema, root } of samples)
      for (const field of flattenFields(describeFields(schema))) {
        if (!['number', 'text', 'textList'].includes(field.control.kind)) continue
        const stored = valueAt(root, field.path)
        const parsed = parseFieldInput(field, formatFieldValue(field, stored), { multiline: true })
        expect(parsed, field.path.join('.')).toEqual({ ok: true, value: stored })
        const patched = {
          ...(root as object),
          ...patchAt(root as Record<string, unknown>, field.path, stored),
        }
        expect(schema.parse(patched), field.path.join('.')).toEqual(root)
      }
  })
})
