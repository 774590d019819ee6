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
  /** What the page does when its save of `revision` succeeds: main hears the save, then the page is clean. */
  const pageSaved = (win: FakeWindow, revision: number, fileName = 'contoso.cmgd') => {
    manager.saved(win as never, fileName, `/d/${fileName}`, revision)
    manager.setDirty(win as never, false, 'Contoso', revision)
  }
  return { manager, deps, open, created, settle, pageSaved }
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
    manager.saved(win as never, 'renamed.cmgd', '/d/renamed.cmgd', 0)
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

  it('Save asks the page to save and closes the window once the save succeeded and the page is clean', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    win.webContents.finishLoad()
    manager.setDirty(win as never, true, 'Contoso', 3)
    win.close()
    await settle()
    expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })
    expect(win.destroyed).toBe(false)
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd', 3)
    expect(win.destroyed).toBe(false)
    manager.setDirty(win as never, false, 'Contoso', 3)
    expect(win.destroyed).toBe(true)
  })

  it('Save keeps the window open when the save fails or is cancelled', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, settle, pageSaved } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso', 3)
    win.close()
    await settle()
    manager.saveFailed(win as never, 3)
    expect(win.destroyed).toBe(false)
    // A later, unrelated save does not close the window by surprise.
    pageSaved(win, 3)
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
    const { open, manager, deps, settle, pageSaved } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso', 1)
    manager.quitRequested()
    win.close()
    await settle()
    expect(deps.quitApp).not.toHaveBeenCalled()
    pageSaved(win, 1)
    expect(win.destroyed).toBe(true)
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })

  it('a failed save stops the quit: the window stays and the app does not quit', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, deps, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso', 1)
    manager.quitRequested()
    win.close()
    await settle()
    manager.saveFailed(win as never, 1)
    expect(win.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('Cancel in one window stops the quit for a window whose save is still running', async () => {
    const confirmUnsaved = vi.fn(async (parent: unknown) => (parent === first ? 'save' : 'cancel'))
    const { open, manager, deps, settle, pageSaved } = setup({ dialogs: { confirmUnsaved } })
    const first = open(design())
    const second = open(design())
    manager.setDirty(first as never, true, 'First', 1)
    manager.setDirty(second as never, true, 'Second', 1)
    // A quit closes every window: both ask at once.
    manager.quitRequested()
    first.close()
    second.close()
    await settle()
    expect(confirmUnsaved).toHaveBeenCalledTimes(2)
    // The first window's save lands after the user cancelled the quit in the second one.
    pageSaved(first, 1, 'first.cmgd')
    expect(first.destroyed).toBe(true)
    expect(second.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('a failed save in one window stops the quit for another window still saving', async () => {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const { open, manager, deps, settle, pageSaved } = setup({ dialogs: { confirmUnsaved } })
    const first = open(design())
    const second = open(design())
    manager.setDirty(first as never, true, 'First', 1)
    manager.setDirty(second as never, true, 'Second', 1)
    manager.quitRequested()
    first.close()
    second.close()
    await settle()
    manager.saveFailed(first as never, 1)
    pageSaved(second, 1, 'second.cmgd')
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
    expect(manager.windowOf(second.handle)).toBe(win)
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

describe('the close prompt’s Save waits for the revision it saw', () => {
  /** A window whose page reported `revision` unsaved, closed with Save chosen (during a quit when `quit`). */
  async function closingWithSave(revision: number, quit = false) {
    const confirmUnsaved = vi.fn(async () => 'save' as const)
    const h = setup({ dialogs: { confirmUnsaved } })
    const win = h.open(design())
    h.manager.setDirty(win as never, true, 'Contoso', revision)
    if (quit) h.manager.quitRequested()
    win.close()
    await h.settle()
    expect(win.webContents.eventsOn('menu:command')).toContainEqual({ command: 'save' })
    return { ...h, win }
  }

  it('does not close on an earlier save that was still running when Save was chosen', async () => {
    // Ctrl+S saved revision 2; revision 3 was made while it ran; then the window was closed.
    const { win, manager, pageSaved, deps } = await closingWithSave(3, true)
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd', 2)
    expect(win.destroyed).toBe(false)
    // The page's queued save of revision 3 is the one that counts.
    pageSaved(win, 3)
    expect(win.destroyed).toBe(true)
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })

  it('leaves the close to the queued save when an earlier save fails', async () => {
    const { win, manager, pageSaved } = await closingWithSave(3)
    manager.saveFailed(win as never, 2)
    expect(win.destroyed).toBe(false)
    pageSaved(win, 3)
    expect(win.destroyed).toBe(true)
  })

  it('a cancelled Save As forgets the close: a later save neither closes the window nor restarts the quit', async () => {
    const { win, manager, pageSaved, deps } = await closingWithSave(3, true)
    manager.saveFailed(win as never, 3)
    manager.setDirty(win as never, true, 'Contoso', 4)
    pageSaved(win, 4)
    expect(win.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('an edit newer than the save keeps the window open and stops the quit', async () => {
    const { win, manager, pageSaved, deps } = await closingWithSave(3, true)
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd', 3)
    // Revision 4 was made while revision 3 was written: the page stays unsaved.
    manager.setDirty(win as never, true, 'Contoso', 4)
    expect(win.destroyed).toBe(false)
    pageSaved(win, 4)
    expect(win.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('an edit reported before the save answered keeps the window open', async () => {
    const { win, manager } = await closingWithSave(3)
    manager.setDirty(win as never, true, 'Contoso', 4)
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd', 3)
    manager.setDirty(win as never, false, 'Contoso', 3)
    expect(win.destroyed).toBe(false)
  })

  it('a page that crashed while it was to save forgets the close and the quit', async () => {
    const { win, pageSaved, deps } = await closingWithSave(3, true)
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    pageSaved(win, 3)
    expect(win.destroyed).toBe(false)
    expect(deps.quitApp).not.toHaveBeenCalled()
  })

  it('closes at once when the page reported itself saved while the question was open', async () => {
    let answer: (choice: 'save') => void = () => undefined
    const confirmUnsaved = vi.fn(() => new Promise<'save'>((resolve) => (answer = resolve)))
    const { open, manager, settle } = setup({ dialogs: { confirmUnsaved } })
    const win = open(design())
    manager.setDirty(win as never, true, 'Contoso', 3)
    win.close()
    manager.saved(win as never, 'contoso.cmgd', '/d/contoso.cmgd', 3)
    manager.setDirty(win as never, false, 'Contoso', 3)
    answer('save')
    await settle()
    expect(win.destroyed).toBe(true)
    expect(win.webContents.eventsOn('menu:command')).not.toContainEqual({ command: 'save' })
  })

  it('keeps a recovery copy newer than the revision a save wrote', () => {
    const { open, manager } = setup()
    const win = open(design())
    expect(manager.saveCoversSnapshot(win as never, 1)).toBe(true)
    manager.snapshotTaken(win as never, 4)
    expect(manager.saveCoversSnapshot(win as never, 3)).toBe(false)
    expect(manager.saveCoversSnapshot(win as never, 4)).toBe(true)
  })
})
