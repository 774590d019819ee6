// The inspector's field controls, one per kind of field descriptor (design/schema-fields.ts):
// text (also multi-line, date and "suggest" inputs), number with its range and unit, select,
// checkbox, checkbox group, one-per-line list, a select of the design's Entra tenants and a small
// table for lists of objects (port ranges). A region field suggests the Azure regions of the
// element's Azure environment (and accepts a name the list lacks). Every control carries its dotted path in `data-field-path`, so "Show the field" can
// find and focus it. Typed fields commit on Enter or when focus leaves and
// revert on Escape; the others commit on change. Every commit goes through the store, whose
// refusal is shown under the field while nothing is stored. Undo and redo pressed in a typed field
// undo its typing while there is uncommitted typing, and the design's last change otherwise (one
// undo stack: a committed value is undone wherever focus is). Runs in the renderer.
import { useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { regionsOf } from '../../../../shared/model/azure-regions'
import type { Tenant } from '../../../../shared/model/schema'
import { runCommand } from '../../commands'
import { shortcutFor } from '../../keyboard'
import type { ActionResult } from '../../store/document'
import type { FieldMeta, FormMeta } from '../../design/field-meta'
import { fieldMeta } from '../../design/field-meta'
import {
  fieldErrorText,
  formatFieldValue,
  parseFieldInput,
  valueAt,
  type FieldDescriptor,
  type SelectOption,
} from '../../design/schema-fields'
import { FIELD_PATH_ATTRIBUTE } from '../requested-field'
import { FieldError, FieldHelp, FieldRow, WithinPrefix, useFieldIds } from './FieldRow'
import { useCommitError, useDraft, type Draft } from './use-draft'

/** Stores `value` at `path`; the store's answer. */
export type CommitField = (path: readonly string[], value: unknown) => ActionResult

/** What fields need to know beyond their own value. */
export interface FieldContext {
  readonly tenants: readonly Tenant[]
  /** The price book's currency, for units such as "EUR/h". */
  readonly currency: string
  /** Option labels that depend on the design (the ConfigMgr versions' support), by dotted path. */
  readonly optionLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** A line under a field (a version's support status), by dotted path. */
  readonly notes?: Readonly<Record<string, ReactNode>>
}

interface FieldProps {
  readonly field: FieldDescriptor
  readonly form: FormMeta
  /** The root object the field's path starts from (the props, the design settings). */
  readonly root: unknown
  readonly commit: CommitField
  readonly context: FieldContext
  /** The label of the nested object holding the field ("Resource group"), part of its accessible name. */
  readonly within?: string
}

/** Marks a field's control with its dotted path ("resourceGroup.name") for "Show the field". */
const pathAttribute = (field: FieldDescriptor) => ({ [FIELD_PATH_ATTRIBUTE]: field.path.join('.') })

const unitText = (meta: FieldMeta, context: FieldContext) =>
  meta.unit?.replace('{currency}', context.currency === '' ? '¤' : context.currency)

/** A commit that answers with the message to show next to this field (null when stored). */
function saver(field: FieldDescriptor, commit: CommitField) {
  return (value: unknown): string | null => {
    const result = commit(field.path, value)
    return result.ok ? null : fieldErrorText(result, field.path)
  }
}

/**
 * Enter commits (not in a multi-line field), Escape reverts; both stay inside the field. Undo and
 * redo with nothing typed act on the design, not on the field's own text history.
 */
function draftKeys(draft: Draft, multiline: boolean) {
  return (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const command = shortcutFor(event.nativeEvent)?.command
    if ((command === 'undo' || command === 'redo') && !draft.dirty) {
      event.preventDefault()
      runCommand(command)
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      draft.commit()
    } else if (event.key === 'Escape' && draft.revert()) {
      event.preventDefault()
      event.stopPropagation()
    }
  }
}

/**
 * The values a text field suggests: its declared ones, or for a region the Azure regions of the
 * `azureEnvironment` beside it (in the same root), labelled with their display names.
 */
function suggestionsFor(meta: FieldMeta, root: unknown): readonly { value: string; label?: string }[] {
  if (meta.widget === 'azureRegion')
    return regionsOf(String(valueAt(root, ['azureEnvironment']) ?? '')).map((r) => ({
      value: r.name,
      label: r.displayName,
    }))
  return meta.widget === 'suggest' ? (meta.suggestions ?? []).map((value) => ({ value })) : []
}

/** Text, number, date and one-per-line fields: typed, committed on Enter or blur. */
function TypedField({ field, form, root, commit, context, within }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const stored = valueAt(root, field.path)
  const multiline = meta.widget === 'textarea' || field.control.kind === 'textList'
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null)
  const save = saver(field, commit)
  const draft = useDraft(formatFieldValue(field, stored), (text) => {
    if (input.current instanceof HTMLInputElement && input.current.validity.badInput)
      return 'must be a number'
    const parsed = parseFieldInput(field, text, { multiline })
    return parsed.ok ? save(parsed.value) : parsed.reason
  })
  const ids = useFieldIds(meta.help, draft.error)
  const common = {
    ...pathAttribute(field),
    id: ids.input,
    className: `insp-input${draft.dirty ? ' is-dirty' : ''}`,
    value: draft.text,
    title: meta.help,
    placeholder: meta.placeholder,
    spellCheck: false,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': ids.describedBy,
    onBlur: draft.commit,
    onKeyDown: draftKeys(draft, multiline),
  } as const
  let control: ReactNode
  if (multiline)
    control = (
      <textarea
        {...common}
        ref={input as RefObject<HTMLTextAreaElement>}
        rows={field.control.kind === 'textList' ? 4 : 5}
        maxLength={field.control.kind === 'text' ? field.control.maxLength : undefined}
        onChange={(e) => draft.change(e.currentTarget.value)}
      />
    )
  else if (field.control.kind === 'number')
    control = (
      <input
        {...common}
        ref={input as RefObject<HTMLInputElement>}
        type="number"
        inputMode={field.control.integer ? 'numeric' : 'decimal'}
        min={field.control.min}
        max={field.control.max}
        step={field.control.integer ? 1 : 'any'}
        onChange={(e) => draft.change(e.currentTarget.value)}
      />
    )
  else {
    const listId = `${ids.input}-suggestions`
    const suggestions = suggestionsFor(meta, root)
    control = (
      <>
        <input
          {...common}
          ref={input as RefObject<HTMLInputElement>}
          type={meta.widget === 'date' ? 'date' : 'text'}
          maxLength={field.control.kind === 'text' ? field.control.maxLength : undefined}
          list={suggestions.length > 0 ? listId : undefined}
          onChange={(e) => draft.change(e.currentTarget.value)}
        />
        {suggestions.length > 0 ? (
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s.value} value={s.value} label={s.label} />
            ))}
          </datalist>
        ) : null}
      </>
    )
  }
  return (
    <FieldRow
      ids={ids}
      label={meta.label}
      within={within}
      help={meta.help}
      error={draft.error}
      unit={unitText(meta, context)}
      note={context.notes?.[field.path.join('.')]}
    >
      {control}
    </FieldRow>
  )
}

