// Whether the inspector shows every field's help text inline (zustand), switched by its "Help"
// toggle (panels/Inspector.tsx). Kept while the tab is closed and the selection changes; not saved.
// Runs in the renderer.
import { create } from 'zustand'

export const useInspectorHelp = create<{ readonly shown: boolean }>(() => ({ shown: false }))

/** Shows or hides the field help inline. */
export function setInspectorHelpShown(shown: boolean): void {
  useInspectorHelp.setState({ shown })
}
