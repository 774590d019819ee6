// Render counting for the drag render-count e2e test and the performance harness: a page that
// defines `window.__cmgRenderProbe` before the app loads (Playwright's addInitScript) is told the
// id of every node component render, and one that defines `window.__cmgCanvasCommit` is told of
// every commit of the canvas component as a whole. The probes are read once, at module load, so the shipped app
// (where nothing defines it) pays one comparison per node render. Runs in the renderer.

export type RenderProbe = (nodeId: string) => void

declare global {
  interface Window {
    __cmgRenderProbe?: RenderProbe
  }
}

const probe: RenderProbe | undefined = typeof window === 'undefined' ? undefined : window.__cmgRenderProbe

/** Reports one render of the node component for `nodeId` to the probe, if a test installed one. */
export function noteNodeRender(nodeId: string): void {
  if (probe !== undefined) probe(nodeId)
}

declare global {
  interface Window {
    __cmgCanvasCommit?: () => void
  }
}

const canvasProbe: (() => void) | undefined =
  typeof window === 'undefined' ? undefined : window.__cmgCanvasCommit

/** Reports one commit of the whole canvas component to the probe, if a benchmark installed one. */
export function noteCanvasCommit(): void {
  if (canvasProbe !== undefined) canvasProbe()
}
