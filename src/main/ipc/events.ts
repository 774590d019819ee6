// Events main sends to a window ('menu:command', 'doc:opened'). Each payload is checked against the
// event contract before it leaves main, so the renderer only ever receives what the contract says.
// Runs in the Electron main process.
import type { EventChannel } from '../../shared/ipc/channels'
import { type EventPayload, eventContract } from '../../shared/ipc/contract'
import { formatPath } from '../../shared/format/issue-path'

/** The part of Electron's WebContents used to send an event. */
export interface EventTarget {
  isDestroyed(): boolean
  send(channel: string, payload: unknown): void
}

/** Sends `payload` on `channel`; returns false (and logs the invalid paths) when it breaks the contract. */
export function sendEvent<E extends EventChannel>(
  target: EventTarget,
  channel: E,
  payload: EventPayload<E>,
): boolean {
  const checked = eventContract[channel].safeParse(payload)
  if (!checked.success) {
    const paths = checked.error.issues.slice(0, 10).map((issue) => formatPath(issue.path))
    console.error(`event ${channel}: payload does not match the contract at ${paths.join(', ')}`)
    return false
  }
  if (target.isDestroyed()) return false
  target.send(channel, checked.data)
  return true
}
