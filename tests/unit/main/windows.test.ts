// The window manager as a user meets it: each design in its own window, the title shows unsaved
// changes, the page gets its design once loaded, and closing or quitting with unsaved changes asks
// Save / Don't Save / Cancel and does what was chosen.
import { describe, expect, it, vi } from 'vitest'
import type { Opened } from '../../../src/shared/ipc/contract'
import { newDesign } from '../../../src/shared/model/factory'
import { FakeWindow } from './electron-fakes'

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)

const { WindowManager } = await import('../../../src/main/windows')
type Deps = ConstructorParameters<typeof WindowManager>[0]

let handleCounter = 0
function design(overrides: Partial<Opened> = {}): Opened {
  handleCounter++
  return {
    ok: true,
    handle: `doc_${String(handleCounter).padStart(16, '0')}`,
    fileName: 'Untitled',
    hasFile: false,
    doc: newDesign('2026-11-26', 'Contoso'),
    dirty: false,
    ...overrides,
  }
}

function setup(overrides: Partial<Deps> = {}) {
  const created: FakeWindow[] = []
  const deps: Deps = {
    createWindow: () => {
      const win = new FakeWindow()
      created.push(win)
      return win as never
    },
    dialogs: { confirmUnsaved: vi.fn(async () => 'cancel' as const) },
    reloadPayload: vi.fn(async () => undefined),
    releaseDocument: vi.fn(),
    rememberBounds: vi.fn(),
    theme: () => undefined,
    quitApp: vi.fn(),
    platform: 'linux',
    ...overrides,
  }
  const manager = new WindowManager(deps)
  const open = (opened: Opened, filePath: string | null = null) => {
    manager.open(opened, filePath)
    return created.at(-1) as FakeWindow
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { manager, deps, open, created, settle }
}

describe('WindowManager', () => {
  it('sends the design once the page has loaded, then the saved theme', async () => {
    const { open } = setup({ theme: () => 'dark' })
    const opened = design()
    const win = open(opened)
    expect(win.webContents.sent).toEqual([])
    win.webContents.finishLoad()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(win.webContents.sent).toEqual([
      { channel: 'doc:opened', payload: opened },
      { channel: 'menu:command', payload: { command: 'themeDark' } },
    ])
  })

  it('on a reload shows what reloadPayload gives (the recovered design), not the first design again', async () => {
    const recovered = design({ dirty: true, notice: 'recovered' })
    const { open, settle } = setup({ reloadPayload: vi.fn(async () => recovered) })
    const win = open(design())
    win.webContents.finishLoad()
    await settle()
    win.webContents.finishLoad()
    await settle()
    expect(win.webContents.eventsOn('doc:opened').at(-1)).toEqual(recovered)
    expect(win.title).toBe('Untitled • — CMG Designer')
  })

  it('shows the file name and an unsaved marker in the title', () => {
    const { open, manager } = setup()
    const win = open(design({ fileName: 'contoso.cmgd', hasFile: true }), '/d/contoso.cmgd')
    expect(win.title).toBe('contoso.cmgd — CMG Designer')
    manager.setDirty(win as never, true, 'Contoso')
    expect(win.title).toBe('contoso.cmgd • — CMG Designer')
    manager.saved(win as never, 'renamed.cmgd', '/d/renamed.cmgd')
    manager.setDirty(win as never, false, 'Contoso')
    expect(win.title).toBe('renamed.cmgd — CMG Designer')
  })

  it('keeps its title when the page sets its own', () => {
    const { open } = setup()
    const win = open(design({ fileName: 'contoso.cmgd', hasFile: true }), '/d/contoso.cmgd')
    const event = { preventDefault: vi.fn() }
    win.emit('page-title-updated', event, 'CMG Designer')
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('marks the macOS window as edited and names its file', () => {
    const { open, manager } = setup({ platform: 'darwin' })
    const win = open(design({ fileName: 'contoso.cmgd', hasFile: true }), '/d/contoso.cmgd')
    manager.setDirty(win as never, true, 'Contoso')
    expect(win.documentEdited).toBe(true)
    expect(win.representedFilename).toBe('/d/contoso.cmgd')
  })

  it('closes a window without unsaved changes at once, releasing its design and remembering its bounds', () => {
    const { open, deps } = setup()
    const opened = design()
    const win = open(opened)
    win.close()
    expect(win.destroyed).toBe(true)
    expect(deps.dialogs.confirmUnsaved).not.toHaveBeenCalled()
    expect(deps.releaseDocument).toHaveBeenCalledWith(opened.handle, false)
    expect(deps.rememberBounds).toHaveBeenCalledWith({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    })
  })

  it('asks before closing unsaved changes, and Cancel keeps the window', async () => {
    const { open, manager, deps, settle } = setup()
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    await settle()
    expect(deps.dialogs.confirmUnsaved).toHaveBeenCalledWith(win, 'Contoso')
    expect(win.destroyed).toBe(false)
    expect(deps.releaseDocument).not.toHaveBeenCalled()
    expect(win.webContents.eventsOn('menu:command')).toEqual([])
    // The changes are still unsaved: the next close asks again.
    expect(win.title).toBe('Untitled • — CMG Designer')
    win.close()
    await settle()
    expect(deps.dialogs.confirmUnsaved).toHaveBeenCalledTimes(2)
  })

  it("Don't Save closes the window and lets its recovery copy go", async () => {
    const confirmUnsaved = vi.fn(async () => 'discard' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const opened = design()
    const win = open(opened)
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    await settle()
    expect(win.destroyed).toBe(true)
    expect(deps.releaseDocument).toHaveBeenCalledWith(opened.handle, false)
    expect(win.webContents.eventsOn('menu:command')).not.toContainEqual({ command: 'save' })
  })

  it('Save asks the page to save and closes the window when the save succeeds', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    win.webContents.finishLoad()
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    await settle()
    expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })
    expect(win.destroyed).toBe(false)
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd')
    expect(win.destroyed).toBe(true)
  })

  it('Save keeps the window open when the save fails or is cancelled', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    await settle()
    manager.saveFailed(win as never)
    expect(win.destroyed).toBe(false)
    // A later, unrelated save does not close the window by surprise.
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd')
    expect(win.destroyed).toBe(false)
  })

  it('resumes a quit after the unsaved window was dealt with, and a Cancel stops the quit', async () => {
    const answers = ['cancel', 'discard'] as const
    let asked = 0
    const confirmUnsaved = vi.fn(async () => answers[asked++] ?? 'cancel')
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')

    manager.quitRequested()
    win.close()
    await settle()
    expect(win.destroyed).toBe(false)

    manager.quitRequested()
    win.close()
    await settle()
    expect(win.destroyed).toBe(true)
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })

  it('resumes a quit once the window whose Save was chosen has saved', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    manager.quitRequested()
    win.close()
    await settle()
    expect(deps.quitApp).not.toHaveBeenCalled()
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd')
    expect(win.destroyed).toBe(true)
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })

  it('a failed save stops the quit: the window stays and the app does not quit', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    manager.quitRequested()
    win.close()
    await settle()
    manager.saveFailed(win as never)
    expect(win.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('Cancel in one window stops the quit for a window whose save is still running', async () => {
    const confirmUnsaved = vi.fn(async (parent: unknown) => (parent === first ? 'save' : 'cancel'))
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const first = open(design())
    const second = open(design())
    manager.setDirty(first as never, true, 'First')
    manager.setDirty(second as never, true, 'Second')
    // A quit closes every window: both ask at once.
    manager.quitRequested()
    first.close()
    second.close()
    await settle()
    expect(confirmUnsaved).toHaveBeenCalledTimes(2)
    // The first window's save lands after the user cancelled the quit in the second one.
    manager.saved(first as never, 'first.cmgd', '/d/first.cmgd')
    expect(first.destroyed).toBe(true)
    expect(second.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('a failed save in one window stops the quit for another window still saving', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const first = open(design())
    const second = open(design())
    manager.setDirty(first as never, true, 'First')
    manager.setDirty(second as never, true, 'Second')
    manager.quitRequested()
    first.close()
    second.close()
    await settle()
    manager.saveFailed(first as never)
    manager.saved(second as never, 'second.cmgd', '/d/second.cmgd')
    expect(second.destroyed).toBe(true)
    expect(first.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('does not quit after a plain close outside a quit', async () => {
    const confirmUnsaved = vi.fn(async () => 'discard' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    await settle()
    expect(win.destroyed).toBe(true)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('asks only once when close is pressed again while the question is open', async () => {
    let answer: (choice: 'cancel') => void = () => undefined
    const confirmUnsaved = vi.fn(() => new Promise<'cancel'>((resolve) => (answer = resolve)))
    const { open, manager, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso')
    win.close()
    win.close()
    answer('cancel')
    await settle()
    expect(confirmUnsaved).toHaveBeenCalledTimes(1)
  })

  it('reuses only an untouched window without a file', () => {
    const { open, manager } = setup()
    const blank = open(design())
    const file = open(design({ fileName: 'a.cmgd', hasFile: true }), '/d/a.cmgd')
    expect(manager.isPristine(blank as never)).toBe(true)
    expect(manager.isPristine(file as never)).toBe(false)
    manager.setDirty(blank as never, true, 'Contoso')
    expect(manager.isPristine(blank as never)).toBe(false)
  })

  it('replacing a window’s design releases the old one and shows the new one', async () => {
    const { open, manager, deps, settle } = setup()
    const first = design()
    const win = open(first)
    win.webContents.finishLoad()
    await settle()
    const second = design({ fileName: 'b.cmgd', hasFile: true })
    manager.replace(win as never, second, '/d/b.cmgd', true)
    expect(deps.releaseDocument).toHaveBeenCalledWith(first.handle, false)
    expect(win.webContents.eventsOn('doc:opened').at(-1)).toEqual(second)
    expect(manager.handleOf(win as never)).toBe(second.handle)
    expect(manager.windowShowing('/d/b.cmgd')).toBe(win)
    expect(win.title).toBe('b.cmgd — CMG Designer')
  })

  it('keeps the recovery copy of a window whose page crashed', () => {
    const { open, deps } = setup()
    const opened = design()
    const win = open(opened)
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(win.webContents.reload).toHaveBeenCalledTimes(1)
    win.close()
    expect(deps.releaseDocument).toHaveBeenCalledWith(opened.handle, true)
  })

  it('stops reloading a page that keeps crashing', () => {
    const { open } = setup()
    const win = open(design())
    for (let i = 0; i < 5; i++)
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(win.webContents.reload).toHaveBeenCalledTimes(2)
  })

  it('sends nothing that breaks the event contract', () => {
    const { open, manager } = setup()
    const win = open(design())
    manager.sendCommand(win as never, 'not-a-command' as never)
    expect(win.webContents.sent).toEqual([])
  })
})
