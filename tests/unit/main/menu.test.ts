// The application menu: every item a user expects, with the usual shortcuts, doing the right thing
// when chosen: design commands go to the window they were chosen in, file items run in main.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../../../src/shared/ipc/contract'

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)

const { buildMenuTemplate, isNativeEditCommand, performMenuCommand } = await import('../../../src/main/menu')
type MenuState = Parameters<typeof buildMenuTemplate>[0]

const baseState: MenuState = {
  platform: 'linux',
  isPackaged: false,
  appName: 'CMG Designer',
  templates: [
    { id: 'contoso', name: 'Contoso – standalone primary with CMG' },
    { id: 'lab', name: 'Lab & test' },
  ],
  recent: [{ id: 'rec_abc', fileName: 'fourth-coffee.cmgd', folder: '/home/u/designs' }],
  theme: 'dark',
}

function setup(state: Partial<MenuState> = {}) {
  const actions = {
    newDesign: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    restorePreviousVersion: vi.fn(),
    clearRecent: vi.fn(),
    closeWindow: vi.fn(),
    setTheme: vi.fn(),
    command: vi.fn(),
  }
  const template = buildMenuTemplate({ ...baseState, ...state }, actions)
  const all: MenuItemConstructorOptions[] = []
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      all.push(item)
      if (Array.isArray(item.submenu)) walk(item.submenu as MenuItemConstructorOptions[])
    }
  }
  walk(template)
  const find = (label: string, accelerator?: string) => {
    const item = all.find(
      (i) => i.label === label && (accelerator === undefined || i.accelerator === accelerator),
    )
    if (!item) throw new Error(`no menu item "${label}"`)
    return item
  }
  const window = { id: 7 }
  const click = (label: string, accelerator?: string) =>
    (find(label, accelerator).click as (item: unknown, window: unknown, event: unknown) => void)(
      {},
      window,
      {},
    )
  return { template, all, find, click, actions, window }
}

