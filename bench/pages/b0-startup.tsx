// Bench page B0 startup: the cold-start reference for `startup.ms`. Bare React Flow with no nodes,
// filling the window, and nothing else: no generator, no stores, no app styles. The harness times it
// exactly like the app's cold start (fresh context, navigation start to the first painted frame with
// the React Flow pane present), so `startup.b0_ms` is what loading React and React Flow and drawing
// an empty canvas costs on the machine. Runs in the browser (out/bench-pages/b0-startup.html).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

const root = document.getElementById('root')
if (!root) throw new Error('the bench page has no #root element')
createRoot(root).render(
  <StrictMode>
    <ReactFlow nodes={[]} edges={[]} aria-label="B0 startup canvas" />
  </StrictMode>,
)
