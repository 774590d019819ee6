// @vitest-environment happy-dom
// A save waiting for a file another program holds: the window shows main's message with a Cancel
// button until the wait is over, and Cancel asks main to stop waiting for that very save.
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventPayload } from '../../../src/shared/ipc/contract'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

type WaitEvent = EventPayload<'file:wait'>
const listeners = new Set<(payload: WaitEvent) => void>()
const cancelWait = vi.fn(async (_req: { waitId: string }) => ({ ok: true as const }))
Object.defineProperty(window, 'cmg', {
  configurable: true,
  value: {
    'file:wait': (listener: (payload: WaitEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    'file:cancelWait': cancelWait,
  },
})
const { FileWaitToasts } = await import('../../../src/renderer/src/components/FileWaitToasts')

const WAIT_ID = 'wait_0123456789abcdef'
const MESSAGE =
  'Waiting for "contoso.cmgd" to be released: another program (antivirus, backup or sync) is using it.'

async function mounted() {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  await act(async () => root.render(<FileWaitToasts />))
  const emit = (payload: WaitEvent) => act(() => listeners.forEach((listener) => listener(payload)))
  return { host, root, emit }
}

describe('the notice of a save waiting for a locked file', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    cancelWait.mockClear()
  })

  it('shows main’s message with Cancel until the wait is over', async () => {
    const { host, root, emit } = await mounted()
    expect(host.textContent).toBe('')
    await emit({ waitId: WAIT_ID, state: 'waiting', message: MESSAGE })
    expect(host.querySelector('[role="status"]')?.textContent).toContain(MESSAGE)
    expect(host.querySelector('button')?.textContent).toBe('Cancel')
    await emit({ waitId: WAIT_ID, state: 'over' })
    expect(host.textContent).toBe('')
    act(() => root.unmount())
  })

  it('Cancel asks main to stop that wait and the notice goes away', async () => {
    const { host, root, emit } = await mounted()
    await emit({ waitId: WAIT_ID, state: 'waiting', message: MESSAGE })
    await act(async () => host.querySelector('button')?.click())
    expect(cancelWait).toHaveBeenCalledWith({ waitId: WAIT_ID })
    expect(host.textContent).toBe('')
    act(() => root.unmount())
  })
})
