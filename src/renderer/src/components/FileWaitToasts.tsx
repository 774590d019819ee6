// A save or export waiting for a file another program holds (antivirus, backup, sync): main says
// so after a second ('file:wait'), and the window shows it as a notice that stays until the wait
// is over, with a Cancel button that stops the wait ('file:cancelWait'; the file on disk is then
// left as it was and the save reports nothing more). Rendered inside the toast stack.
// Runs in the renderer.
import { useEffect, useState } from 'react'
import { invoke, onEvent } from '../platform/api'

interface Waiting {
  readonly waitId: string
  readonly message: string
  readonly cancelling: boolean
}

export function FileWaitToasts() {
  const [waits, setWaits] = useState<readonly Waiting[]>([])

  useEffect(
    () =>
      onEvent('file:wait', (event) =>
        setWaits((current) => {
          const others = current.filter((wait) => wait.waitId !== event.waitId)
          return event.state === 'waiting'
            ? [...others, { waitId: event.waitId, message: event.message, cancelling: false }]
            : others
        }),
      ),
    [],
  )

  const cancel = (waitId: string) => {
    setWaits((current) =>
      current.map((wait) => (wait.waitId === waitId ? { ...wait, cancelling: true } : wait)),
    )
    // Whatever the answer (the wait may have just ended), there is nothing left to wait for.
    void invoke('file:cancelWait', { waitId }).finally(() =>
      setWaits((current) => current.filter((wait) => wait.waitId !== waitId)),
    )
  }

  return waits.map((wait) => (
    <div key={wait.waitId} className="toast tone-info" role="status">
      <span className="toast-text">{wait.message}</span>
      <button
        type="button"
        className="button is-small"
        disabled={wait.cancelling}
        onClick={() => cancel(wait.waitId)}
      >
        Cancel
      </button>
    </div>
  ))
}
