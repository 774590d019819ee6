// The inspector's field metadata against the model: every property of every element kind is shown
// in exactly one group and has a written label, no metadata names a property that does not exist,
// enum labels cover exactly the enum's values, widgets fit their fields, and the ConfigMgr
// version labels mark versions out of support on the evaluation date.
import { describe, expect, it } from 'vitest'
import { DesignSettings, NODE_KINDS, PROPS_BY_KIND, Tenant } from '../../../src/shared/model/schema'
import { CM_VERSIONS } from '../../../src/shared/model/versions'
import {
  cmVersionLabel,
  DESIGN_FORM,
  fieldMeta,
  KIND_FORMS,
  supportStatus,
  TENANT_FIELDS,
  type FormMeta,
} from '../../../src/renderer/src/design/field-meta'
import {
  describeFields,
  flattenFields,
  type FieldDescriptor,
} from '../../../src/renderer/src/design/schema-fields'

const forms: readonly (readonly [string, FormMeta, readonly FieldDescriptor[]])[] = [
  ...NODE_KINDS.map((k) => [k, KIND_FORMS[k], describeFields(PROPS_BY_KIND[k])] as const),
  ['design', DESIGN_FORM, describeFields(DesignSettings)],
]

describe.each(forms)('the %s form', (_name, form, fields) => {
  const all = flattenFields(fields)
  const custom = new Set(form.custom ?? [])
  const objectListItems = all.flatMap((f) =>
    f.control.kind === 'objectList' && !custom.has(f.key)
      ? f.control.fields.map((i) => [...f.path, i.key].join('.'))
      : [],
  )
  const paths = new Set([...all.map((f) => f.path.join('.')), ...objectListItems])

  it('shows every property in exactly one group, or edits it by hand', () => {
    const grouped = form.groups.flatMap((g) => g.fields)
    expect([...grouped, ...(form.custom ?? [])].sort()).toEqual(fields.map((f) => f.key).sort())
  })

  it('gives every shown field a written label', () => {
    const shown = [
      ...all.filter((f) => !custom.has(f.path[0] ?? '')).map((f) => f.path.join('.')),
      ...objectListItems,
    ]
    expect(shown.filter((p) => !form.fields[p]?.label)).toEqual([])
  })

  it('has no metadata for properties that do not exist', () => {
    expect(Object.keys(form.fields).filter((p) => !paths.has(p))).toEqual([])
  })

  it('labels exactly the values of each enum', () => {
    for (const field of all) {
      const options = fieldMeta(form, field.path).options
      if (!options) continue
      const values =
        field.control.kind === 'select' || field.control.kind === 'checkboxGroup' ? field.control.options : []
      expect(Object.keys(options).sort(), field.path.join('.')).toEqual(values.map(String).sort())
    }
  })

  it('uses text widgets only on text fields', () => {
    for (const field of all) {
      const widget = fieldMeta(form, field.path).widget
      if (widget) expect(field.control.kind, field.path.join('.')).toBe('text')
    }
  })
})

describe('checkbox groups', () => {
  it('label every option', () => {
    for (const [, form, fields] of forms)
      for (const field of flattenFields(fields))
        if (field.control.kind === 'checkboxGroup')
          expect(fieldMeta(form, field.path).options, field.path.join('.')).toBeDefined()
  })
})

describe('CMG metadata', () => {
  it('orders the CMG groups as the brief describes', () => {
    expect(KIND_FORMS.cmg.groups.map((g) => g.title)).toEqual([
      'Identity',
      'Deployment',
      'Scale',
      'Content',
      'Security',
      'Alerts',
      'Cost',
    ])
  })

  it('explains the VM count with its supported range and per-VM capacity', () => {
    const meta = KIND_FORMS.cmg.fields.vmCount
    expect(meta?.label).toBe('VM instances')
    expect(meta?.unit).toBe('VMs')
    expect(meta?.help).toMatch(/^1-16; 2 or more for production/)
    expect(meta?.help).toContain('6,000 for Standard_A2_v2')
    expect(meta?.help).toContain('10,000 for Standard_A4_v2')
  })

  it('puts units on the sizes and prices', () => {
    expect(KIND_FORMS.cmg.fields.contentStorageGB?.unit).toBe('GB')
    expect(DESIGN_FORM.fields['priceBook.vmHourly.Standard_A4_v2']?.unit).toBe('{currency}/h')
  })

  it('chooses tenants from the design for tenant references', () => {
    expect(KIND_FORMS.azureSubscription.fields.tenantId?.widget).toBe('tenant')
    expect(KIND_FORMS.clientPopulation.fields.identityTenantId?.widget).toBe('tenant')
  })
})

describe('tenant fields', () => {
  it('label every property of a tenant', () => {
    expect(Object.keys(TENANT_FIELDS).sort()).toEqual(Object.keys(Tenant.shape).sort())
  })
})

describe('ConfigMgr version labels', () => {
  it('shows the end of support of a supported version', () => {
    expect(cmVersionLabel(2509, '2026-11-26')).toBe('2509 — until 2027-05-12')
    expect(supportStatus(2509, '2026-11-26')).toEqual({ end: '2027-05-12', supported: true })
  })

  it('marks versions whose support ended before the evaluation date', () => {
    expect(cmVersionLabel(2403, '2026-11-26')).toBe('2403 — out of support')
    expect(CM_VERSIONS.filter((v) => !supportStatus(v, '2026-11-26').supported)).toEqual([
      2006, 2010, 2103, 2107, 2111, 2203, 2207, 2211, 2303, 2309, 2403, 2409, 2503,
    ])
  })

  it('counts the last day of support as supported', () => {
    expect(supportStatus(2409, '2026-06-04').supported).toBe(true)
    expect(supportStatus(2409, '2026-06-05').supported).toBe(false)
  })
})
