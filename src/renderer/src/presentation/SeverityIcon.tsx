// Severity and status drawn as a shape as well as a colour, so they read without colour: an
// octagon for an error, a triangle for a warning, a circle with "i" for information, a check for
// "within limits", a plus for "new in this step". Inline SVG, no icon font. Runs in the renderer.
import type { ReactNode } from 'react'
import type { Severity } from '../../../shared/rules/types'
import { formatCount } from '../../../shared/util/format-count'

export type StatusIconName = Severity | 'ok' | 'new'

const SHAPES: Readonly<Record<StatusIconName, ReactNode>> = {
  error: (
    <>
      <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor" />
      <path d="M12 7v6.5M12 16.6v.4" stroke="var(--icon-on, #fff)" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  warning: (
    <>
      <path d="M12 2.5 23 21.5H1z" fill="currentColor" strokeLinejoin="round" />
      <path d="M12 9v5.5M12 17.6v.4" stroke="var(--icon-on, #fff)" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="10.5" fill="currentColor" />
      <path d="M12 11v6.5M12 7.1v.4" stroke="var(--icon-on, #fff)" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  ok: (
    <>
      <circle cx="12" cy="12" r="10.5" fill="currentColor" />
      <path
        d="m7 12.5 3.2 3.2L17 9"
        fill="none"
        stroke="var(--icon-on, #fff)"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  new: (
    <>
      <rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="currentColor" />
      <path d="M12 7v10M7 12h10" stroke="var(--icon-on, #fff)" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
}

export function StatusIcon({ name, size = 20 }: { name: StatusIconName; size?: number }) {
  return (
    <svg
      className={`status-icon status-icon-${name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  )
}

export const SEVERITY_WORDS: Readonly<Record<Severity, readonly [one: string, many: string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['notice', 'notices'],
}

/** "1 error", "3 warnings". */
export const severityCount = (severity: Severity, n: number): string =>
  `${formatCount(n)} ${SEVERITY_WORDS[severity][n === 1 ? 0 : 1]}`
