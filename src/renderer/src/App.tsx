// The application window: toolbar on top, palette on the left, the canvas in the centre, the side
// panel area on the right (the selection panel now; the inspector and Problems panel later), the
// status bar at the bottom, plus toasts and dialogs. Each region is its own component so later
// panels slot in without touching the canvas. Runs in the renderer.
import { ReactFlowProvider } from '@xyflow/react'
import { DialogHost } from './components/DialogHost'
import { Toasts } from './components/Toasts'
import { Canvas } from './editor/Canvas'
import { useGlobalShortcuts } from './keyboard'
import { Palette } from './panels/Palette'
import { SelectionPanel } from './panels/SelectionPanel'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'
import { useDocument } from './store/document'

export function App() {
  useGlobalShortcuts()
  const ready = useDocument((s) => s.status === 'ready')
  return (
    <ReactFlowProvider>
      <div className="app-shell">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-busy={!ready}>
            {ready ? <Canvas /> : <div className="canvas-loading">Opening design…</div>}
            <Toasts />
          </main>
          <aside className="side-panel" aria-label="Details">
            <SelectionPanel />
          </aside>
        </div>
        <StatusBar />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  )
}
