// @vitest-environment happy-dom
// A part of the window loaded on first use that cannot be loaded (a damaged installation: its chunk
// is missing) shows a message naming it in its place; the rest of the window keeps working.
import { act, lazy } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LazyPart } from '../../../src/renderer/src/components/LazyPart'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

describe('a part loaded on first use', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('names itself and the problem when its chunk cannot be loaded, and leaves its siblings alone', async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Missing = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    await act(async () => {
      root.render(
        <>
          <p>Canvas</p>
          <LazyPart name="The export dialog">
            <Missing />
          </LazyPart>
        </>,
      )
    })
    expect(host.textContent).toContain('Canvas')
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'The export dialog could not be loaded (Failed to fetch dynamically imported module)',
    )
    act(() => root.unmount())
  })

  it('shows the part once it is loaded', async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    const Loaded = lazy(async () => ({ default: () => <p>Export PNG</p> }))
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    await act(async () => {
      root.render(
        <LazyPart name="The export dialog">
          <Loaded />
        </LazyPart>,
      )
    })
    expect(host.textContent).toBe('Export PNG')
    expect(host.querySelector('[role="alert"]')).toBeNull()
    act(() => root.unmount())
  })
})
