// The colour theme (light, dark, high contrast) on the page: the theme chosen (store/theme.ts) is
// applied as data-theme on <html> (styles/themes.css holds the dark and high-contrast variable sets),
// and the commands themeLight / themeDark / themeHighContrast switch it. In the desktop app main owns
// the choice: its View ▸ Theme menu saves it in its settings and sends the command to every window
// (also at start), so the renderer only follows; in the browser build localStorage is what remembers
// it. Runs in the renderer.
import { useLayoutEffect } from 'react'
import { THEME_COMMANDS } from '../../../shared/commands/table'
import { registerCommand } from '../commands'
import { THEMES, setTheme, useTheme, type Theme } from '../store/theme'
import '../styles/themes.css'

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  light: 'Light',
  dark: 'Dark',
  highContrast: 'High contrast',
}

/** The command of each theme (declared in the command table). */
export { THEME_COMMANDS }

/** The value of data-theme on <html> for a theme (kebab case, as CSS attribute selectors read best). */
export const themeAttribute = (theme: Theme): string => (theme === 'highContrast' ? 'high-contrast' : theme)

function applyToDocument(theme: Theme): void {
  const root = document.documentElement
  root.dataset.theme = themeAttribute(theme)
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark'
}

/**
 * Applies the remembered theme before the first paint, and every theme chosen after it as it is
 * chosen, and registers the theme commands.
 */
export function useThemeCommands(): void {
  useLayoutEffect(() => {
    applyToDocument(useTheme.getState().theme)
    const stopApplying = useTheme.subscribe(({ theme }) => applyToDocument(theme))
    const unregister = THEMES.map((theme) => registerCommand(THEME_COMMANDS[theme], () => setTheme(theme)))
    return () => {
      stopApplying()
      unregister.forEach((u) => u())
    }
  }, [])
}
