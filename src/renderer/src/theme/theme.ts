// The colour theme (light, dark, high contrast): applied as data-theme on <html> (styles/themes.css
// holds the dark and high-contrast variable sets), remembered in localStorage, and switched by the
// commands themeLight / themeDark / themeHighContrast. In the desktop app main owns the choice: its
// View ▸ Theme menu saves it in its settings and sends the command to every window (also at start),
// so the renderer only follows; in the browser build localStorage is what remembers it.
// Runs in the renderer.
import { useLayoutEffect } from 'react'
import { create } from 'zustand'
import { THEME_COMMANDS } from '../../../shared/commands/table'
import { registerCommand } from '../commands'
import '../styles/themes.css'

export const THEMES = ['light', 'dark', 'highContrast'] as const
export type Theme = (typeof THEMES)[number]

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  light: 'Light',
  dark: 'Dark',
  highContrast: 'High contrast',
}

/** The command of each theme (declared in the command table). */
export { THEME_COMMANDS }

const STORAGE_KEY = 'cmg-designer.theme'
const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value)

/** The theme remembered from an earlier session, or light. */
export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isTheme(value) ? value : 'light'
  } catch {
    return 'light'
  }
}

export const useTheme = create<{ readonly theme: Theme }>(() => ({ theme: storedTheme() }))

/** The value of data-theme on <html> for a theme (kebab case, as CSS attribute selectors read best). */
export const themeAttribute = (theme: Theme): string => (theme === 'highContrast' ? 'high-contrast' : theme)

function applyToDocument(theme: Theme): void {
  const root = document.documentElement
  root.dataset.theme = themeAttribute(theme)
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark'
}

/** Switches the theme now and remembers it. */
export function setTheme(theme: Theme): void {
  applyToDocument(theme)
  useTheme.setState({ theme })
  try {
    localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Storage can be full or disabled; the theme still applies for this session.
  }
}

/** Applies the remembered theme before the first paint and registers the theme commands. */
export function useThemeCommands(): void {
  useLayoutEffect(() => {
    applyToDocument(useTheme.getState().theme)
    const unregister = THEMES.map((theme) => registerCommand(THEME_COMMANDS[theme], () => setTheme(theme)))
    return () => unregister.forEach((u) => u())
  }, [])
}
