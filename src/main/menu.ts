// The application menu: File, Edit, View, Help (plus the app and Window menus on macOS) with the
// usual accelerators. Items that act on the design send 'menu:command' to the window they were
// chosen in; items main can do itself (new, open, recent, templates, close) open or close windows
// directly. Rebuilt when the recent files, the templates or the theme change.
// Runs in the Electron main process; buildMenuTemplate() is pure.
import { type BaseWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc/contract'
import type { Theme } from './windows'

export interface MenuState {
  readonly platform: NodeJS.Platform
  readonly isPackaged: boolean
  readonly appName: string
  readonly templates: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly recent: ReadonlyArray<{ readonly id: string; readonly fileName: string; readonly folder: string }>
  readonly theme: Theme
}

/** What the menu asks main to do; `window` is the window the item was chosen in, if any. */
export interface MenuActions {
  newDesign(window: BaseWindow | undefined, templateId?: string): void
  open(window: BaseWindow | undefined): void
  openRecent(window: BaseWindow | undefined, recentId: string): void
  /** Opens the backup of the window's file (the version its last save replaced) as a new design. */
  restorePreviousVersion(window: BaseWindow | undefined): void
  clearRecent(): void
  closeWindow(window: BaseWindow | undefined): void
  setTheme(theme: Theme): void
  /** Forwards a design command to the window (see NATIVE_EDIT_COMMANDS for the edit items). */
  command(window: BaseWindow | undefined, command: MenuCommand): void
}

/**
 * Clipboard commands main also performs natively on the window's webContents before forwarding
 * them, so they work in text fields (where the page should ignore the forwarded command) as well as
 * on the canvas (where the native action does nothing and the page acts on the command).
 */
export const NATIVE_EDIT_COMMANDS = ['cut', 'copy', 'paste'] as const
export type NativeEditCommand = (typeof NATIVE_EDIT_COMMANDS)[number]

export const isNativeEditCommand = (command: MenuCommand): command is NativeEditCommand =>
  (NATIVE_EDIT_COMMANDS as readonly string[]).includes(command)

/** Runs a menu command for a window: the native clipboard action first (if any), then the page's command. */
export function performMenuCommand(
  contents: { [C in NativeEditCommand]: () => void },
  command: MenuCommand,
  sendToPage: (command: MenuCommand) => void,
): void {
  if (isNativeEditCommand(command)) contents[command]()
  sendToPage(command)
}

/**
 * Chords the page handles itself (its keyboard table in src/renderer/src/keyboard.ts, so they work
 * the same in text fields and in the browser build): the menu shows them without capturing them,
 * so a command never runs twice.
 */
// Keys the page handles itself (keyboard.ts): the menu shows them but must not also fire them, or a
// command would run twice and Ctrl+C/V in a text field would be taken from the field.
const PAGE_KEY: Partial<MenuItemConstructorOptions> = { registerAccelerator: false }

/** Menu labels treat '&' as a mnemonic marker on Windows and Linux. */
const escapeLabel = (text: string) => text.replace(/&/g, '&&')

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin'
  const send = (
    command: MenuCommand,
    label: string,
    accelerator?: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
    click: (_item, window) => actions.command(window, command),
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const templateItems: MenuItemConstructorOptions[] =
    state.templates.length > 0
      ? state.templates.map((t) => ({
          label: escapeLabel(t.name),
          click: (_item, window) => actions.newDesign(window, t.id),
        }))
      : [{ label: 'No templates found', enabled: false }]

  const recentItems: MenuItemConstructorOptions[] = [
    ...(state.recent.length > 0
      ? state.recent.map((r) => ({
          label: escapeLabel(`${r.fileName} — ${r.folder}`),
          click: (_item: unknown, window: BaseWindow | undefined) => actions.openRecent(window, r.id),
        }))
      : [{ label: 'No recent designs', enabled: false }]),
    separator,
    { label: 'Clear Recent', enabled: state.recent.length > 0, click: () => actions.clearRecent() },
  ]

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Design',
        accelerator: 'CmdOrCtrl+N',
        ...PAGE_KEY,
        click: (_item, window) => actions.newDesign(window),
      },
      { label: 'New from Template', submenu: templateItems },
      separator,
      {
        label: 'Open…',
        accelerator: 'CmdOrCtrl+O',
        ...PAGE_KEY,
        click: (_item, window) => actions.open(window),
      },
      { label: 'Open Recent', submenu: recentItems },
      send('importConfigMgr', 'Import from Configuration Manager…'),
      send('reimportConfigMgr', 'Update from Configuration Manager…'),
      separator,
      send('save', 'Save', 'CmdOrCtrl+S', PAGE_KEY),
      send('saveAs', 'Save As…', 'CmdOrCtrl+Shift+S', PAGE_KEY),
      send('revert', 'Revert to Saved'),
      {
        label: 'Restore Previous Version…',
        click: (_item, window) => actions.restorePreviousVersion(window),
      },
      separator,
      {
        label: 'Export',
        submenu: [
          send('exportPng', 'PNG Image…'),
          send('exportSvg', 'SVG Image…'),
          send('exportReportHtml', 'Design Report (HTML)…'),
          send('exportReportPdf', 'Design Report (PDF)…'),
        ],
      },
      separator,
      {
        label: 'Close Window',
        accelerator: 'CmdOrCtrl+W',
        click: (_item, window) => actions.closeWindow(window),
      },
      ...(mac ? [] : [separator, { role: 'quit' as const, label: 'Quit', accelerator: 'CmdOrCtrl+Q' }]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      send('undo', 'Undo', 'CmdOrCtrl+Z', PAGE_KEY),
      ...(mac
        ? [send('redo', 'Redo', 'CmdOrCtrl+Shift+Z', PAGE_KEY)]
        : [send('redo', 'Redo', 'CmdOrCtrl+Y', PAGE_KEY)]),
      separator,
      send('cut', 'Cut', 'CmdOrCtrl+X', PAGE_KEY),
      send('copy', 'Copy', 'CmdOrCtrl+C', PAGE_KEY),
      send('paste', 'Paste', 'CmdOrCtrl+V', PAGE_KEY),
      send('duplicate', 'Duplicate', 'CmdOrCtrl+D', PAGE_KEY),
      send('delete', 'Delete', 'Delete', PAGE_KEY),
      separator,
      send('selectAll', 'Select All', 'CmdOrCtrl+A', PAGE_KEY),
      send('find', 'Find…', 'CmdOrCtrl+F', PAGE_KEY),
    ],
  }

  const themeItem = (theme: Theme, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: state.theme === theme,
    click: () => actions.setTheme(theme),
  })

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      send('zoomToFit', 'Zoom to Fit', 'CmdOrCtrl+0', PAGE_KEY),
      send('zoomIn', 'Zoom In', 'CmdOrCtrl+=', PAGE_KEY),
      send('zoomOut', 'Zoom Out', 'CmdOrCtrl+-', PAGE_KEY),
      separator,
      send('autoLayout', 'Auto-Layout', 'CmdOrCtrl+Shift+L', PAGE_KEY),
      send('present', 'Present', 'F5', PAGE_KEY),
      separator,
      {
        label: 'Theme',
        submenu: [
          themeItem('light', 'Light'),
          themeItem('dark', 'Dark'),
          themeItem('highContrast', 'High Contrast'),
        ],
      },
      ...(state.isPackaged
        ? []
        : [separator, { role: 'toggleDevTools' as const, label: 'Toggle Developer Tools' }]),
    ],
  }

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      send('shortcuts', 'Keyboard Shortcuts', 'CmdOrCtrl+/'),
      ...(mac ? [] : [separator, send('about', `About ${state.appName}`)]),
    ],
  }

  if (!mac) return [file, edit, view, help]

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      send('about', `About ${state.appName}`),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help]
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)))
}
