// Canvas settings remembered in localStorage across sessions (zustand). How the canvas answers the
// mouse wheel: "pan" (the default, as in draw.io and tldraw: the wheel or a trackpad pans,
// Shift+wheel pans sideways, Ctrl/Cmd+wheel and a pinch zoom) or "zoom" (the wheel zooms, as mouse
// users had it before); the canvas controls switch it (CanvasControls.tsx). Whether each connection
// shows its kind as a label (off by default); the connections legend switches it (EdgeLegend.tsx). Runs
// in the renderer.
import { create } from 'zustand'

export type WheelAction = 'pan' | 'zoom'

const WHEEL_KEY = 'cmg-designer.wheel'
const EDGE_LABELS_KEY = 'cmg-designer.edge-labels'

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Storage can be full or disabled; the choice still holds for this session.
  }
}

/** The wheel action remembered from an earlier session, or "pan". */
export function storedWheelAction(): WheelAction {
  return stored(WHEEL_KEY) === 'zoom' ? 'zoom' : 'pan'
}

export const useCanvasSettings = create<{ readonly wheel: WheelAction; readonly edgeLabels: boolean }>(
  () => ({
    wheel: storedWheelAction(),
    edgeLabels: stored(EDGE_LABELS_KEY) === 'on',
  }),
)

/** Switches what the wheel does now and remembers it. */
export function setWheelAction(wheel: WheelAction): void {
  useCanvasSettings.setState({ wheel })
  remember(WHEEL_KEY, wheel)
}

/** Shows or hides the connection kind labels now and remembers it. */
export function setEdgeLabels(edgeLabels: boolean): void {
  useCanvasSettings.setState({ edgeLabels })
  remember(EDGE_LABELS_KEY, edgeLabels ? 'on' : 'off')
}
