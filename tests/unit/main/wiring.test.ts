// The Electron wiring as it ships: the built main bundle (out/main/index.js, what `npm start` and the
// installers run) is loaded under Node with a recording fake of the `electron` module. Proves the
// renderer sandbox and the privileged app:// scheme are set up before the app is ready and the
// scheme is served after, every IPC channel of the contract has exactly one handler, every web
// contents gets the navigation / new-window / webview guards and the session denies permissions,
// a packaged build has no DevTools, a second launch hands its files to the running instance, and
// quitting with unsaved changes asks first.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import {
  type MockInstance,
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import { invokeContract } from '../../../src/shared/ipc/contract'
import {
  type ElectronMain,
  FakeWebContents,
  childFrame,
  createElectronMain,
  fakeEvent,
  topFrame,
} from './electron-fakes'

const projectRoot = resolve(__dirname, '..', '..', '..')
const bundlePath = join(projectRoot, 'out', 'main', 'index.js')
const APP_PAGE = 'app://bundle/index.html'

function newestSource(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: dir, mtimeMs: 0 }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    const candidate = entry.isDirectory()
      ? newestSource(full)
      : { file: full, mtimeMs: statSync(full).mtimeMs }
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate
  }
  return newest
}

/** Why the bundle cannot stand for the current sources, if it cannot. */
function bundleProblem(): string | undefined {
  if (!existsSync(bundlePath))
    return 'out/main/index.js is missing: run `npm run build` first (`npm test` does).'
  const built = statSync(bundlePath).mtimeMs
  const newest = [
    newestSource(join(projectRoot, 'src', 'main')),
    newestSource(join(projectRoot, 'src', 'shared')),
  ]
    .filter((source) => source.mtimeMs > built)
    .map((source) => relative(projectRoot, source.file))
  return newest.length > 0
    ? `out/main/index.js is older than ${newest.join(' and ')}: run \`npm run build\` again (\`npm test\` does).`
    : undefined
}

const nodeRequire = createRequire(import.meta.url)
const loader = Module as unknown as {
  _load(request: string, parent: unknown, isMain: boolean): unknown
}

/**
 * Runs the main bundle afresh on `electron`, with `argv` as the app's command line (after the
 * executable). Only `require('electron')` is replaced; everything else is the real bundle.
 */
function runMainBundle(electron: ElectronMain, argv: readonly string[] = []): void {
  const originalLoad = loader._load
  const originalArgv = process.argv
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? electron.module : originalLoad.call(this, request, parent, isMain)
  }
  process.argv = ['/opt/CMG Designer/cmg-designer', ...argv]
  try {
    delete nodeRequire.cache[bundlePath]
    nodeRequire(bundlePath)
  } finally {
    loader._load = originalLoad
    process.argv = originalArgv
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'cmg-wiring-'))
let testDir = ''
let consoleError: MockInstance<typeof console.error>

beforeAll(() => {
  const problem = bundleProblem()
  if (problem) throw new Error(problem)
})
beforeEach(() => {
  testDir = mkdtempSync(join(scratch, 'test-'))
  // The designs are dated by main's clock: pinned, never the real one.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-02T09:30:00Z'))
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  vi.useRealTimers()
  consoleError.mockRestore()
})
// Background work of the apps (settings, recent files) writes here until the last test ends.
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function fakeElectron(options: { isPackaged?: boolean; singleInstance?: boolean } = {}): ElectronMain {
  return createElectronMain({ userData: join(testDir, 'user-data'), appPath: projectRoot, ...options })
}

/** A design file in the test folder (a copy of a built-in template). */
function designFile(name: string, template = 'contoso.cmgd'): string {
  const filePath = join(testDir, 'designs', name)
  mkdirSync(join(testDir, 'designs'), { recursive: true })
  copyFileSync(join(projectRoot, 'resources', 'templates', template), filePath)
  return filePath
}

/** Starts the app and waits for its first window to show its design (the page has loaded). */
async function startedApp(electron: ElectronMain, argv: readonly string[] = []) {
  runMainBundle(electron, argv)
  return firstWindowShown(electron)
}

/** The app becomes ready; resolves once its first window shows its design (the page has loaded). */
async function firstWindowShown(electron: ElectronMain) {
  electron.becomeReady()
  await vi.waitFor(() => expect(electron.windows()).not.toHaveLength(0))
  const win = electron.windows()[0]!
  win.webContents.finishLoad()
  await vi.waitFor(() => expect(win.webContents.eventsOn('doc:opened')).toHaveLength(1))
  const opened = win.webContents.eventsOn('doc:opened')[0] as { handle: string; fileName: string }
  return { win, opened }
}

function expectNothingLogged(): void {
  expect(consoleError.mock.calls).toEqual([])
}

