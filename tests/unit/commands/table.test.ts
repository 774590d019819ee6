// @vitest-environment happy-dom
// The command table is the one place a command is declared: its ids and chords never collide, and
// every menu place shows up in main's menu and every chord in the keyboard cheat sheet.
import type { MenuItemConstructorOptions } from 'electron'
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { parseChord, toAccelerator } from '../../../src/shared/commands/chords'
import { COMMANDS, MENU_COMMANDS, THEME_COMMANDS, type CommandSpec } from '../../../src/shared/commands/table'
import { eventContract } from '../../../src/shared/ipc/contract'

vi.mock('electron', async () => (await import('../main/electron-fakes')).electronModule)

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

const { buildMenuTemplate } = await import('../../../src/main/menu')
const { default: ShortcutsDialog } = await import('../../../src/renderer/src/panels/ShortcutsDialog')

const specs: readonly CommandSpec[] = COMMANDS
/** Commands whose menu items main runs itself instead of sending them to the window. */
const RUN_IN_MAIN = new Set<string>(['new', 'open', ...Object.values(THEME_COMMANDS)])

function menuItems(platform: NodeJS.Platform) {
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
  const template = buildMenuTemplate(
    { platform, isPackaged: true, appName: 'CMG Designer', templates: [], recent: [], theme: 'light' },
    actions,
  )
  const all: MenuItemConstructorOptions[] = []
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      all.push(item)
      if (Array.isArray(item.submenu)) walk(item.submenu as MenuItemConstructorOptions[])
    }
  }
  walk(template)
  return { all, actions }
}

describe('the command table', () => {
  it('declares each command once', () => {
    const ids = specs.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('never binds one key press to two commands', () => {
    const bindings = specs.flatMap((c) =>
      (c.chords ?? []).map((chord) => ({ id: c.id, ...parseChord(chord) })),
    )
    for (const [i, a] of bindings.entries())
      for (const b of bindings.slice(i + 1)) {
        const shiftOverlaps = a.shift === b.shift || a.shift === 'any' || b.shift === 'any'
        expect(a.key === b.key && a.mod === b.mod && shiftOverlaps, `${a.id} and ${b.id}`).toBe(false)
      }
  })

  it('gives every chord a cheat-sheet section', () => {
    for (const c of specs) if (c.chords) expect(c.group, c.id).toBeDefined()
  })

  it('is what main may send a window over IPC', () => {
    expect(eventContract['menu:command'].shape.command.options).toEqual(
      specs.filter((c) => c.menu).map((c) => c.id),
    )
    expect(MENU_COMMANDS).toContain('save')
    expect(MENU_COMMANDS).not.toContain('edit.rename')
  })

  it.each(['linux', 'darwin'] as const)(
    'puts every menu command in the %s menu, with its chord',
    (platform) => {
      const { all, actions } = menuItems(platform)
      for (const c of specs) {
        if (!c.menu) continue
        const label = (c.menu.label ?? c.label).replace('{app}', 'CMG Designer')
        const item = all.find((i) => i.label === label)
        expect(item, c.id).toBeDefined()
        const chord = (platform === 'darwin' ? c.menu.macChord : undefined) ?? c.menu.chord ?? c.chords?.[0]
        expect(item?.accelerator, c.id).toBe(chord ? toAccelerator(chord) : undefined)
        ;(item?.click as (item: unknown, window: unknown, event: unknown) => void)({}, { id: 1 }, {})
        if (!RUN_IN_MAIN.has(c.id)) expect(actions.command).toHaveBeenLastCalledWith({ id: 1 }, c.id)
      }
    },
  )

  it('shows every chord in the keyboard cheat sheet', async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    await act(async () => root.render(createElement(ShortcutsDialog, { onClose: () => undefined })))
    const chords = [...host.querySelectorAll('.chord')]
    const keyCaps = (chord: Element) => [...chord.querySelectorAll('kbd')].map((k) => k.textContent ?? '')
    const names: Record<string, string> = {
      arrowleft: '←',
      arrowright: '→',
      arrowup: '↑',
      arrowdown: '↓',
      contextmenu: 'Menu',
    }
    for (const c of specs)
      for (const chord of c.chords ?? []) {
        const { key, mod, shift } = parseChord(chord)
        const cap = names[key] ?? (key.length === 1 ? key.toUpperCase() : key)
        const shown = chords.some((shownChord) => {
          const caps = keyCaps(shownChord)
          return (
            caps.some((k) => k.toLowerCase().split(' ').includes(cap.toLowerCase())) &&
            caps.includes('Ctrl') === mod &&
            caps.includes('Shift') === (shift === true)
          )
        })
        expect(shown, `${c.id}: ${chord}`).toBe(true)
      }
    act(() => root.unmount())
    host.remove()
  })
})

describe('chords', () => {
  it('reads modifiers and keys, and writes Electron accelerators', () => {
    expect(parseChord('Mod+Shift+Z')).toEqual({ key: 'z', mod: true, shift: true })
    expect(parseChord('Mod+Shift?+Plus')).toEqual({ key: '+', mod: true, shift: 'any' })
    expect(parseChord('ArrowLeft')).toEqual({ key: 'arrowleft', mod: false, shift: false })
    expect(toAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S')
    expect(toAccelerator('F5')).toBe('F5')
    expect(() => parseChord('Alt+X')).toThrow(/modifier/)
  })
})
