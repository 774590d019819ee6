// How the canvas answers the mouse wheel (zustand), remembered in localStorage across sessions:
// "pan" (the default, as in draw.io and tldraw: the wheel or a trackpad pans, Shift+wheel pans
// sideways, Ctrl/Cmd+wheel and a pinch zoom) or "zoom" (the wheel zooms, as mouse users had it
// before). The canvas controls switch it (Canvas.tsx). Runs in the renderer.
import { create } from 'zustand'

export type WheelAction = 'pan' | 'zoom'

const STORAGE_KEY = 'cmg-designer.wheel'

/** The wheel action remembered from an earlier session, or "pan". */
export function storedWheelAction(): WheelAction {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'zoom' ? 'zoom' : 'pan'
  } catch {
    return 'pan'
  }
}

export const useCanvasSettings = create<{ readonly wheel: WheelAction }>(() => ({
  wheel: storedWheelAction(),
}))

/** Switches what the wheel does now and remembers it. */
export function setWheelAction(wheel: WheelAction): void {
  useCanvasSettings.setState({ wheel })
  try {
    localStorage.setItem(STORAGE_KEY, wheel)
  } catch {
    // Storage can be full or disabled; the choice still holds for this session.
  }
}
