// Render counting for the drag render-count e2e test and the performance harness: a page that
// defines `window.__cmgRenderProbe` before the app loads (Playwright's addInitScript) is told the
// id of every node component render. The probe is read once, at module load, so the shipped app
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
