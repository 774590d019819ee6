// Which tab of the side panel is open (Inspector, Problems, Capacity, Cost), and the inspector field
// another panel asked to show ("Show the field", "Open the price book") until the form showing it
// takes the request (zustand). A store of its own so the status bar and the node badges can open
// the Problems tab; panels/SideTabs.tsx draws the tabs, panels/requested-field.ts brings the field
// into view. Runs in the renderer.
import { create } from 'zustand'

export type SideTab = 'inspector' | 'problems' | 'capacity' | 'cost'

/** An inspector field to bring into view and focus: of element `nodeId`, or of the design (null). */
export interface FieldRequest {
  readonly nodeId: string | null
  /** Dotted path of the field ("clientSettings.enableCmg", "priceBook"). */
  readonly path: string
}

interface SideTabState {
  readonly tab: SideTab
  /** The field asked to be shown, until the inspector form showing it takes the request. */
  readonly fieldRequest: FieldRequest | null
}

export const useSideTab = create<SideTabState>(() => ({ tab: 'inspector', fieldRequest: null }))

export function showSideTab(tab: SideTab): void {
  useSideTab.setState({ tab })
}

/** Opens the Inspector tab and asks the form of `request.nodeId` to show and focus the field. */
export function showInspectorField(request: FieldRequest): void {
  useSideTab.setState({ fieldRequest: request, tab: 'inspector' })
}

/** Drops the field request (the form has taken it). */
export function clearFieldRequest(): void {
  useSideTab.setState({ fieldRequest: null })
}
