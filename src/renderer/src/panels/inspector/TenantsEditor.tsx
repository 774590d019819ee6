// The design's Entra tenants: one card per tenant with its id, name and onboarding flags, add and
// remove. Renaming an id carries the subscriptions and client populations that use it along;
// removing a tenant still in use is refused with a message naming those elements. Each change is
// one undoable step. Runs in the renderer.
import { useState } from 'react'
import { MAX_TENANTS } from '../../../../shared/model/limits'
import type { Tenant } from '../../../../shared/model/schema'
import { TENANT_FIELDS } from '../../design/field-meta'
import { fieldErrorText } from '../../design/schema-fields'
import { removeTenant, updateDesign, updateTenant } from '../../store/document'
import { FieldError, FieldHelp, FieldRow, useFieldIds } from './FieldRow'
import { CloseGlyph } from './fields'
import { FormGroup } from './SchemaForm'
import { useCommitError, useDraft } from './use-draft'

/** "tenant-1", "tenant-2"…: the first free id with `prefix`. */
export function nextFreeId(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}-${i}`)) return `${prefix}-${i}`
}

function TenantText({
  tenant,
  field,
  autoFocus,
}: {
  tenant: Tenant
  field: 'id' | 'name'
  autoFocus?: boolean
}) {
  const meta = TENANT_FIELDS[field] ?? { label: field }
  const draft = useDraft(tenant[field], (text) => {
    const result = updateTenant(tenant.id, { [field]: text.trim() })
    return result.ok ? null : fieldErrorText(result, [field])
  })
  const ids = useFieldIds(meta.help, draft.error)
  return (
    <FieldRow ids={ids} label={meta.label} help={meta.help} error={draft.error}>
      <input
        id={ids.input}
        className={`insp-input${draft.dirty ? ' is-dirty' : ''}`}
        value={draft.text}
        title={meta.help}
        spellCheck={false}
        autoFocus={autoFocus}
        onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => draft.change(e.currentTarget.value)}
        onBlur={draft.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.commit()
          else if (e.key === 'Escape' && draft.revert()) e.stopPropagation()
        }}
      />
    </FieldRow>
  )
}

function TenantFlag({
  tenant,
  field,
}: {
  tenant: Tenant
  field: 'cloudManagement' | 'entraUserDiscovery' | 'authDisabled'
}) {
  const meta = TENANT_FIELDS[field] ?? { label: field }
  const { error, report } = useCommitError(String(tenant[field]))
  const ids = useFieldIds(meta.help, error)
  return (
    <div className={`insp-row is-check${error ? ' has-error' : ''}`}>
      <input
        id={ids.input}
        type="checkbox"
        className="insp-check"
        checked={tenant[field]}
        aria-describedby={ids.describedBy}
        onChange={(e) => {
          const result = updateTenant(tenant.id, { [field]: e.currentTarget.checked })
          report(result.ok ? null : result.reason)
        }}
      />
      <label className="insp-label" htmlFor={ids.input} title={meta.help}>
        {meta.label}
      </label>
      <FieldError id={ids.error} text={error} />
      <FieldHelp id={ids.help} text={meta.help} />
    </div>
  )
}

export function TenantsEditor({ tenants }: { tenants: readonly Tenant[] }) {
  const [added, setAdded] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<{ tenantId: string; message: string } | null>(null)
  const full = tenants.length >= MAX_TENANTS
  const add = () => {
    const id = nextFreeId(
      'tenant',
      tenants.map((t) => t.id),
    )
    const tenant: Tenant = {
      id,
      name: 'New tenant',
      cloudManagement: true,
      entraUserDiscovery: false,
      authDisabled: false,
    }
    const result = updateDesign({ tenants: [...tenants, tenant] })
    setRefusal(result.ok ? null : { tenantId: '', message: result.reason })
    if (result.ok) setAdded(id)
  }
  const remove = (tenant: Tenant) => {
    const result = removeTenant(tenant.id)
    setRefusal(result.ok ? null : { tenantId: tenant.id, message: result.reason })
  }
  return (
    <FormGroup
      title="Entra tenants"
      actions={
        <button
          type="button"
          className="insp-button"
          onClick={add}
          disabled={full}
          title={full ? `A design can list at most ${MAX_TENANTS} tenants` : 'Add an Entra tenant'}
        >
          + Add tenant
        </button>
      }
    >
      {tenants.length === 0 ? (
        <p className="inspector-empty">
          No tenants. Add the tenant that owns the Azure subscription and the tenants of your users.
        </p>
      ) : null}
      {tenants.map((tenant, index) => (
        // Keyed by position, so renaming a tenant's id keeps the focus in its field.
        <div
          key={index}
          role="group"
          className="insp-list-card"
          aria-label={`Tenant ${tenant.name || tenant.id}`}
        >
          <div className="insp-list-card-header">
            <span className="insp-list-card-title">{tenant.name === '' ? tenant.id : tenant.name}</span>
            <button
              type="button"
              className="insp-icon-button"
              aria-label={`Remove tenant ${tenant.name || tenant.id}`}
              title="Remove tenant"
              onClick={() => remove(tenant)}
            >
              <CloseGlyph />
            </button>
          </div>
          <TenantText tenant={tenant} field="name" autoFocus={added === tenant.id} />
          <TenantText tenant={tenant} field="id" />
          <TenantFlag tenant={tenant} field="cloudManagement" />
          <TenantFlag tenant={tenant} field="entraUserDiscovery" />
          <TenantFlag tenant={tenant} field="authDisabled" />
          {refusal?.tenantId === tenant.id ? (
            <FieldError id={`tenant-refusal-${tenant.id}`} text={refusal.message} />
          ) : null}
        </div>
      ))}
      {refusal?.tenantId === '' ? <FieldError id="tenant-refusal" text={refusal.message} /> : null}
    </FormGroup>
  )
}