function SelectField({ field, form, root, commit, context, within }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const stored = valueAt(root, field.path)
  const { error, report } = useCommitError(String(stored))
  const ids = useFieldIds(meta.help, error)
  const labels = context.optionLabels?.[field.path.join('.')] ?? meta.options ?? {}
  const options: readonly SelectOption[] = field.control.kind === 'select' ? field.control.options : []
  const known = options.some((o) => o === stored)
  return (
    <FieldRow
      ids={ids}
      label={meta.label}
      within={within}
      help={meta.help}
      error={error}
      unit={unitText(meta, context)}
      note={context.notes?.[field.path.join('.')]}
    >
      <select
        {...pathAttribute(field)}
        id={ids.input}
        className="insp-input"
        value={String(stored)}
        title={meta.help}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => {
          const chosen = options.find((o) => String(o) === e.currentTarget.value)
          if (chosen !== undefined) report(saver(field, commit)(chosen))
        }}
      >
        {known ? null : <option value={String(stored)}>{String(stored)} (not offered)</option>}
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {labels[String(o)] ?? String(o)}
          </option>
        ))}
      </select>
    </FieldRow>
  )
}

/** A select of the design's Entra tenants, "Not set" for the empty id. */
function TenantField({ field, form, root, commit, context, within }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const stored = String(valueAt(root, field.path) ?? '')
  const { error, report } = useCommitError(stored)
  const ids = useFieldIds(meta.help, error)
  const known = stored === '' || context.tenants.some((t) => t.id === stored)
  return (
    <FieldRow ids={ids} label={meta.label} within={within} help={meta.help} error={error}>
      <select
        {...pathAttribute(field)}
        id={ids.input}
        className="insp-input"
        value={stored}
        title={meta.help}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => report(saver(field, commit)(e.currentTarget.value))}
      >
        <option value="">Not set</option>
        {known ? null : <option value={stored}>{stored} (unknown tenant)</option>}
        {context.tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name === '' ? t.id : t.name}
          </option>
        ))}
      </select>
    </FieldRow>
  )
}

