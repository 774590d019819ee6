// The application window: toolbar on top, palette on the left, the canvas in the centre, the side
// panel area on the right (tabs: the inspector slot, Problems, Capacity with what-if, Cost), the
// status bar at the bottom, plus toasts and dialogs. Each region is its own component so later
// panels slot in without touching the canvas. What the first empty canvas does not need (the image
// export dialog, presentation mode, the shortcut sheet, the user guide) is a separate chunk, loaded when first
// shown; their commands are registered here from the start. Runs in the renderer.
import { lazy, useEffect, useRef, useState, type ComponentType } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { registerCommand } from './commands'
import { ConnectDialogHost } from './components/ConnectDialog'
import { ContextMenuHost } from './components/ContextMenu'
import { DialogHost } from './components/DialogHost'
import { LazyPart } from './components/LazyPart'
import { Toasts } from './components/Toasts'
import { Canvas } from './editor/Canvas'
import { EmptyCanvasGuide } from './editor/EmptyCanvasGuide'
import { useExportCommands } from './export/export-commands'
import { useGlobalShortcuts } from './keyboard'
import { AlignToolbar } from './panels/AlignToolbar'
import { FindBar } from './panels/FindBar'
import { Inspector } from './panels/Inspector'
import { Palette } from './panels/Palette'
import { SideTabs } from './panels/SideTabs'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'
import { usePresentCommand } from './presentation/present-command'
import { useDocument } from './store/document'
import { useExportDialog } from './store/export-dialog'
import { usePresentation } from './store/presentation'
import { useThemeCommands } from './theme/theme'
import { useValidation } from './validation/useValidation'

const ExportDialog = lazy(() => import('./export/ExportDialog'))
const ShortcutsDialog = lazy(() => import('./panels/ShortcutsDialog'))
const UserGuideDialog = lazy(() => import('./panels/UserGuideDialog'))
const PresentationMode = lazy(() =>
  import('./presentation/PresentationMode').then((m) => ({ default: m.PresentationMode })),
)

function ExportDialogHost() {
  const open = useExportDialog((s) => s.open)
  return open ? (
    <LazyPart name="The export dialog">
      <ExportDialog />
    </LazyPart>
  ) : null
}

/**
 * A modal sheet opened by a command (the shortcut sheet, the user guide): loaded when first shown;
 * closing it returns focus to where it was.
 */
function CommandDialogHost({
  command,
  name,
  Dialog,
}: {
  command: 'shortcuts' | 'userGuide'
  name: string
  Dialog: ComponentType<{ onClose: () => void }>
}) {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLElement | null>(null)

  useEffect(
    () =>
      registerCommand(command, () => {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
        setOpen(true)
      }),
    [command],
  )

  if (!open) return null
  const close = () => {
    setOpen(false)
    if (opener.current?.isConnected) opener.current.focus({ preventScroll: true })
  }
  return (
    <LazyPart name={name}>
      <Dialog onClose={close} />
    </LazyPart>
  )
}

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
            <EmptyCanvasGuide />
            <AlignToolbar />
            <FindBar />
            <Toasts />
          </main>
          <aside className="side-panel" aria-label="Details">
            <SideTabs inspector={<Inspector />} />
          </aside>
        </div>
        <StatusBar />
        <CommandDialogHost command="shortcuts" name="The keyboard shortcuts sheet" Dialog={ShortcutsDialog} />
        <CommandDialogHost command="userGuide" name="The user guide" Dialog={UserGuideDialog} />
        <ContextMenuHost />
        <ConnectDialogHost />
        <DialogHost />
        <ExportDialogHost />
      </div>
      {presenting && ready ? (
        <LazyPart name="Presentation mode">
          <PresentationMode />
        </LazyPart>
      ) : null}
    </ReactFlowProvider>
  )
}
