// The sandboxed preload: exposes `window.cmg`, a frozen object with exactly one function per IPC
// channel and nothing else (no generic invoke, no ipcRenderer). Invoke channels send their request
// to main, which validates it; event channels subscribe a listener and return its unsubscribe
// function, passing only the payload (never Electron's event object). Events that arrive before the
// page first subscribes (the design main sends as soon as the page has loaded) are kept and handed
// to the listener, so a page that subscribes late still gets its design; later events that find no
// listener are dropped, so nothing stale is replayed.
// Runs in the renderer's isolated preload world; imports only electron and the channel list.
import { contextBridge, ipcRenderer } from 'electron'
import { EVENT_CHANNELS, type EventChannel, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { PreloadApi } from '../shared/ipc/contract'

/** Events kept per channel while nobody listens; older ones are dropped first. */
const MAX_BUFFERED_EVENTS = 20

type Listener = (payload: unknown) => void

function eventSubscriber(channel: EventChannel): (listener: Listener) => () => void {
  const listeners = new Set<Listener>()
  const buffered: unknown[] = []
  let subscribedOnce = false
  const deliver = (payload: unknown) => {
    for (const listener of [...listeners]) listener(payload)
  }
  const flush = () => {
    if (listeners.size === 0) return
    for (const payload of buffered.splice(0)) deliver(payload)
  }
  ipcRenderer.on(channel, (_event, payload: unknown) => {
    if (listeners.size > 0) return deliver(payload)
    if (subscribedOnce) return
    buffered.push(payload)
    if (buffered.length > MAX_BUFFERED_EVENTS) buffered.shift()
  })
  return (listener) => {
    if (typeof listener !== 'function')
      throw new TypeError(`window.cmg['${channel}'] expects a listener function`)
    listeners.add(listener)
    subscribedOnce = true
    // Asynchronously, so the caller has its unsubscribe function before anything arrives.
    if (buffered.length > 0) queueMicrotask(flush)
    return () => {
      listeners.delete(listener)
    }
  }
}

function buildApi(): PreloadApi {
  const api: Record<string, unknown> = {}
  for (const channel of INVOKE_CHANNELS)
    api[channel] = (request: unknown) => ipcRenderer.invoke(channel, request)
  for (const channel of EVENT_CHANNELS) api[channel] = eventSubscriber(channel)
  return Object.freeze(api) as PreloadApi
}

contextBridge.exposeInMainWorld('cmg', buildApi())
