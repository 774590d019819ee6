// The IPC wrapper: untrusted senders are refused, bad requests never reach a handler, a failing or
// misbehaving handler becomes INTERNAL, and nothing is ever thrown across IPC or logged with the
// request's contents.
import { describe, expect, it, vi } from 'vitest'
import { createIpcRegistry, failure, type InvokeEvent } from '../../../../src/main/ipc/register'
import { newDesign } from '../../../../src/shared/model/factory'
import { childFrame, FakeWebContents, topFrame } from '../electron-fakes'

function setup() {
  const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>()
  const ipc = {
    handle: (channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>) =>
      listeners.set(channel, listener),
  }
  const log = { warn: vi.fn(), error: vi.fn() }
  const registry = createIpcRegistry(ipc, log)
  const sender = new FakeWebContents()
  const trusted = { senderFrame: topFrame('app://bundle/index.html'), sender } as unknown as InvokeEvent
  const call = (channel: string, payload: unknown, event: InvokeEvent = trusted) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no listener for ${channel}`)
    return listener(event, payload)
  }
  const logged = () => JSON.stringify([...log.warn.mock.calls, ...log.error.mock.calls])
  return { registry, call, log, logged, sender }
}

const HANDLE = 'doc_abcdefghijklmnop'

describe('register()', () => {
  it('passes a valid request to the handler and returns its result', async () => {
    const { registry, call, sender } = setup()
    const impl = vi.fn(() => ({ ok: true as const }))
    registry.handle('doc:setDirty', impl)
    await expect(
      call('doc:setDirty', { handle: HANDLE, dirty: true, designName: 'Contoso' }),
    ).resolves.toEqual({ ok: true })
    expect(impl).toHaveBeenCalledWith({ handle: HANDLE, dirty: true, designName: 'Contoso' }, { sender })
  })

  it('answers INVALID_REQUEST with the offending paths, without calling the handler or logging the payload', async () => {
    const { registry, call, logged } = setup()
    const impl = vi.fn(() => ({ ok: true as const }))
    registry.handle('doc:setDirty', impl)
    const result = await call('doc:setDirty', {
      handle: '../../etc/passwd',
      dirty: 'yes',
      designName: 'SECRET-NAME',
      extra: 1,
    })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_REQUEST' })
    const details = (result as { details: string[] }).details.join('\n')
    expect(details).toContain('handle')
    expect(details).toContain('dirty')
    expect(details).toContain('extra')
    expect(impl).not.toHaveBeenCalled()
    expect(logged()).toContain('doc:setDirty')
    expect(logged()).not.toContain('SECRET-NAME')
    expect(logged()).not.toContain('passwd')
  })

  it.each([
    ['a missing request', undefined],
    ['null', null],
    ['a string', 'open'],
    ['NaN in a number', { handle: HANDLE, doc: newDesign('2026-11-26'), revision: Number.NaN }],
    [
      'Infinity in a number',
      { handle: HANDLE, doc: newDesign('2026-11-26'), revision: Number.POSITIVE_INFINITY },
    ],
  ])('refuses %s as INVALID_REQUEST', async (_name, payload) => {
    const { registry, call } = setup()
    const impl = vi.fn()
    registry.handle('recovery:put', impl)
    await expect(call('recovery:put', payload)).resolves.toMatchObject({ ok: false, code: 'INVALID_REQUEST' })
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses untrusted senders with FORBIDDEN before parsing', async () => {
    const { registry, call, sender } = setup()
    const impl = vi.fn(() => ({ ok: true as const, items: [] }))
    registry.handle('recent:list', impl)
    for (const senderFrame of [
      childFrame('app://bundle/index.html'),
      topFrame('https://evil.example/'),
      topFrame('app://bundle.evil/'),
      topFrame('file:///index.html'),
      null,
    ]) {
      const event = { senderFrame, sender } as unknown as InvokeEvent
      await expect(call('recent:list', {}, event)).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    const destroyedFrame = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      sender,
    } as unknown as InvokeEvent
    await expect(call('recent:list', {}, destroyedFrame)).resolves.toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(impl).not.toHaveBeenCalled()
  })

  it('turns a throwing handler into INTERNAL', async () => {
    const { registry, call, log } = setup()
    registry.handle('recent:list', () => {
      throw new Error('disk exploded')
    })
    await expect(call('recent:list', {})).resolves.toMatchObject({ ok: false, code: 'INTERNAL' })
    registry.handle('recent:clear', async () => Promise.reject(new Error('async failure')))
    await expect(call('recent:clear', {})).resolves.toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(log.error).toHaveBeenCalledTimes(2)
  })

  it('turns a result that breaks the contract into INTERNAL', async () => {
    const { registry, call } = setup()
    registry.handle(
      'recent:list',
      () =>
        ({
          ok: true,
          items: [{ id: 'rec_1', fileName: 'a.cmgd', folder: '/x', filePath: '/x/a.cmgd' }],
        }) as never,
    )
    await expect(call('recent:list', {})).resolves.toMatchObject({ ok: false, code: 'INTERNAL' })
  })

  it('passes a Fail from the handler through unchanged', async () => {
    const { registry, call } = setup()
    registry.handle('doc:close', () => failure('NOT_FOUND', 'This design is not open in this window.'))
    await expect(call('doc:close', { handle: HANDLE })).resolves.toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'This design is not open in this window.',
    })
  })

  it('refuses a second handler for one channel', () => {
    const { registry } = setup()
    registry.handle('app:info', () => ({
      ok: true,
      name: 'x',
      version: '1',
      platform: 'linux',
      today: '2026-11-26',
    }))
    expect(() =>
      registry.handle('app:info', () => ({
        ok: true,
        name: 'x',
        version: '1',
        platform: 'linux',
        today: '2026-11-26',
      })),
    ).toThrow(/already/)
    expect(registry.registeredChannels()).toEqual(['app:info'])
  })
})

describe('failure()', () => {
  it('clamps messages and details so a Fail always fits the contract', () => {
    const fail = failure(
      'INVALID_DOCUMENT',
      'x'.repeat(5000),
      Array.from({ length: 100 }, () => 'y'.repeat(3000)),
    )
    expect(fail.message.length).toBeLessThanOrEqual(2000)
    expect(fail.details).toHaveLength(60)
    expect(fail.details?.every((d) => d.length <= 1000)).toBe(true)
    expect(failure('CANCELLED', 'No file was chosen.', [])).not.toHaveProperty('details')
  })
})
