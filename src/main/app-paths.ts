// Where the app finds its own files (the built renderer and preload, the design templates) and
// where it keeps per-user state (recovery snapshots, backups, recent files, settings).
// Runs in the Electron main process.
import { join, resolve } from 'node:path'
import { app } from 'electron'

/** The sandboxed preload bundle, built next to main (out/preload/index.js beside out/main/index.js). */
export const preloadPath = (): string => join(__dirname, '../preload/index.js')

/** The built renderer served on app://bundle/ (out/renderer). */
export const rendererRoot = (): string => join(__dirname, '../renderer')

/**
 * The built-in templates: `resources/templates` of the project in development, and
 * `<resources>/templates` in a packaged app (electron-builder copies them there as extraResources).
 */
export function templatesDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'templates')
    : join(app.getAppPath(), 'resources', 'templates')
}

export interface UserDataPaths {
  readonly recoveryDir: string
  readonly backupDir: string
  readonly recentFile: string
  readonly settingsFile: string
}

export function userDataPaths(userData: string = app.getPath('userData')): UserDataPaths {
  return {
    recoveryDir: join(userData, 'recovery'),
    backupDir: join(userData, 'backups'),
    recentFile: join(userData, 'recent.json'),
    settingsFile: join(userData, 'settings.json'),
  }
}

/** Designs (.cmgd, .json) and the PNG and SVG images the app exports, which carry their design. */
const OPENABLE_FILE = /\.(cmgd|json|png|svg)$/i

/**
 * The files among `args` the app opens: designs and exported images (an image without a design
 * gets the usual "not a design" message when opened). Skips switches (`-…`) and anything else;
 * relative paths are resolved against `cwd`. Used for command lines and for the paths the OS hands
 * over one at a time (macOS open-file), so every way in accepts the same files.
 */
export function openableFiles(args: readonly string[], cwd: string): string[] {
  return args.filter((arg) => !arg.startsWith('-') && OPENABLE_FILE.test(arg)).map((arg) => resolve(cwd, arg))
}

/**
 * The files named on a command line (a first launch, or a second launch forwarded to the running
 * instance): openableFiles after the executable (and, when run as `electron <app>`, the app path).
 */
export function designFilesFromArgv(
  argv: readonly string[],
  cwd: string,
  runByDefaultApp: boolean,
): string[] {
  return openableFiles(argv.slice(runByDefaultApp ? 2 : 1), cwd)
}
