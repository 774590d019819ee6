// The auto-layout worker: runs ELK (the bundled build, which computes in this thread) on each design
// it receives and answers with the new positions and sizes, so a large layout never freezes the
// canvas. Runs in a module Web Worker.
import '../platform/zod-config'
import ELK from 'elkjs/lib/elk.bundled.js'
import { computeAutoLayout } from '../design/auto-layout'
import type { LayoutReply, LayoutRequest } from './layout-protocol'

const elk = new ELK()

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null
  postMessage: (m: LayoutReply) => void
}

// elk.bundled.js installs its own message handler when it is loaded inside a worker; this module's
// handler replaces it (ELK itself talks to its computing half through an in-thread fake worker).
scope.onmessage = (event) => {
  const { requestId, doc } = event.data
  computeAutoLayout(doc, elk).then(
    (result) =>
      scope.postMessage({
        type: 'result',
        requestId,
        positions: [...result.positions],
        sizes: [...result.sizes],
      }),
    (e: unknown) =>
      scope.postMessage({ type: 'error', requestId, message: e instanceof Error ? e.message : String(e) }),
  )
}
