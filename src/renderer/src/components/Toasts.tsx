// Short-lived notices at the bottom of the canvas: refusals (why a drop or connection is not
// allowed), save confirmations and informational messages, and a save waiting for a locked file
// (FileWaitToasts). Errors are announced assertively to screen readers, the rest politely.
// Runs in the renderer.
import { FileWaitToasts } from './FileWaitToasts'
import { Icon } from './icons'
import { dismissToast, useUi } from '../store/ui'
import './Toasts.css'

export function Toasts() {
  const toasts = useUi((s) => s.toasts)
  return (
    <div className="toasts" aria-live="polite">
      <FileWaitToasts />
      {toasts.map((t) => (
        <div key={t.id} className={`toast tone-${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
          <span className="toast-text">{t.message}</span>
          <button
            type="button"
            className="toast-close"
            aria-label="Dismiss"
            onClick={() => dismissToast(t.id)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  )
}
