// The in-app modal dialog (errors, questions): shows the first queued request from the ui store,
// focuses its main (or else its cancel) button, keeps Tab inside the dialog, and answers Escape
// with the cancel button.
// Runs in the renderer.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { answerDialog, useUi } from '../store/ui'
import { keepTabInside } from './focus-trap'

export function DialogHost() {
  const dialog = useUi((s) => s.dialogs[0])
  const panel = useRef<HTMLDivElement>(null)

  // Focus the main button, else the cancel button (never a destructive one by default).
  const focusId = dialog
    ? (dialog.buttons.find((b) => b.variant === 'primary') ?? { id: dialog.cancelId }).id
    : null
  useEffect(() => {
    if (focusId !== null)
      panel.current?.querySelector<HTMLButtonElement>(`button[data-button-id="${focusId}"]`)?.focus()
  }, [dialog?.id, focusId])

  if (!dialog) return null

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      answerDialog(dialog.id, dialog.cancelId)
      return
    }
    keepTabInside(event, panel.current)
  }

  const titleId = `dialog-title-${dialog.id}`
  const messageId = `dialog-message-${dialog.id}`
  return (
    <div className="modal-backdrop">
      <div
        ref={panel}
        className={`dialog tone-${dialog.tone}`}
        role={dialog.tone === 'error' ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {dialog.title}
        </h2>
        <p id={messageId} className="dialog-message">
          {dialog.message}
        </p>
        {dialog.details && dialog.details.length > 0 ? (
          <ul className="dialog-details" aria-label={dialog.detailsLabel ?? 'Problems found'} tabIndex={0}>
            {dialog.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        <div className="dialog-buttons">
          {dialog.buttons.map((b) => (
            <button
              key={b.id}
              type="button"
              data-button-id={b.id}
              className={`button${b.variant ? ` is-${b.variant}` : ''}`}
              onClick={() => answerDialog(dialog.id, b.id)}
            >
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  )
}
