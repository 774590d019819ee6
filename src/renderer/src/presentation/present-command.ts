// The 'present' command (F5, View ▸ Present, the toolbar button): toggles presentation mode
// (store/presentation.ts). Registered by the app from the start, so the command works before
// PresentationMode.tsx, a chunk of its own, has loaded. Runs in the renderer.
import { useEffect } from 'react'
import { registerCommand } from '../commands'
import { togglePresentation } from '../store/presentation'

/** Registers the 'present' command while the calling component is mounted. */
export function usePresentCommand(): void {
  useEffect(() => registerCommand('present', togglePresentation), [])
}
