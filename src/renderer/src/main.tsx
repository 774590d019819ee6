// Renderer entry: styles, start-up wiring (before the first render, so the design main sends is
// never missed), then the React app. Runs in the renderer.
import './platform/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './styles/theme.css'
import './styles/app.css'
import './styles/canvas.css'
import { startRenderer } from './bootstrap'
import { App } from './App'

startRenderer()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
