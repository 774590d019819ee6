// The layout every inspector field shares: the label in the left column (a field of a nested
// object is also named after it, for screen readers: "Resource group Name"), the control and its
// unit on the right, then the help text (shown when the panel's help is on, always reachable by
// screen readers and as a tooltip) and the inline error (icon and text, announced, linked to the
// control with aria-describedby). Checkboxes put the box before a full-width label. Runs in the
// renderer.
import { createContext, useContext, useId, type ReactNode } from 'react'

/** Whether help texts are shown under the fields (the panel's "Help" toggle). */
export const ShowHelp = createContext(false)

export interface FieldIds {
  readonly input: string
  readonly describedBy: string | undefined
}

/** Ids for a field's control, help and error, and the aria-describedby that links them. */
export function useFieldIds(
  help: string | undefined,
  error: string | null,
): FieldIds & {
  readonly help: string
  readonly error: string
} {
  const base = useId()
  const ids = { input: `${base}-input`, help: `${base}-help`, error: `${base}-error` }
  const describedBy = [error ? ids.error : '', help ? ids.help : ''].filter((id) => id !== '').join(' ')
  return { ...ids, describedBy: describedBy === '' ? undefined : describedBy }
}

export function FieldHelp({ id, text }: { id: string; text: string | undefined }) {
  const show = useContext(ShowHelp)
  if (!text) return null
  return (
    <p id={id} className="insp-help" hidden={!show}>
      {text}
    </p>
  )
}

export function FieldError({ id, text }: { id: string; text: string | null }) {
  if (!text) return null
  return (
    <p id={id} className="insp-error" role="alert">
      <svg className="insp-error-icon" width="13" height="13" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.2v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="11.4" r="1" fill="#fff" />
      </svg>
      <span>{text}</span>
    </p>
  )
}

/** The nested object a field belongs to, read before its label by screen readers only. */
export function WithinPrefix({ within }: { within: string | undefined }) {
  return within ? <span className="visually-hidden">{within} </span> : null
}

export function FieldRow(props: {
  readonly ids: ReturnType<typeof useFieldIds>
  readonly label: string
  /** The label of the nested object holding the field, part of its accessible name. */
  readonly within?: string | undefined
  readonly help: string | undefined
  readonly error: string | null
  readonly unit?: string | undefined
  readonly children: ReactNode
  /** Extra line under the control (a version's support status). */
  readonly note?: ReactNode
}) {
  const { ids, label, within, help, error, unit, children, note } = props
  return (
    <div className={`insp-row${error ? ' has-error' : ''}`}>
      <label className="insp-label" htmlFor={ids.input} title={help}>
        <WithinPrefix within={within} />
        {label}
      </label>
      <div className="insp-control">
        {children}
        {unit ? <span className="insp-unit">{unit}</span> : null}
      </div>
      {note ? <div className="insp-note">{note}</div> : null}
      <FieldError id={ids.error} text={error} />
      <FieldHelp id={ids.help} text={help} />
    </div>
  )
}