describe('the application menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(setup().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
  })

  it.each([
    ['New Design', 'CmdOrCtrl+N'],
    ['Open…', 'CmdOrCtrl+O'],
    ['Save', 'CmdOrCtrl+S'],
    ['Save As…', 'CmdOrCtrl+Shift+S'],
    ['Close Window', 'CmdOrCtrl+W'],
    ['Undo', 'CmdOrCtrl+Z'],
    ['Redo', 'CmdOrCtrl+Y'],
    ['Cut', 'CmdOrCtrl+X'],
    ['Copy', 'CmdOrCtrl+C'],
    ['Paste', 'CmdOrCtrl+V'],
    ['Duplicate', 'CmdOrCtrl+D'],
    ['Select All', 'CmdOrCtrl+A'],
    ['Find…', 'CmdOrCtrl+F'],
    ['Present', 'F5'],
    ['Quit', 'CmdOrCtrl+Q'],
  ])('offers %s on %s', (label, accelerator) => {
    expect(setup().find(label, accelerator)).toBeDefined()
  })

  it.each([
    ['Save', 'save'],
    ['Save As…', 'saveAs'],
    ['Revert to Saved', 'revert'],
    ['PNG Image…', 'exportPng'],
    ['SVG Image…', 'exportSvg'],
    ['Design Report (HTML)…', 'exportReportHtml'],
    ['Design Report (PDF)…', 'exportReportPdf'],
    ['Undo', 'undo'],
    ['Duplicate', 'duplicate'],
    ['Delete', 'delete'],
    ['Select All', 'selectAll'],
    ['Find…', 'find'],
    ['Zoom to Fit', 'zoomToFit'],
    ['Zoom In', 'zoomIn'],
    ['Zoom Out', 'zoomOut'],
    ['Auto-Layout', 'autoLayout'],
    ['Present', 'present'],
    ['Keyboard Shortcuts', 'shortcuts'],
    ['About CMG Designer', 'about'],
  ])('%s sends the %s command to the window it was chosen in', (label, command) => {
    const { click, actions, window } = setup()
    click(label)
    expect(actions.command).toHaveBeenCalledWith(window, command)
    expect(MENU_COMMANDS).toContain(command)
  })

  it('runs file items in main', () => {
    const { click, actions, window } = setup()
    click('New Design')
    expect(actions.newDesign).toHaveBeenCalledWith(window)
    click('Lab && test')
    expect(actions.newDesign).toHaveBeenCalledWith(window, 'lab')
    click('Open…')
    expect(actions.open).toHaveBeenCalledWith(window)
    click('fourth-coffee.cmgd — /home/u/designs')
    expect(actions.openRecent).toHaveBeenCalledWith(window, 'rec_abc')
    click('Clear Recent')
    expect(actions.clearRecent).toHaveBeenCalled()
    click('Restore Previous Version…')
    expect(actions.restorePreviousVersion).toHaveBeenCalledWith(window)
    click('Close Window')
    expect(actions.closeWindow).toHaveBeenCalledWith(window)
    expect(actions.command).not.toHaveBeenCalled()
  })

  it('lists every template and escapes & in labels', () => {
    const { find } = setup()
    expect(find('Contoso – standalone primary with CMG')).toBeDefined()
    expect(find('Lab && test')).toBeDefined()
  })

  it('shows empty recent and template lists as disabled items', () => {
    const { find } = setup({ recent: [], templates: [] })
    expect(find('No recent designs').enabled).toBe(false)
    expect(find('Clear Recent').enabled).toBe(false)
    expect(find('No templates found').enabled).toBe(false)
  })

  it('marks the current theme and switches themes', () => {
    const { find, click, actions } = setup()
    expect(find('Dark').checked).toBe(true)
    expect(find('Light').checked).toBe(false)
    click('High Contrast')
    expect(actions.setTheme).toHaveBeenCalledWith('highContrast')
  })

  it('shows but leaves to the page the chords the page handles itself, so nothing runs twice', () => {
    const { find } = setup()
    const pageKeys = ['New Design', 'Open…', 'Save', 'Save As…', 'Undo', 'Redo', 'Delete', 'Select All']
    pageKeys.push('Cut', 'Copy', 'Paste', 'Duplicate', 'Find…', 'Present', 'Zoom to Fit', 'Auto-Layout')
    pageKeys.push('Keyboard Shortcuts')
    for (const label of pageKeys) expect(find(label).registerAccelerator, label).toBe(false)
    expect(find('Close Window').registerAccelerator).toBeUndefined()
  })

  it('offers Developer Tools only when not packaged', () => {
    expect(setup({ isPackaged: false }).all.some((i) => i.role === 'toggleDevTools')).toBe(true)
    expect(setup({ isPackaged: true }).all.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })

  it('has the macOS app and Window menus, with About and Quit in the app menu', () => {
    const { template, all } = setup({ platform: 'darwin' })
    expect(template[0]?.label).toBe('CMG Designer')
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true)
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[]
    expect(appItems.some((i) => i.label === 'About CMG Designer')).toBe(true)
    expect(appItems.some((i) => i.role === 'quit')).toBe(true)
    expect(all.filter((i) => i.role === 'quit')).toHaveLength(1)
    expect(all.find((i) => i.label === 'Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z')
  })
})

describe('isNativeEditCommand', () => {
  it('marks the clipboard commands that text fields need natively', () => {
    expect(['cut', 'copy', 'paste'].every((c) => isNativeEditCommand(c as never))).toBe(true)
    expect(isNativeEditCommand('undo')).toBe(false)
    expect(isNativeEditCommand('duplicate')).toBe(false)
    expect(isNativeEditCommand('selectAll')).toBe(false)
  })
})

describe('performMenuCommand', () => {
  const contents = () => ({ cut: vi.fn(), copy: vi.fn(), paste: vi.fn() })

  it('copies natively (for text fields) and tells the page (for the canvas)', () => {
    const target = contents()
    const send = vi.fn()
    performMenuCommand(target, 'copy', send)
    expect(target.copy).toHaveBeenCalledTimes(1)
    expect(send).toHaveBeenCalledWith('copy')
  })

  it('only tells the page for design commands', () => {
    const target = contents()
    const send = vi.fn()
    performMenuCommand(target, 'duplicate', send)
    expect(send).toHaveBeenCalledWith('duplicate')
    expect([target.cut, target.copy, target.paste].every((f) => f.mock.calls.length === 0)).toBe(true)
  })
})
