// Today's date in the renderer (zustand): taken from main's clock through app:info, never from the
// renderer's own Date, so the desktop app, the browser build and the tests that pin the clock all
// agree. Used where a design has no evaluation date of its own. Runs in the renderer.
import { useEffect } from 'react'
import { create } from 'zustand'
import { invoke } from '../platform/api'

const useTodayStore = create<{ today: string | null }>(() => ({ today: null }))

/** Asks main for today's date (YYYY-MM-DD) and remembers it for useToday; null if main failed. */
export async function fetchToday(): Promise<string | null> {
  const info = await invoke('app:info', {})
  if (!info.ok) return useTodayStore.getState().today
  if (useTodayStore.getState().today !== info.today) useTodayStore.setState({ today: info.today })
  return info.today
}

/** Today's date as last told by main, or null before it answered. */
export const knownToday = (): string | null => useTodayStore.getState().today

/** Calls `listener` whenever main tells a different date; returns the unsubscribe function. */
export const subscribeToday = (listener: () => void): (() => void) => useTodayStore.subscribe(listener)

/** Today's date, or null until main has answered (asked again each time a component mounts). */
export function useToday(): string | null {
  useEffect(() => void fetchToday(), [])
  return useTodayStore((s) => s.today)
}
