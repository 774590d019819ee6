// The Electron main process: app lifecycle and wiring. One instance per user (a second launch hands
// its files to the running one), a sandbox for every renderer, the Chromium features it runs
// without, the app:// bundle protocol, the security policy, the file services, the typed IPC
// handlers, the menu, and at startup the designs (or exported images) named on the command line
// (or a new blank design) followed by the crash-recovery questions, with a background clean-up of
// unfinished saves beside the recent files.
// Runs in the Electron main process.
import { join } from 'node:path'
import { type BaseWindow, BrowserWindow, app, dialog, ipcMain, protocol, screen, session } from 'electron'
import { THEME_COMMANDS } from '../shared/commands/table'
import { APP_NAME } from '../shared/model/factory'
import { designFilesFromArgv, openableFiles, rendererRoot, templatesDir, userDataPaths } from './app-paths'
import { disabledFeaturesSwitch } from './chromium-features'
import { today } from './clock'
import { DesignActions, type Placement } from './documents/design-actions'
import { electronDialogs } from './dialogs'
import { createHandlers, registerHandlers } from './ipc/handlers'
import { createIpcRegistry } from './ipc/register'
import { TemplateCatalog } from './documents/templates'
import { type MenuActions, installMenu, performMenuCommand } from './menu'
import { registerAppScheme, serveRendererBundle } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import { DocumentStore } from './services/document-store'
import { realFs } from './services/fs-adapter'
import { logOrphanSweep } from './services/orphans'
import { RecentFiles } from './services/recent-files'
import { RecoveryStore } from './services/recovery'
import { type Settings, SettingsStore } from './services/settings'
import { createAppWindow, placeWindow } from './window'
import { type Theme, WindowManager } from './windows'

const logFailure = (what: string) => (error: unknown) => console.error(what, error)

interface RunningApp {
  /** The first windows: the files from the command line, else a new blank design; then the recovery questions. */
  openInitial(filePaths: readonly string[]): Promise<void>
  /** Opens files handed over by the OS (second launch, macOS open-file); none: bring a window forward. */
  openFromOs(filePaths: readonly string[]): void
  newBlankWindow(): void
  quitRequested(): void
}

