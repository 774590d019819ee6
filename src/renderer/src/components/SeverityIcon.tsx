// Severity and checking-state icons (inline SVG, drawn for this app) and the words that always
// accompany them, so severity is never shown by colour alone: the one icon set of the editor, its
// panels and presentation mode (styled by SeverityIcon.css; presentation/PresentationMode.css sets
// the presentation's colours). Runs in the renderer.
import type { ReactNode } from 'react'
import type { Severity } from '../../../shared/rules/types'
import { formatCount } from '../../../shared/util/format-count'
import './SeverityIcon.css'

export type StateIconName = Severity | 'ok' | 'paused' | 'suppressed' | 'checking'

const PATHS: Readonly<Record<StateIconName, ReactNode>> = {
  error: (
    <>
      <path d="M8.2 2h7.6L22 8.2v7.6L15.8 22H8.2L2 15.8V8.2z" className="sev-fill" />
      <path d="M8 12h8" className="sev-mark" />
    </>
  ),
  warning: (
    <>
      <path d="M12 2.8 22.4 20.6H1.6z" className="sev-fill" strokeLinejoin="round" />
      <path d="M12 9.4v5M12 17.6v.2" className="sev-mark" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="10" className="sev-fill" />
      <path d="M12 11v6M12 7.4v.2" className="sev-mark" />
    </>
  ),
  ok: (
    <>
      <circle cx="12" cy="12" r="10" className="sev-fill" />
      <path d="m7.5 12.3 3 3 6-6.3" className="sev-mark" />
    </>
  ),
  paused: (
    <>
      <circle cx="12" cy="12" r="10" className="sev-fill" />
      <path d="M9.5 8v8M14.5 8v8" className="sev-mark" />
    </>
  ),
  suppressed: (
    <>
      <circle cx="12" cy="12" r="9.5" className="sev-outline" />
      <path d="m5.5 5.5 13 13" className="sev-outline" />
    </>
  ),
  checking: (
    <>
      <circle cx="12" cy="12" r="9" className="sev-track" />
      <path d="M12 3a9 9 0 0 1 9 9" className="sev-outline" />
    </>
  ),
}

export function StateIcon({ name, size = 14 }: { name: StateIconName; size?: number }) {
  return (
    <svg
      className={`state-icon state-${name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      strokeWidth={2.6}
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  )
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

const NOUNS: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
}

/** "2 errors", "1 warning", "3 info". */
export function countLabel(severity: Severity, n: number): string {
  const [one, many] = NOUNS[severity]
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** "Error", "Warning", "Info": the word shown beside the icon of one finding. */
export const SEVERITY_WORD: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
}

const PRESENT_NOUNS: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['notice', 'notices'],
}

/** Presentation mode's counts, for an audience: "1 error", "3 warnings", "2 notices". */
export function presentCountLabel(severity: Severity, n: number): string {
  const [one, many] = PRESENT_NOUNS[severity]
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** Labels of the severity filter. */
export const SEVERITY_FILTER: Readonly<Record<Severity, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Info',
}

/** Group headings of the Problems panel. */
export const SEVERITY_GROUP: Readonly<Record<Severity, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Information',
}
