// A form generated from a zod object schema and its field metadata: one titled group per entry of
// the form's groups, fields in the metadata's order. A group that holds a single nested object
// (Alerts, Client settings, Price book) shows that object's fields directly. Runs in the renderer.
import type { ReactNode } from 'react'
import type { FieldGroup, FormMeta } from '../../design/field-meta'
import type { FieldDescriptor } from '../../design/schema-fields'
import { Field, type CommitField, type FieldContext } from './fields'

export function FormGroup(props: {
  readonly title: string
  readonly children: ReactNode
  /** Buttons at the right of the group header. */
  readonly actions?: ReactNode
}) {
  return (
    <section className="inspector-group" aria-label={props.title}>
      <header className="inspector-group-header">
        <h3>{props.title}</h3>
        {props.actions}
      </header>
      <div className="inspector-group-body">{props.children}</div>
    </section>
  )
}

export function SchemaForm(props: {
  readonly fields: readonly FieldDescriptor[]
  readonly form: FormMeta
  /** The groups to show (default: all of the form's). */
  readonly groups?: readonly FieldGroup[]
  readonly root: unknown
  readonly commit: CommitField
  readonly context: FieldContext
  /** A paragraph at the top of a group, by group title. */
  readonly intros?: Readonly<Record<string, ReactNode>>
}) {
  const { fields, form, root, commit, context, intros } = props
  const byKey = new Map(fields.map((f) => [f.key, f]))
  return (props.groups ?? form.groups).map((group) => {
    const members = group.fields.flatMap((key) => byKey.get(key) ?? [])
    const only = members.length === 1 ? members[0] : undefined
    const shown = only?.control.kind === 'fieldset' ? only.control.fields : members
    return (
      <FormGroup key={group.title} title={group.title}>
        {intros?.[group.title]}
        {shown.map((f) => (
          <Field key={f.path.join('.')} field={f} form={form} root={root} commit={commit} context={context} />
        ))}
      </FormGroup>
    )
  })
}
