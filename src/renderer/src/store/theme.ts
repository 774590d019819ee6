// The colour theme chosen (light, dark, high contrast), remembered in localStorage across sessions
// (zustand). theme/theme.ts applies it to the page and registers the commands that switch it; in the
// desktop app main owns the choice and sends those commands, so this store only follows it there.
// Runs in the renderer.
import { create } from 'zustand'

export const THEMES = ['light', 'dark', 'highContrast'] as const
export type Theme = (typeof THEMES)[number]

const STORAGE_KEY = 'cmg-designer.theme'
const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value)

/** The theme remembered from an earlier session, or light. */
function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isTheme(value) ? value : 'light'
  } catch {
    return 'light'
  }
}

export const useTheme = create<{ readonly theme: Theme }>(() => ({ theme: storedTheme() }))

/** Switches the theme now and remembers it. */
export function setTheme(theme: Theme): void {
  useTheme.setState({ theme })
  try {
    localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Storage can be full or disabled; the theme still applies for this session.
  }
}
