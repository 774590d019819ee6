// Renderer entry: styles, start-up wiring (before the first render, so the design main sends is
// never missed), then the React app. The app is first drawn once that design is here (or after
// DESIGN_WAIT_MS without it, when the "Opening design…" placeholder shows): a window drawn before
// would show the placeholder for a frame and then lay out and paint the whole window again with
// the canvas (docs/performance.md). Runs in the renderer.
import './platform/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './styles/theme.css'
import './styles/app.css'
import './styles/canvas.css'
import { startRenderer } from './bootstrap'
import { App } from './App'
import { useDocument } from './store/document'

/** How long the window waits for its design before it is drawn without it (a blank window until then). */
const DESIGN_WAIT_MS = 250

startRenderer()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
let mounted = false
const mount = () => {
  if (mounted) return
  mounted = true
  stopWaiting()
  clearTimeout(timer)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
const stopWaiting = useDocument.subscribe((s) => {
  if (s.status === 'ready') mount()
})
const timer = setTimeout(mount, DESIGN_WAIT_MS)
if (useDocument.getState().status === 'ready') mount()
