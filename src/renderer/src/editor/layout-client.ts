// Runs auto-layout in its worker: one request at a time, answered with the positions and sizes to
// commit. A worker that fails or does not answer in time is discarded (the next request starts a
// fresh one) and the request is rejected with a message for the user. Runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { LayoutResult } from '../design/auto-layout'
import type { LayoutReply, LayoutRequest } from './layout-protocol'

const TIMEOUT_MS = 30_000

let worker: Worker | null = null
let nextRequestId = 1

function discardWorker(): void {
  worker?.terminate()
  worker = null
}

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'auto-layout',
  })
  return worker
}

/** Lays out `doc` in the worker. */
export function requestLayout(doc: DesignDocument): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const requestId = nextRequestId++
    const current = layoutWorker()
    const finish = (outcome: () => void) => {
      clearTimeout(timer)
      current.removeEventListener('message', onMessage)
      current.removeEventListener('error', onError)
      outcome()
    }
    const onMessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data
      if (reply.requestId !== requestId) return
      if (reply.type === 'result')
        finish(() => resolve({ positions: new Map(reply.positions), sizes: new Map(reply.sizes) }))
      else finish(() => reject(new Error(reply.message)))
    }
    const onError = (event: ErrorEvent) => {
      event.preventDefault()
      discardWorker()
      finish(() => reject(new Error(event.message || 'The layout worker stopped.')))
    }
    const timer = setTimeout(() => {
      discardWorker()
      finish(() => reject(new Error('The layout took too long and was stopped.')))
    }, TIMEOUT_MS)
    current.addEventListener('message', onMessage)
    current.addEventListener('error', onError)
    const request: LayoutRequest = { requestId, doc }
    current.postMessage(request)
  })
}
