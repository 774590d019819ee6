// Smoke test of the real Electron app (the built out/main/index.js): it starts, opens one window on
// the app:// bundle with a new blank design on the canvas, titles it, and the page has no Node.
// The Electron binary cannot be downloaded on our build machines, so the test finds it without
// `require('electron')` (which would try to download it) and skips itself when it is not there.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'

const projectRoot = resolve(__dirname, '..', '..')

/** $ELECTRON_EXEC_PATH, else the binary the electron package installed (node_modules/electron/path.txt). */
function findElectronBinary(): string | undefined {
  const fromEnv = process.env.ELECTRON_EXEC_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

test.describe('the Electron app', () => {
  const binary = findElectronBinary()
  test.skip(
    binary === undefined,
    'Electron binary not installed here (it downloads on first `npm start`); run where it is installed',
  )

  test('starts with a blank design on the canvas in a sandboxed app:// window', async () => {
    test.skip(!existsSync(join(projectRoot, 'out', 'main', 'index.js')), 'Run `npm run build` first')
    const userData = mkdtempSync(join(tmpdir(), 'cmg-electron-smoke-'))
    // Chromium refuses to run as root (CI) with its OS sandbox; the renderer stays `sandbox: true`.
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : []
    const app = await electron.launch({
      executablePath: binary,
      args: [projectRoot, `--user-data-dir=${userData}`, ...rootOnly],
      cwd: projectRoot,
    })
    try {
      const page = await app.firstWindow()
      await expect(page.locator('.react-flow')).toBeVisible()
      expect(page.url()).toBe('app://bundle/index.html')
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())
      expect(title).toBe('Untitled — CMG Designer')
      const surface = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as unknown as { cmg: object }).cmg).sort(),
      }))
      expect(surface).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: [...INVOKE_CHANNELS, ...EVENT_CHANNELS].sort(),
      })
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
