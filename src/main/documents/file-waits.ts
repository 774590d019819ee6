// Waits for a file another program holds, as the window sees them: a save or export that has
// waited a second for a locked file sends its window 'file:wait' (the message and a wait id), the
// window's Cancel button calls 'file:cancelWait' with that id, which aborts the retrying write
// (the file stays as it was), and the window hears 'file:wait' again when the wait is over.
// Used by the save and export handlers (ipc/handlers.ts). Runs in the Electron main process;
// windows are reached through their webContents.
import { randomBytes } from 'node:crypto'
import type { FileWait } from '../services/document-store'
import { type EventTarget, sendEvent } from '../ipc/events'

/** The webContents of the window that started the save. */
export interface WaitingWindow extends EventTarget {
  readonly id: number
}

interface Wait {
  readonly contentsId: number
  readonly controller: AbortController
}

/** One write's wait: what to hand to the file services, and `end()` once the write is done. */
export interface WaitScope extends FileWait {
  readonly signal: AbortSignal
  readonly onWaiting: (message: string) => void
  end(): void
}

export class FileWaits {
  private readonly waits = new Map<string, Wait>()

  /** Starts the wait scope of one write for `window`; call end() when the write has finished. */
  begin(window: WaitingWindow): WaitScope {
    const waitId = `wait_${randomBytes(12).toString('base64url')}`
    const controller = new AbortController()
    this.waits.set(waitId, { contentsId: window.id, controller })
    let announced = false
    return {
      signal: controller.signal,
      onWaiting: (message) => {
        announced = sendEvent(window, 'file:wait', { waitId, state: 'waiting', message }) || announced
      },
      end: () => {
        this.waits.delete(waitId)
        if (announced) sendEvent(window, 'file:wait', { waitId, state: 'over' })
      },
    }
  }

  /** Stops the wait `waitId` if it belongs to the window `contentsId`; false when there is none. */
  cancel(contentsId: number, waitId: string): boolean {
    const wait = this.waits.get(waitId)
    if (!wait || wait.contentsId !== contentsId) return false
    wait.controller.abort()
    return true
  }
}