describe('the built main process, before and after the app is ready', () => {
  it('enables the sandbox and registers app:// as privileged before ready, and serves it only after', async () => {
    const electron = fakeElectron()
    runMainBundle(electron)

    expect(electron.timeline).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.commandLine.appendSwitch disable-features',
      'app.requestSingleInstanceLock',
    ])
    // Chromium's hold on the page's tasks after input is off (chromium-features.ts).
    expect(electron.app.commandLine.switches.get('disable-features')).toBe('DeferRendererTasksAfterInput')
    expect(electron.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          codeCache: true,
        },
      },
    ])
    expect(electron.protocol.handlers.size).toBe(0)
    expect(electron.windows()).toHaveLength(0)

    const { win } = await firstWindowShown(electron)
    const afterReady = electron.timeline.slice(electron.timeline.indexOf('ready') + 1)
    expect(afterReady).toContain('protocol.handle')
    expect(afterReady).toContain('session.defaultSession')

    // The scheme serves the built renderer with the app's Content-Security-Policy.
    const serve = electron.protocol.handlers.get('app')!
    const page = await serve(new Request(APP_PAGE))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<div id="root">')
    expect((await serve(new Request('app://bundle/../package.json'))).status).toBe(404)

    // The first window is a sandboxed renderer on that page, with the preload built next to main.
    expect(win.loadURL).toHaveBeenCalledWith(APP_PAGE)
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: true,
      preload: join(projectRoot, 'out', 'preload', 'index.js'),
    })
    expect(existsSync(win.options.webPreferences!.preload!)).toBe(true)
    expect(win.title).toBe('Untitled — CMG Designer')
    expectNothingLogged()
  })

  it('gives every channel of the IPC contract exactly one handler, behind the trusted-frame check', async () => {
    const electron = fakeElectron()
    const { win } = await startedApp(electron)

    expect([...electron.ipcMain.registered].sort()).toEqual([...INVOKE_CHANNELS].sort())
    expect([...electron.ipcMain.registered].sort()).toEqual(Object.keys(invokeContract).sort())

    const fromPage = (channel: string, request: unknown) =>
      electron.ipcMain.invoke(channel, win.webContents, topFrame(APP_PAGE), request)
    expect(await fromPage('app:info', {})).toEqual({
      ok: true,
      name: 'CMG Designer',
      version: '0.1.0',
      platform: process.platform,
      today: '2026-03-02',
    })
    expect(await fromPage('templates:list', {})).toMatchObject({
      ok: true,
      templates: expect.arrayContaining([expect.objectContaining({ id: 'contoso' })]),
    })
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const fromIframe = await electron.ipcMain.invoke(
        'app:info',
        win.webContents,
        childFrame('https://evil.example/'),
        {},
      )
      expect(fromIframe).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await fromPage('doc:close', { handle: 'not a handle' })).toMatchObject({
        ok: false,
        code: 'INVALID_REQUEST',
      })
      expect(warnings.mock.calls).toEqual([
        ['ipc app:info: refused a call from an untrusted frame'],
        ['ipc doc:close: invalid request at handle'],
      ])
    } finally {
      warnings.mockRestore()
    }
    expectNothingLogged()
  })
})

describe('the security guards', () => {
  function expectGuarded(contents: FakeWebContents): void {
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: APP_PAGE })).toEqual({ action: 'deny' })
    const stopped = (eventName: string, url?: string) => {
      const event = fakeEvent()
      contents.emit(eventName, event, url)
      return event.defaultPrevented()
    }
    expect(stopped('will-navigate', 'https://evil.example/')).toBe(true)
    expect(stopped('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(stopped('will-redirect', 'http://127.0.0.1/')).toBe(true)
    expect(stopped('will-attach-webview')).toBe(true)
    expect(stopped('will-navigate', APP_PAGE)).toBe(false)
  }

  it('guards every web contents: the design windows and any other one Electron creates', async () => {
    const electron = fakeElectron()
    const { win } = await startedApp(electron)
    expectGuarded(win.webContents)

    // Another web contents (a DevTools window, say) gets the same guards.
    const other = new FakeWebContents()
    electron.app.emit('web-contents-created', fakeEvent(), other)
    expectGuarded(other)
  })

  it('blocks every network request and denies every permission in the session', async () => {
    const electron = fakeElectron()
    await startedApp(electron)
    const session = electron.defaultSession
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | undefined
      session.requestFilter?.({ url }, (response) => (answer = response))
      return answer?.cancel
    }
    expect(cancelled('https://fonts.example/font.woff2')).toBe(true)
    expect(cancelled('app://bundle/assets/index.js')).toBe(false)
    const granted = vi.fn()
    session.permissionRequest?.({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(session.permissionCheck?.({}, 'clipboard-read')).toBe(false)
  })

  it('gives a packaged build no DevTools: not in the windows, not in the menu', async () => {
    const electron = fakeElectron({ isPackaged: true })
    // A packaged app finds its templates in its resources folder.
    Object.assign(process, { resourcesPath: join(projectRoot, 'resources') })
    try {
      const { win } = await startedApp(electron)
      expect(win.options.webPreferences?.devTools).toBe(false)
      const menu = JSON.stringify(electron.Menu.applicationMenu)
      expect(menu).toContain('Zoom In')
      expect(menu).not.toContain('toggleDevTools')
    } finally {
      delete (process as { resourcesPath?: string }).resourcesPath
    }
  })
})

