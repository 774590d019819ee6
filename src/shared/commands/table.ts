// The command table: every command of the app declared once, as data — its id, its label, its key
// chords, its place in the native menu, and where it may run (while typing in a field, while
// presenting, in which right-click context menu). Main's menu (src/main/menu.ts), the renderer's key
// handler (keyboard.ts), the cheat sheet (ShortcutsDialog.tsx), the presentation guard and the menu
// IPC enum all read it; handlers stay beside the state they act on (registerCommand in the
// renderer). Adding a command is one entry here plus one registerCommand. Pure.

/** Where a menu item goes: a menu and a group of it; src/main/menu.ts lays the groups out. */
export type MenuSlot =
  | 'file.new'
  | 'file.open'
  | 'file.import'
  | 'file.save'
  | 'file.export'
  | 'edit.undo'
  | 'edit.clipboard'
  | 'edit.select'
  | 'view.zoom'
  | 'view.layout'
  | 'view.theme'
  | 'help.help'
  | 'help.about'

export interface MenuPlace {
  readonly at: MenuSlot
  /** The item's text when it differs from the command's label ("{app}" is the application's name). */
  readonly label?: string
  /** The chord the menu shows, when not the first one. */
  readonly chord?: string
  /** The chord the menu shows on macOS, when not `chord`. */
  readonly macChord?: string
}

/** The cheat sheet's sections, in order. */
export const SHEET_GROUPS = ['File', 'Edit', 'Selection', 'Arrange', 'View', 'Help'] as const
export type SheetGroup = (typeof SHEET_GROUPS)[number]

/** What a right-click (or Shift+F10) is on. */
export type CommandContext = 'canvas' | 'element' | 'connection'

export interface CommandSpec {
  readonly id: string
  /** The command's name as menus show it ("Save As…"). */
  readonly label: string
  /** Platform-neutral chords (see chords.ts); the first one is the main one. */
  readonly chords?: readonly string[]
  /** The cheat-sheet section; required with chords. */
  readonly group?: SheetGroup
  /** What the chord does, for the cheat sheet, when the label says too little. */
  readonly help?: string
  /** A native menu item, or none. */
  readonly menu?: MenuPlace
  /** Its chords also act while typing in a text field (otherwise the field keeps the keys). */
  readonly inText?: boolean
  /** Still runs while presenting (everything else is refused then). */
  readonly inPresentation?: boolean
  /**
   * A canvas key acting on the selected elements: taken before the focused element sees it (React
   * Flow would otherwise move nodes by itself), only while elements are selected and focus is on
   * the canvas or nowhere in particular.
   */
  readonly canvasKey?: boolean
  /** The context menus that offer it. */
  readonly context?: readonly CommandContext[]
}

const move = (direction: 'Left' | 'Right' | 'Up' | 'Down', fine: boolean) =>
  ({
    id: `move.${direction.toLowerCase()}${fine ? 'Fine' : ''}`,
    label: `Move ${direction}${fine ? ' by 1 px' : ''}`,
    chords: [`${fine ? 'Shift+' : ''}Arrow${direction}`],
    group: 'Arrange',
    help: fine ? 'Move the selection by 1 px' : 'Move the selection one grid step (16 px)',
    canvasKey: true,
  }) as const

