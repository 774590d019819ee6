// The frame of the help sheets (the keyboard shortcut sheet, the user guide): a modal dialog with a
// title and a Close button that takes focus when it opens; focus stays inside (focus-trap.ts), keys
// pressed inside never reach the canvas shortcuts, and Escape, Close or a click outside closes it
// (the opener returns focus to where it was). Runs in the renderer.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { keepTabInside } from './focus-trap'
import './HelpSheet.css'

export function HelpSheet(props: {
  readonly title: string
  /** The dialog's own class, for its width. */
  readonly className: string
  readonly onClose: () => void
  /** Keys besides Escape that close the sheet (the shortcut sheet closes on `?` too). */
  readonly closeKeys?: readonly string[]
  readonly children: ReactNode
}) {
  const { title, className, onClose, closeKeys = [], children } = props
  const panel = useRef<HTMLDivElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const titleId = useId()

  useEffect(() => closeButton.current?.focus(), [])

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys pressed in the sheet belong to it: none reaches the canvas shortcuts.
    event.stopPropagation()
    if (event.key === 'Escape' || closeKeys.includes(event.key)) {
      event.preventDefault()
      onClose()
      return
    }
    keepTabInside(event, panel.current)
  }

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="shortcuts-head">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <button ref={closeButton} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        {children}
      </div>
    </div>
  )
}