describe('launching the app again', () => {
  it('a second launch quits at once, leaving its files to the running instance', () => {
    const electron = fakeElectron({ singleInstance: false })
    runMainBundle(electron, [designFile('contoso.cmgd')])
    expect(electron.app.quitted).toBe(true)
    expect(electron.app.listenerCount('second-instance')).toBe(0)
    expect(electron.ipcMain.registered).toEqual([])
    expect(electron.windows()).toHaveLength(0)
  })

  it('the running instance opens the files of a second launch, resolved against its folder', async () => {
    const electron = fakeElectron()
    const { win: first } = await startedApp(electron)
    designFile('contoso.cmgd')

    electron.app.emit(
      'second-instance',
      fakeEvent(),
      ['/opt/CMG Designer/cmg-designer', '--disable-gpu', 'contoso.cmgd', 'notes.txt'],
      join(testDir, 'designs'),
    )
    await vi.waitFor(() => expect(electron.windows()).toHaveLength(2))
    const second = electron.windows()[1]!
    expect(second.title).toBe('contoso.cmgd — CMG Designer')
    second.webContents.finishLoad()
    await vi.waitFor(() => expect(second.webContents.eventsOn('doc:opened')).toHaveLength(1))
    expect(second.webContents.eventsOn('doc:opened')[0]).toMatchObject({
      fileName: 'contoso.cmgd',
      dirty: false,
    })

    // A second launch without files brings a window forward instead.
    const focusedBefore = second.focused
    electron.app.emit('second-instance', fakeEvent(), ['/opt/CMG Designer/cmg-designer'], testDir)
    expect(electron.windows()).toHaveLength(2)
    expect(second.focused).toBe(focusedBefore + 1)
    expect(first.title).toBe('Untitled — CMG Designer')
    expectNothingLogged()
  })

  it('opens the designs named on the command line and those macOS hands over before the app is ready', async () => {
    const electron = fakeElectron()
    const fromCommandLine = designFile('contoso.cmgd')
    const fromFinder = designFile('lab.cmgd', 'lab.cmgd')
    runMainBundle(electron, [fromCommandLine])
    const designEvent = fakeEvent()
    electron.app.emit('open-file', designEvent, fromFinder)
    const textEvent = fakeEvent()
    electron.app.emit('open-file', textEvent, join(testDir, 'notes.txt'))
    expect(designEvent.defaultPrevented()).toBe(true)
    expect(textEvent.defaultPrevented()).toBe(false)

    electron.becomeReady()
    await vi.waitFor(() => expect(electron.windows()).toHaveLength(2))
    expect(electron.windows().map((win) => win.title)).toEqual([
      'contoso.cmgd — CMG Designer',
      'lab.cmgd — CMG Designer',
    ])
    expectNothingLogged()
  })
})

describe('quitting', () => {
  it('asks before losing unsaved changes: Cancel keeps the app running, Don’t Save quits', async () => {
    const electron = fakeElectron()
    const { win, opened } = await startedApp(electron)
    const setDirty = await electron.ipcMain.invoke('doc:setDirty', win.webContents, topFrame(APP_PAGE), {
      handle: opened.handle,
      dirty: true,
      designName: 'Contoso rollout',
    })
    expect(setDirty).toEqual({ ok: true })
    expect(win.title).toBe('Untitled • — CMG Designer')

    const answer = (button: string) =>
      electron.dialog.showMessageBox.mockImplementationOnce(async (...args: unknown[]) => {
        const options = args.at(-1) as { buttons: string[] }
        return { response: options.buttons.indexOf(button), checkboxChecked: false }
      })

    answer('Cancel')
    electron.app.quit()
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1))
    const [parent, prompt] = electron.dialog.showMessageBox.mock.calls[0]!
    expect(parent).toBe(win)
    expect(prompt).toMatchObject({
      message: 'Do you want to save the changes you made to “Contoso rollout”?',
    })
    await new Promise((settled) => setImmediate(settled))
    expect(win.destroyed).toBe(false)
    expect(electron.app.quitted).toBe(false)

    answer("Don't Save")
    electron.app.quit()
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true))
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2)
    expect(win.destroyed).toBe(true)
    expectNothingLogged()
  })
})