async function startApp(): Promise<RunningApp> {
  const paths = userDataPaths()
  const fs = realFs
  const documents = new DocumentStore({ fs, backupDir: paths.backupDir })
  const recovery = new RecoveryStore({ fs, dir: paths.recoveryDir })
  const recent = new RecentFiles({ fs, file: paths.recentFile })
  const settingsStore = new SettingsStore({ fs, file: paths.settingsFile })
  const templates = new TemplateCatalog({ fs, dir: templatesDir() })
  const dialogs = electronDialogs(() => app.getPath('documents'))
  const settings: Settings = await settingsStore.get()

  serveRendererBundle(protocol, rendererRoot())
  hardenSession(session.defaultSession)

  const windows: WindowManager = new WindowManager({
    createWindow: (openedFrom) => {
      const remembered = settings.windowBounds
      const workAreas = screen.getAllDisplays().map((display) => display.workArea)
      const win = createAppWindow(placeWindow({ remembered, openedFrom: openedFrom?.getBounds(), workAreas }))
      if (!openedFrom && remembered?.maximized) win.maximize()
      return win
    },
    dialogs,
    reloadPayload: (handle) => actions.reloadPayload(handle),
    releaseDocument: (handle, keepRecovery) => actions.releaseDocument(handle, keepRecovery),
    rememberBounds: (bounds) => {
      settings.windowBounds = bounds
      settingsStore
        .update({ windowBounds: bounds })
        .catch(logFailure('The window position could not be saved'))
    },
    theme: () => settings.theme,
    quitApp: () => app.quit(),
    platform: process.platform,
  })

  const refreshMenu = async () => {
    const [templateList, recentList] = await Promise.all([templates.list(), recent.list()])
    installMenu(
      {
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: APP_NAME,
        templates: templateList,
        recent: recentList,
        theme: settings.theme ?? 'light',
      },
      menuActions,
    )
  }
  const updateMenu = () => void refreshMenu().catch(logFailure('The menu could not be rebuilt'))

  const actions: DesignActions = new DesignActions({
    documents,
    recovery,
    recent,
    templates,
    windows,
    dialogs,
    today,
    damagedRecoveryDir: join(paths.recoveryDir, 'damaged'),
    onRecentChanged: (filePath) => {
      if (filePath) app.addRecentDocument(filePath)
      updateMenu()
    },
  })

  /** The design window a menu item was chosen in (or the focused one); never DevTools or a foreign window. */
  const designWindow = (window: BaseWindow | undefined): BrowserWindow | undefined => {
    const candidate =
      window instanceof BrowserWindow ? window : (BrowserWindow.getFocusedWindow() ?? undefined)
    return candidate && !candidate.isDestroyed() ? windows.fromContents(candidate.webContents) : undefined
  }
  const fromApp = (window: BaseWindow | undefined, reuse = true): Placement => ({
    window: designWindow(window),
    answer: 'event',
    reuse,
  })
  const run = (what: string, task: Promise<unknown>) => void task.catch(logFailure(what))

  const setTheme = (theme: Theme) => {
    settings.theme = theme
    settingsStore.update({ theme }).catch(logFailure('The theme could not be saved'))
    for (const win of windows.windows()) windows.sendCommand(win, THEME_COMMANDS[theme])
    updateMenu()
  }

  const menuActions: MenuActions = {
    // File ▸ New always opens a window; a template may replace an untouched new design.
    newDesign: (window, templateId) =>
      run('New design failed', actions.newDesign(templateId, fromApp(window, templateId !== undefined))),
    open: (window) => run('Open failed', actions.chooseAndOpen(fromApp(window))),
    openRecent: (window, recentId) =>
      run('Open recent failed', actions.openRecent(recentId, fromApp(window))),
    restorePreviousVersion: (window) =>
      run('Restoring the previous version failed', actions.openPreviousVersion(fromApp(window))),
    clearRecent: () =>
      run(
        'Clearing the recent files failed',
        recent.clear().then(() => {
          app.clearRecentDocuments()
          updateMenu()
        }),
      ),
    closeWindow: (window) => designWindow(window)?.close(),
    setTheme,
    command: (window, command) => {
      const win = designWindow(window)
      if (!win) return
      performMenuCommand(win.webContents, command, (forwarded) => windows.sendCommand(win, forwarded))
    },
  }

  registerHandlers(
    createIpcRegistry(ipcMain, console),
    createHandlers({
      actions,
      documents,
      recovery,
      recent,
      templates,
      windows,
      dialogs,
      fs,
      app: { name: APP_NAME, version: app.getVersion(), platform: process.platform },
      today,
      onRecentCleared: () => {
        app.clearRecentDocuments()
        updateMenu()
      },
      printToPdf: (sender) => sender.printToPDF({ printBackground: true, pageSize: 'A4' }),
    }),
  )
  await refreshMenu()

  // Leftovers of saves a crash interrupted, beside the recent files; in the background, only logged.
  run(
    'Cleaning up after unfinished saves failed',
    recent
      .list()
      .then((items) =>
        Promise.all(items.map((item) => documents.sweepOrphans(item.filePath).then(logOrphanSweep))),
      ),
  )

  const newBlankWindow = () =>
    run('New design failed', actions.newDesign(undefined, { answer: 'event', reuse: false }))
  return {
    async openInitial(filePaths) {
      for (const filePath of filePaths) await actions.openPath(filePath, { answer: 'event', reuse: false })
      if (windows.windows().length === 0)
        await actions.newDesign(undefined, { answer: 'event', reuse: false })
      const first = windows.windows()[0]
      if (first) await pageLoaded(first)
      await actions.offerRecovery(first)
    },
    openFromOs(filePaths) {
      if (filePaths.length > 0) {
        for (const filePath of filePaths)
          run('Opening a file from the system failed', actions.openPath(filePath, fromApp(undefined)))
        return
      }
      const win = designWindow(undefined) ?? windows.windows().at(-1)
      if (!win) return newBlankWindow()
      if (win.isMinimized()) win.restore()
      win.focus()
    },
    newBlankWindow,
    quitRequested: () => windows.quitRequested(),
  }
}

/** Resolves when the window's page has loaded (or the window is gone). */
function pageLoaded(win: BrowserWindow): Promise<void> {
  return new Promise((done) => {
    if (win.isDestroyed() || !win.webContents.isLoading()) return done()
    win.webContents.once('did-finish-load', () => done())
    win.once('closed', () => done())
  })
}

function main(): void {
  registerAppScheme(protocol)
  app.enableSandbox()
  app.commandLine.appendSwitch(
    'disable-features',
    disabledFeaturesSwitch(app.commandLine.getSwitchValue('disable-features')),
  )
  if (!app.requestSingleInstanceLock()) {
    // The running instance receives our command line through 'second-instance'.
    app.quit()
    return
  }

  const waitingFiles = designFilesFromArgv(process.argv, process.cwd(), process.defaultApp === true)
  let running: RunningApp | undefined

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('open-file', (event, filePath) => {
    const files = openableFiles([filePath], process.cwd())
    // A file the app does not open is left to macOS, which says so.
    if (files.length === 0) return
    event.preventDefault()
    if (running) running.openFromOs(files)
    else waitingFiles.push(...files)
  })
  app.on('second-instance', (_event, argv, cwd) => {
    running?.openFromOs(designFilesFromArgv(argv, cwd, process.defaultApp === true))
  })
  app.on('before-quit', () => running?.quitRequested())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (running && BrowserWindow.getAllWindows().length === 0) running.newBlankWindow()
  })

  app
    .whenReady()
    .then(startApp)
    .then((started) => {
      running = started
      return started.openInitial(waitingFiles.splice(0))
    })
    .catch((error: unknown) => {
      console.error('CMG Designer could not start', error)
      dialog.showErrorBox(
        'CMG Designer could not start',
        error instanceof Error ? error.message : String(error),
      )
      app.exit(1)
    })
}

main()
