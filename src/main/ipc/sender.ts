// Decides whether an IPC message comes from one of the app's own pages: the top-level frame of a
// window showing app://bundle. Iframes, other origins (https://…, app://bundle.evil, file://),
// and frames that are gone (null) are refused before any handler runs.
// Runs in the Electron main process; pure apart from reading the frame's properties.
import { isAppUrl } from '../security'

/** The part of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  readonly url: string
  readonly top: SenderFrame | null
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false
  if (frame.top !== frame) return false
  return isAppUrl(frame.url)
}
