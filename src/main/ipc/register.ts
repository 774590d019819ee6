// The only way main answers the renderer: `handle(channel, impl)` wraps ipcMain.handle so every call
// (1) comes from a trusted frame, (2) carries a request that passes the channel's zod schema,
// (3) runs the implementation, (4) returns a value that passes the response schema, and (5) never
// throws across IPC: every failure is `{ ok: false, code, message }`. Logs name the channel and the
// invalid paths, never the payload (it may hold a whole design).
// Runs in the Electron main process; ipcMain is passed in, so tests use a fake.
import type { WebContents } from 'electron'
import type { z } from 'zod'
import { formatIssues, formatPath } from '../../shared/format/issue-path'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { type Fail, type IpcErrorCode, type Res, invokeContract } from '../../shared/ipc/contract'
import { type SenderFrame, isTrustedSender } from './sender'

/** A request after its schema has parsed it (defaults applied). */
export type ParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['req']>

export interface CallContext {
  /** The webContents that sent the request: handlers find the caller's window with it. */
  readonly sender: WebContents
}

export type ChannelImpl<C extends InvokeChannel> = (
  req: ParsedRequest<C>,
  ctx: CallContext,
) => Promise<Res<C>> | Res<C>

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null
  readonly sender: WebContents
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

export interface IpcLog {
  warn(message: string): void
  error(message: string, error?: unknown): void
}

const MAX_MESSAGE = 2000
const MAX_DETAIL = 1000
const MAX_DETAILS = 60

/** A Fail that always passes the contract's Fail schema (messages and details are clamped). */
export function failure(code: IpcErrorCode, message: string, details?: readonly string[]): Fail {
  const clamp = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
  const fail: Fail = { ok: false, code, message: clamp(message, MAX_MESSAGE) }
  if (details && details.length > 0)
    fail.details = details.slice(0, MAX_DETAILS).map((d) => clamp(d, MAX_DETAIL))
  return fail
}

const issuePaths = (issues: readonly z.core.$ZodIssue[]) =>
  [...new Set(issues.slice(0, 10).map((i) => formatPath(i.path)))].join(', ')

function isTrusted(event: InvokeEvent): boolean {
  try {
    return isTrustedSender(event.senderFrame)
  } catch {
    // A frame that was destroyed mid-call throws on property access: not trusted.
    return false
  }
}

async function dispatch<C extends InvokeChannel>(
  channel: C,
  impl: ChannelImpl<C>,
  event: InvokeEvent,
  raw: unknown,
  log: IpcLog,
): Promise<Res<C> | Fail> {
  try {
    if (!isTrusted(event)) {
      log.warn(`ipc ${channel}: refused a call from an untrusted frame`)
      return failure('FORBIDDEN', 'This request did not come from a CMG Designer window.')
    }
    const schemas = invokeContract[channel]
    const request = schemas.req.safeParse(raw)
    if (!request.success) {
      log.warn(`ipc ${channel}: invalid request at ${issuePaths(request.error.issues)}`)
      return failure(
        'INVALID_REQUEST',
        `The request to ${channel} was not valid.`,
        formatIssues(request.error.issues),
      )
    }
    const result = await impl(request.data as ParsedRequest<C>, { sender: event.sender })
    const response = schemas.res.safeParse(result)
    if (!response.success) {
      log.error(
        `ipc ${channel}: the handler's result does not match the contract at ${issuePaths(response.error.issues)}`,
      )
      return failure('INTERNAL', `CMG Designer produced an invalid answer to ${channel}.`)
    }
    return response.data as Res<C>
  } catch (error) {
    log.error(`ipc ${channel}: the handler failed`, error)
    return failure('INTERNAL', `CMG Designer failed to complete ${channel}.`)
  }
}

export interface IpcRegistry {
  handle<C extends InvokeChannel>(channel: C, impl: ChannelImpl<C>): void
  registeredChannels(): readonly InvokeChannel[]
}

export function createIpcRegistry(ipc: IpcMainLike, log: IpcLog): IpcRegistry {
  const registered = new Set<InvokeChannel>()
  return {
    handle(channel, impl) {
      if (registered.has(channel)) throw new Error(`IPC channel ${channel} already has a handler`)
      registered.add(channel)
      ipc.handle(channel, (event, raw) => dispatch(channel, impl, event, raw, log))
    },
    registeredChannels: () => [...registered],
  }
}
