// Keeps keyboard focus inside a modal dialog: Tab from its last focusable control goes to the first
// and Shift+Tab from the first to the last. The one focus trap of every modal (the confirmation
// dialogs, the suppression dialog, the shortcut sheet, the user guide). Runs in the renderer.
import type { KeyboardEvent } from 'react'

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]'

/** Call from the dialog's onKeyDown: wraps Tab and Shift+Tab around `container`'s controls. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement | null): void {
  if (event.key !== 'Tab' || !container) return
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last?.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first?.focus()
  }
}
