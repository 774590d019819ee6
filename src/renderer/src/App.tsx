// The application window: toolbar on top, palette on the left, the canvas in the centre, the side
// panel area on the right (tabs: the inspector slot, Problems, Capacity with what-if, Cost), the
// status bar at the bottom, plus toasts and dialogs. Each region is its own component so later
// panels slot in without touching the canvas. Runs in the renderer.
import { ReactFlowProvider } from '@xyflow/react'
import { DialogHost } from './components/DialogHost'
import { Toasts } from './components/Toasts'
import { Canvas } from './editor/Canvas'
import { ExportDialog, useExportCommands } from './export/ExportDialog'
import { useGlobalShortcuts } from './keyboard'
import { AlignToolbar } from './panels/AlignToolbar'
import { FindBar } from './panels/FindBar'
import { Inspector } from './panels/Inspector'
import { Palette } from './panels/Palette'
import { ShortcutsDialog } from './panels/ShortcutsDialog'
import { SideTabs } from './panels/SideTabs'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'
import { PresentationMode } from './presentation/PresentationMode'
import { usePresentCommand, usePresentation } from './presentation/state'
import { useDocument } from './store/document'
import { useThemeCommands } from './theme/theme'
import { useValidation } from './validation/useValidation'

export function App() {
  useGlobalShortcuts()
  useValidation()
  useThemeCommands()
  usePresentCommand()
  useExportCommands()
  const ready = useDocument((s) => s.status === 'ready')
  const presenting = usePresentation((s) => s.active)
  return (
    <ReactFlowProvider>
      <div className="app-shell">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-busy={!ready}>
            {ready ? <Canvas /> : <div className="canvas-loading">Opening design…</div>}
            <AlignToolbar />
            <FindBar />
            <Toasts />
          </main>
          <aside className="side-panel" aria-label="Details">
            <SideTabs inspector={<Inspector />} />
          </aside>
        </div>
        <StatusBar />
        <ShortcutsDialog />
        <DialogHost />
        <ExportDialog />
      </div>
      {presenting && ready ? <PresentationMode /> : null}
    </ReactFlowProvider>
  )
}
