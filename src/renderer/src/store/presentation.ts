// Whether the window is presenting, and which step is on screen (zustand). Nothing here touches the
// design: presenting never edits it and never marks it unsaved. The 'present' command (F5, View ▸
// Present, the toolbar button; presentation/present-command.ts) toggles it; PresentationMode.tsx
// draws it. Runs in the renderer.
import { create } from 'zustand'
import { useDocument } from './document'

export interface PresentationState {
  readonly active: boolean
  /** Index into presentationSteps(design phases). */
  readonly stepIndex: number
}

export const usePresentation = create<PresentationState>(() => ({ active: false, stepIndex: 0 }))

/** Starts presenting at the first step (the story runs from today's setup to the target). */
export function startPresentation(): void {
  if (useDocument.getState().status !== 'ready') return
  usePresentation.setState({ active: true, stepIndex: 0 })
}

export function stopPresentation(): void {
  usePresentation.setState({ active: false })
}

export function togglePresentation(): void {
  if (usePresentation.getState().active) stopPresentation()
  else startPresentation()
}

/** Shows step `index` of `count` (clamped to the steps that exist). */
export function goToStep(index: number, count: number): void {
  usePresentation.setState({ stepIndex: Math.max(0, Math.min(count - 1, index)) })
}