/** Every command, in menu order. */
export const COMMANDS = [
  {
    id: 'new',
    label: 'New Design',
    chords: ['Mod+N'],
    group: 'File',
    menu: { at: 'file.new' },
    inText: true,
  },
  { id: 'open', label: 'Open…', chords: ['Mod+O'], group: 'File', menu: { at: 'file.open' }, inText: true },
  { id: 'importConfigMgr', label: 'Import from Configuration Manager…', menu: { at: 'file.import' } },
  { id: 'reimportConfigMgr', label: 'Update from Configuration Manager…', menu: { at: 'file.import' } },
  {
    id: 'save',
    label: 'Save',
    chords: ['Mod+S'],
    group: 'File',
    menu: { at: 'file.save' },
    inText: true,
    inPresentation: true,
  },
  {
    id: 'saveAs',
    label: 'Save As…',
    chords: ['Mod+Shift+S'],
    group: 'File',
    menu: { at: 'file.save' },
    inText: true,
  },
  { id: 'revert', label: 'Revert to Saved', menu: { at: 'file.save' } },
  { id: 'exportPng', label: 'Export PNG Image…', menu: { at: 'file.export', label: 'PNG Image…' } },
  { id: 'exportSvg', label: 'Export SVG Image…', menu: { at: 'file.export', label: 'SVG Image…' } },
  {
    id: 'exportDrawio',
    label: 'Export draw.io Diagram…',
    menu: { at: 'file.export', label: 'draw.io Diagram…' },
  },
  {
    id: 'exportPptx',
    label: 'Export PowerPoint Presentation…',
    menu: { at: 'file.export', label: 'PowerPoint Presentation…' },
  },
  {
    id: 'exportReportHtml',
    label: 'Export Design Report (HTML)…',
    menu: { at: 'file.export', label: 'Design Report (HTML)…' },
  },
  {
    id: 'exportReportPdf',
    label: 'Export Design Report (PDF)…',
    menu: { at: 'file.export', label: 'Design Report (PDF)…' },
  },
  { id: 'undo', label: 'Undo', chords: ['Mod+Z'], group: 'Edit', menu: { at: 'edit.undo' } },
  {
    id: 'redo',
    label: 'Redo',
    chords: ['Mod+Shift+Z', 'Mod+Y'],
    group: 'Edit',
    menu: { at: 'edit.undo', chord: 'Mod+Y', macChord: 'Mod+Shift+Z' },
  },
  {
    id: 'cut',
    label: 'Cut',
    chords: ['Mod+X'],
    group: 'Edit',
    menu: { at: 'edit.clipboard' },
    context: ['element'],
  },
  {
    id: 'copy',
    label: 'Copy',
    chords: ['Mod+C'],
    group: 'Edit',
    menu: { at: 'edit.clipboard' },
    context: ['element'],
  },
  {
    id: 'paste',
    label: 'Paste',
    chords: ['Mod+V'],
    group: 'Edit',
    help: 'Paste (into the selected container)',
    menu: { at: 'edit.clipboard' },
    context: ['element', 'canvas'],
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    chords: ['Mod+D'],
    group: 'Edit',
    menu: { at: 'edit.clipboard' },
    context: ['element'],
  },
  {
    id: 'delete',
    label: 'Delete',
    chords: ['Delete', 'Backspace'],
    group: 'Edit',
    help: 'Delete (with everything inside)',
    menu: { at: 'edit.clipboard' },
    context: ['element', 'connection'],
  },
  {
    id: 'edit.rename',
    label: 'Rename',
    chords: ['F2'],
    group: 'Edit',
    help: 'Rename (or edit a note) in place',
    context: ['element'],
  },
  {
    id: 'edit.connect',
    label: 'Connect To…',
    chords: ['Mod+K'],
    group: 'Edit',
    help: 'Connect the selected element to another (type to filter)',
    context: ['element'],
  },
  {
    id: 'selectAll',
    label: 'Select All',
    chords: ['Mod+A'],
    group: 'Selection',
    menu: { at: 'edit.select' },
    context: ['canvas'],
  },
  {
    id: 'selectNone',
    label: 'Select None',
    chords: ['Escape'],
    group: 'Selection',
    help: 'Clear the selection',
    canvasKey: true,
  },
  {
    id: 'find',
    label: 'Find…',
    chords: ['Mod+F'],
    group: 'Selection',
    help: 'Find by name, site code, FQDN or kind',
    menu: { at: 'edit.select' },
    inText: true,
  },
  {
    id: 'edit.contextMenu',
    label: 'Context Menu',
    chords: ['Shift+F10', 'ContextMenu'],
    group: 'Selection',
    help: 'Show the commands for the selection',
  },
  move('Left', false),
  move('Right', false),
  move('Up', false),
  move('Down', false),
  move('Left', true),
  move('Right', true),
  move('Up', true),
  move('Down', true),
  {
    id: 'zoomToFit',
    label: 'Zoom to Fit',
    chords: ['Mod+0'],
    group: 'View',
    menu: { at: 'view.zoom' },
    context: ['canvas'],
  },
  {
    id: 'zoomIn',
    label: 'Zoom In',
    chords: ['Mod+=', 'Mod+Shift?+Plus'],
    group: 'View',
    menu: { at: 'view.zoom' },
  },
  { id: 'zoomOut', label: 'Zoom Out', chords: ['Mod+-'], group: 'View', menu: { at: 'view.zoom' } },
  {
    id: 'autoLayout',
    label: 'Auto-Layout',
    chords: ['Mod+Shift+L'],
    group: 'Arrange',
    help: 'Auto-layout the design',
    menu: { at: 'view.layout' },
    context: ['canvas'],
  },
  {
    id: 'present',
    label: 'Present',
    chords: ['F5'],
    group: 'View',
    help: 'Present (Esc leaves, arrow keys step)',
    menu: { at: 'view.layout' },
    inText: true,
    inPresentation: true,
  },
  { id: 'themeLight', label: 'Light', menu: { at: 'view.theme' }, inPresentation: true },
  { id: 'themeDark', label: 'Dark', menu: { at: 'view.theme' }, inPresentation: true },
  { id: 'themeHighContrast', label: 'High Contrast', menu: { at: 'view.theme' }, inPresentation: true },
  {
    id: 'shortcuts',
    label: 'Keyboard Shortcuts',
    chords: ['Shift?+?', 'Mod+/'],
    group: 'Help',
    help: 'Show keyboard shortcuts',
    menu: { at: 'help.help', chord: 'Mod+/' },
  },
  {
    id: 'userGuide',
    label: 'User Guide',
    chords: ['F1'],
    group: 'Help',
    help: 'Open the user guide',
    menu: { at: 'help.help' },
    inText: true,
  },
  { id: 'about', label: 'About', menu: { at: 'help.about', label: 'About {app}' } },
] as const satisfies readonly CommandSpec[]

type Entry = (typeof COMMANDS)[number]

/** Every command id of the table. */
export type TableCommandId = Entry['id']

/** A command with a menu place: what main may send a window ('menu:command'). */
export type MenuCommand = Extract<Entry, { readonly menu: MenuPlace }>['id']

/** The menu commands, for the IPC contract's enum. */
export const MENU_COMMANDS = COMMANDS.flatMap((c) =>
  'menu' in c ? [c.id] : [],
) as readonly MenuCommand[] as readonly [MenuCommand, ...MenuCommand[]]

/** The command each colour theme's menu item sends. */
export const THEME_COMMANDS = {
  light: 'themeLight',
  dark: 'themeDark',
  highContrast: 'themeHighContrast',
} as const satisfies Readonly<Record<string, MenuCommand>>

const BY_ID: ReadonlyMap<string, CommandSpec> = new Map(COMMANDS.map((c) => [c.id, c]))

/** The table's entry for a command id, if it has one. */
export const commandSpec = (id: string): CommandSpec | undefined => BY_ID.get(id)

/** The label without a trailing ellipsis, for messages ("Save As is not available…"). */
export const commandName = (id: string): string => (commandSpec(id)?.label ?? id).replace(/…$/, '')

/** True for the commands that still run while presenting. */
export const runsWhilePresenting = (id: string): boolean => commandSpec(id)?.inPresentation === true
