// The preload's bridge: exactly one function per contract channel on a frozen window.cmg, invoke
// functions that only forward their request, event subscriptions that hand listeners the payload
// (never Electron's event), and a design sent before the page subscribed is not lost.
import { describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)

type Api = Record<string, (arg: unknown) => unknown>

/** A fresh preload, as each page load gets one. */
async function loadPreload() {
  vi.resetModules()
  const { contextBridge, ipcRenderer } = await import('electron')
  vi.mocked(contextBridge.exposeInMainWorld).mockClear()
  const fromMain = new Map<string, (event: unknown, payload: unknown) => void>()
  vi.mocked(ipcRenderer.on).mockImplementation(((
    channel: string,
    listener: (event: unknown, payload: unknown) => void,
  ) => {
    fromMain.set(channel, listener)
    return ipcRenderer
  }) as never)
  vi.mocked(ipcRenderer.invoke).mockImplementation(async (channel: string, request: unknown) => ({
    channel,
    request,
  }))
  await import('../../../src/preload/index')
  const [name, api] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0] ?? []
  const emit = (channel: string, payload: unknown) =>
    fromMain.get(channel)?.({ sender: 'IpcRendererEvent', ports: [] }, payload)
  return { name, api: api as Api, emit, ipcRenderer }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('window.cmg', () => {
  it('is exposed as window.cmg with exactly one function per channel and nothing else', async () => {
    const { name, api } = await loadPreload()
    expect(name).toBe('cmg')
    expect(Object.keys(api).sort()).toEqual([...INVOKE_CHANNELS, ...EVENT_CHANNELS].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
    expect(api).not.toHaveProperty('on')
  })

  it('is frozen', async () => {
    const { api } = await loadPreload()
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('forwards an invoke call on its own channel with the request untouched', async () => {
    const { api, ipcRenderer } = await loadPreload()
    const request = { handle: 'doc_abcdefghijklmnop', dirty: true, designName: 'Contoso' }
    await expect(api['doc:setDirty']?.(request)).resolves.toEqual({ channel: 'doc:setDirty', request })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('doc:setDirty', request)
  })

  it('subscribes to events, passes only the payload, and unsubscribes', async () => {
    const { api, emit } = await loadPreload()
    const listener = vi.fn()
    const unsubscribe = api['menu:command']?.(listener) as () => void
    emit('menu:command', { command: 'save' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]).toEqual([{ command: 'save' }])
    unsubscribe()
    emit('menu:command', { command: 'undo' })
    await flush()
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps a design sent before anyone subscribed and hands it to the listener', async () => {
    const { api, emit } = await loadPreload()
    const design = { ok: true, handle: 'doc_abcdefghijklmnop', fileName: 'Untitled' }
    emit('doc:opened', design)
    const listener = vi.fn()
    api['doc:opened']?.(listener)
    expect(listener).not.toHaveBeenCalled()
    await flush()
    expect(listener).toHaveBeenCalledWith(design)
    emit('doc:opened', { second: true })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('hands a kept event to the listener that stays when the first one unsubscribes at once (React strict mode)', async () => {
    const { api, emit } = await loadPreload()
    const theme = { command: 'themeDark' }
    emit('menu:command', theme)
    const first = vi.fn()
    const unsubscribe = api['menu:command']?.(first) as () => void
    unsubscribe()
    const second = vi.fn()
    api['menu:command']?.(second)
    await flush()
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith(theme)
  })

  it('drops events that find no listener once the page has subscribed (nothing stale is replayed)', async () => {
    const { api, emit } = await loadPreload()
    const unsubscribe = api['doc:opened']?.(vi.fn()) as () => void
    unsubscribe()
    emit('doc:opened', { stale: true })
    const later = vi.fn()
    api['doc:opened']?.(later)
    await flush()
    expect(later).not.toHaveBeenCalled()
  })

  it('refuses a listener that is not a function', async () => {
    const { api } = await loadPreload()
    expect(() => api['doc:opened']?.('not a function')).toThrow(TypeError)
  })
})