function CheckboxField({ field, form, root, commit, within }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const stored = valueAt(root, field.path) === true
  const { error, report } = useCommitError(String(stored))
  const ids = useFieldIds(meta.help, error)
  return (
    <div className={`insp-row is-check${error ? ' has-error' : ''}`}>
      <input
        {...pathAttribute(field)}
        id={ids.input}
        type="checkbox"
        className="insp-check"
        checked={stored}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => report(saver(field, commit)(e.currentTarget.checked))}
      />
      <label className="insp-label" htmlFor={ids.input} title={meta.help}>
        <WithinPrefix within={within} />
        {meta.label}
      </label>
      <FieldError id={ids.error} text={error} />
      <FieldHelp id={ids.help} text={meta.help} />
    </div>
  )
}

/** A list of enum values as a group of checkboxes, kept in the schema's order. */
function CheckboxGroupField({ field, form, root, commit }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const stored = (valueAt(root, field.path) ?? []) as readonly string[]
  const { error, report } = useCommitError(stored.join('|'))
  const ids = useFieldIds(meta.help, error)
  const options = field.control.kind === 'checkboxGroup' ? field.control.options : []
  const toggle = (option: string, on: boolean) => {
    const next = options.filter((o) => (o === option ? on : stored.includes(o)))
    report(saver(field, commit)(next))
  }
  return (
    <fieldset
      {...pathAttribute(field)}
      className={`insp-row is-group${error ? ' has-error' : ''}`}
      aria-describedby={ids.describedBy}
      title={meta.help}
    >
      <legend className="insp-label">{meta.label}</legend>
      <div className="insp-check-grid">
        {options.map((o) => (
          <label key={o} className="insp-check-option">
            <input
              type="checkbox"
              checked={stored.includes(o)}
              onChange={(e) => toggle(o, e.currentTarget.checked)}
            />
            <span>{meta.options?.[o] ?? o}</span>
          </label>
        ))}
      </div>
      <FieldError id={ids.error} text={error} />
      <FieldHelp id={ids.help} text={meta.help} />
    </fieldset>
  )
}

/** One typed cell of a list row (a port number). */
function ListCell(props: {
  readonly item: FieldDescriptor
  readonly value: unknown
  readonly label: string
  readonly describedBy: string | undefined
  readonly save: (value: unknown) => string | null
  readonly onError: (message: string | null) => void
}) {
  const { item, value, label, describedBy, save, onError } = props
  const draft = useDraft(formatFieldValue(item, value), (text) => {
    const parsed = parseFieldInput(item, text)
    const refusal = parsed.ok ? save(parsed.value) : parsed.reason
    onError(refusal)
    return refusal
  })
  return (
    <input
      className={`insp-input${draft.dirty ? ' is-dirty' : ''}`}
      type={item.control.kind === 'number' ? 'number' : 'text'}
      aria-label={label}
      aria-invalid={draft.error ? true : undefined}
      aria-describedby={describedBy}
      min={item.control.kind === 'number' ? item.control.min : undefined}
      max={item.control.kind === 'number' ? item.control.max : undefined}
      value={draft.text}
      onChange={(e) => draft.change(e.currentTarget.value)}
      onBlur={draft.commit}
      onKeyDown={draftKeys(
        {
          ...draft,
          revert: () => {
            onError(null)
            return draft.revert()
          },
        },
        false,
      )}
    />
  )
}

