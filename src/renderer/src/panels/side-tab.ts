// Which tab of the right-hand side panel is open (Inspector, Problems, Capacity, Cost). A store of
// its own so the status bar and the node badges can open the Problems tab. Runs in the renderer.
import { create } from 'zustand'

export type SideTab = 'inspector' | 'problems' | 'capacity' | 'cost'

export const useSideTab = create<{ readonly tab: SideTab }>(() => ({ tab: 'inspector' }))

export function showSideTab(tab: SideTab): void {
  useSideTab.setState({ tab })
}
