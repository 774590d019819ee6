// The application menu: File, Edit, View, Help (plus the app and Window menus on macOS) with the
// usual accelerators. The command items, their labels and chords come from the command table
// (src/shared/commands/table.ts), placed by their menu slot; items that act on the design send
// 'menu:command' to the window they were chosen in; items main can do itself (new, open, recent,
// templates, theme, close) open or close windows directly. Rebuilt when the recent files, the
// templates or the theme change. Runs in the Electron main process; buildMenuTemplate() is pure.
import { type BaseWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { toAccelerator } from '../shared/commands/chords'
import {
  COMMANDS,
  THEME_COMMANDS,
  type MenuCommand,
  type MenuPlace,
  type MenuSlot,
} from '../shared/commands/table'
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
 * Every chord of the table is handled by the page itself (keyboard.ts, so keys work the same in text
 * fields and in the browser build): the menu shows them without capturing them, or a command would
 * run twice and Ctrl+C/V in a text field would be taken from the field.
 */
const PAGE_KEY: Partial<MenuItemConstructorOptions> = { registerAccelerator: false }

const THEME_OF_COMMAND: ReadonlyMap<MenuCommand, Theme> = new Map(
  (Object.entries(THEME_COMMANDS) as [Theme, MenuCommand][]).map(([theme, command]) => [command, theme]),
)

/** Menu labels treat '&' as a mnemonic marker on Windows and Linux. */
const escapeLabel = (text: string) => text.replace(/&/g, '&&')

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  /** Main's own way of running a table command, where it has one. */
  const runInMain = (command: MenuCommand): Partial<MenuItemConstructorOptions> | undefined => {
    if (command === 'new') return { click: (_item, window) => actions.newDesign(window) }
    if (command === 'open') return { click: (_item, window) => actions.open(window) }
    const theme = THEME_OF_COMMAND.get(command)
    if (theme) return { type: 'radio', checked: state.theme === theme, click: () => actions.setTheme(theme) }
    return undefined
  }

  /** The table's commands placed in `slot`, in table order. */
  const slot = (at: MenuSlot): MenuItemConstructorOptions[] =>
    COMMANDS.flatMap((command) => {
      if (!('menu' in command) || command.menu.at !== at) return []
      const place: MenuPlace = command.menu
      const chord =
        (mac ? place.macChord : undefined) ??
        place.chord ??
        ('chords' in command ? command.chords[0] : undefined)
      const label = (place.label ?? command.label).replace('{app}', state.appName)
      return [
        {
          label,
          click: (_item, window) => actions.command(window, command.id),
          ...(chord ? { accelerator: toAccelerator(chord), ...PAGE_KEY } : {}),
          ...runInMain(command.id),
        },
      ]
    })

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
      ...slot('file.new'),
      { label: 'New from Template', submenu: templateItems },
      separator,
      ...slot('file.open'),
      { label: 'Open Recent', submenu: recentItems },
      ...slot('file.import'),
      separator,
      ...slot('file.save'),
      {
        label: 'Restore Previous Version…',
        click: (_item, window) => actions.restorePreviousVersion(window),
      },
      separator,
      { label: 'Export', submenu: slot('file.export') },
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
    submenu: [...slot('edit.undo'), separator, ...slot('edit.clipboard'), separator, ...slot('edit.select')],
  }

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...slot('view.zoom'),
      separator,
      ...slot('view.layout'),
      separator,
      { label: 'Theme', submenu: slot('view.theme') },
      ...(state.isPackaged
        ? []
        : [separator, { role: 'toggleDevTools' as const, label: 'Toggle Developer Tools' }]),
    ],
  }

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [...slot('help.help'), ...(mac ? [] : [separator, ...slot('help.about')])],
  }

  if (!mac) return [file, edit, view, help]

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      ...slot('help.about'),
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