/** A list of small objects (port ranges) as rows with a remove button each, plus "Add". */
function ObjectListField({ field, form, root, commit }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  const items = (valueAt(root, field.path) ?? []) as readonly Record<string, unknown>[]
  const { error, report } = useCommitError(JSON.stringify(items))
  const ids = useFieldIds(meta.help, error)
  if (field.control.kind !== 'objectList') return null
  const { fields: itemFields, maxItems } = field.control
  const save = saver(field, commit)
  const replace = (index: number, key: string, value: unknown) =>
    save(items.map((it, i) => (i === index ? { ...it, [key]: value } : it)))
  const describe = (item: Record<string, unknown>) =>
    itemFields.map((f) => String(item[f.key] ?? '')).join('–')
  const full = maxItems !== undefined && items.length >= maxItems
  return (
    <fieldset
      {...pathAttribute(field)}
      className={`insp-row is-list${error ? ' has-error' : ''}`}
      aria-describedby={ids.describedBy}
    >
      <legend className="insp-label" title={meta.help}>
        {meta.label}
      </legend>
      <div className="insp-list-table" role="group" aria-label={meta.label}>
        <div className="insp-list-head" aria-hidden="true">
          {itemFields.map((f) => (
            <span key={f.key}>{fieldMeta(form, [...field.path, f.key]).label}</span>
          ))}
          <span />
        </div>
        {items.map((item, index) => (
          <div className="insp-list-row" key={index}>
            {itemFields.map((f) => (
              <ListCell
                key={f.key}
                item={f}
                value={item[f.key]}
                label={`${meta.label} ${index + 1}: ${fieldMeta(form, [...field.path, f.key]).label}`}
                describedBy={ids.describedBy}
                save={(value) => replace(index, f.key, value)}
                onError={report}
              />
            ))}
            <button
              type="button"
              className="insp-icon-button"
              aria-label={`Remove ${describe(item)}`}
              title="Remove"
              onClick={() => report(save(items.filter((_, i) => i !== index)))}
            >
              <CloseGlyph />
            </button>
          </div>
        ))}
        {items.length === 0 ? <p className="insp-list-empty">None</p> : null}
      </div>
      <button
        type="button"
        className="insp-button"
        disabled={full}
        title={full ? `At most ${maxItems} entries` : undefined}
        onClick={() => report(save([...items, meta.newItem ?? {}]))}
      >
        + Add
      </button>
      <FieldError id={ids.error} text={error} />
      <FieldHelp id={ids.help} text={meta.help} />
    </fieldset>
  )
}

export function CloseGlyph() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M3 3l6 6M9 3 3 9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}

/**
 * A nested object: its fields inside a titled fieldset, each named after it too ("Resource group
 * Name"), so no two controls of the form share a name.
 */
function NestedFieldset(props: FieldProps) {
  const { field, form } = props
  if (field.control.kind !== 'fieldset') return null
  const label = fieldMeta(form, field.path).label
  return (
    <fieldset {...pathAttribute(field)} className="insp-nested">
      <legend>{label}</legend>
      {field.control.fields.map((f) => (
        <Field key={f.key} {...props} field={f} within={label} />
      ))}
    </fieldset>
  )
}

/** A read-only value for a property whose schema the inspector cannot edit. */
function ReadOnlyField({ field, form, root }: FieldProps) {
  const meta = fieldMeta(form, field.path)
  return (
    <div className="insp-row">
      <span className="insp-label">{meta.label}</span>
      <code {...pathAttribute(field)} className="insp-readonly">
        {JSON.stringify(valueAt(root, field.path))}
      </code>
    </div>
  )
}

/** The control for one field descriptor. */
export function Field(props: FieldProps) {
  const { field, form } = props
  const meta = fieldMeta(form, field.path)
  switch (field.control.kind) {
    case 'checkbox':
      return <CheckboxField {...props} />
    case 'select':
      return <SelectField {...props} />
    case 'checkboxGroup':
      return <CheckboxGroupField {...props} />
    case 'fieldset':
      return <NestedFieldset {...props} />
    case 'objectList':
      return <ObjectListField {...props} />
    case 'unsupported':
      return <ReadOnlyField {...props} />
    case 'text':
      if (meta.widget === 'tenant') return <TenantField {...props} />
      return <TypedField {...props} />
    case 'number':
    case 'textList':
      return <TypedField {...props} />
  }
}
