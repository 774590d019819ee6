// The renderer's only door to the outside world: the `window.cmg` API the Electron preload exposes
// (one function per IPC channel of src/shared/ipc/contract.ts). In a plain browser (the e2e tests,
// the benchmark, a served renderer build) there is no preload, so the web adapter, a stand-in for
// main answering the same contract (web-adapter.ts), is loaded on demand.
// Runs in the renderer.
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels'
import {
  eventContract,
  invokeContract,
  type EventPayload,
  type Fail,
  type PreloadApi,
  type Req,
  type Res,
} from '../../../shared/ipc/contract'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly cmg?: PreloadApi
  }
}

let platform: Promise<PreloadApi> | undefined

function api(): Promise<PreloadApi> {
  platform ??= window.cmg
    ? Promise.resolve(window.cmg)
    : import('./web-adapter').then((m) => m.createWebAdapter())
  return platform
}

/** True inside the Electron app (the native menu then owns some shortcuts). */
export const isDesktopApp = (): boolean => window.cmg !== undefined

/**
 * Calls a channel. A transport failure (main crashed, handler threw) becomes an INTERNAL Fail on
 * channels whose response can be a Fail, so callers handle one shape; other channels reject.
 */
export async function invoke<C extends InvokeChannel>(channel: C, request: Req<C>): Promise<Res<C>> {
  const call = (await api())[channel] as unknown as (req: Req<C>) => Promise<Res<C>>
  try {
    return await call(request)
  } catch (e) {
    const fail: Fail = { ok: false, code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }
    if (invokeContract[channel].res.safeParse(fail).success) return fail as Res<C>
    throw e
  }
}

/**
 * Subscribes to an event from main. Payloads that do not match the contract are dropped with a
 * warning rather than reaching the store. Returns the unsubscribe function.
 */
export function onEvent<E extends EventChannel>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  let unsubscribe: (() => void) | undefined
  let cancelled = false
  void api().then((impl) => {
    if (cancelled) return
    const subscribe = impl[event] as unknown as (l: (payload: unknown) => void) => () => void
    unsubscribe = subscribe((payload) => {
      const parsed = eventContract[event].safeParse(payload)
      if (parsed.success) listener(parsed.data as EventPayload<E>)
      else console.warn(`Ignored a malformed "${event}" event from the main process.`)
    })
  })
  return () => {
    cancelled = true
    unsubscribe?.()
  }
}
