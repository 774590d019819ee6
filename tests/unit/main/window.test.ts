// The window factory's hardened webPreferences, the title format and where new windows go.
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)

const { DEFAULT_WINDOW_SIZE, placeWindow, windowOptions, windowTitle } =
  await import('../../../src/main/window')
const { designFilesFromArgv, openableFiles, preloadPath } = await import('../../../src/main/app-paths')

describe('windowOptions', () => {
  const prefs = windowOptions(DEFAULT_WINDOW_SIZE, '/app/out/preload/index.js').webPreferences ?? {}

  it('sandboxes the renderer and isolates the preload from the page', () => {
    expect(prefs.sandbox).toBe(true)
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and webviews and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('loads exactly the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js')
  })

  it('by default loads the preload bundle built next to main', () => {
    expect(windowOptions().webPreferences?.preload).toBe(preloadPath())
    expect(preloadPath().replace(/\\/g, '/')).toMatch(/\/preload\/index\.js$/)
  })

  it('stays hidden until the first paint and uses the given bounds', () => {
    const options = windowOptions({ x: 5, y: 6, width: 1000, height: 700 }, '/p.js')
    expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false })
  })
})

describe('windowTitle', () => {
  it('shows the file name, an unsaved marker, and the app name', () => {
    expect(windowTitle('contoso.cmgd', false)).toBe('contoso.cmgd — CMG Designer')
    expect(windowTitle('contoso.cmgd', true)).toBe('contoso.cmgd • — CMG Designer')
    expect(windowTitle('Untitled', true)).toBe('Untitled • — CMG Designer')
  })
})

describe('placeWindow', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

  it('uses the remembered bounds when they are on a display', () => {
    expect(
      placeWindow({ remembered: { x: 100, y: 50, width: 1200, height: 800 }, workAreas: screen }),
    ).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
    })
  })

  it('keeps only the size when the remembered display is gone', () => {
    expect(
      placeWindow({ remembered: { x: 4000, y: 50, width: 1200, height: 800 }, workAreas: screen }),
    ).toEqual({
      width: 1200,
      height: 800,
    })
  })

  it('cascades a window opened from another one', () => {
    const placed = placeWindow({
      remembered: { x: 0, y: 0, width: 900, height: 600 },
      openedFrom: { x: 200, y: 100, width: 1000, height: 700 },
      workAreas: screen,
    })
    expect(placed).toEqual({ x: 228, y: 128, width: 1000, height: 700 })
  })

  it('never makes a window smaller than the minimum size', () => {
    expect(
      placeWindow({ remembered: { x: 0, y: 0, width: 10, height: 10 }, workAreas: screen }),
    ).toMatchObject({
      width: 720,
      height: 480,
    })
  })

  it('falls back to the default size', () => {
    expect(placeWindow({ workAreas: screen })).toEqual(DEFAULT_WINDOW_SIZE)
  })
})

describe('designFilesFromArgv', () => {
  it('takes .cmgd and .json files after the executable, resolved against the working directory', () => {
    expect(
      designFilesFromArgv(
        ['/opt/cmg/cmg-designer', 'contoso.cmgd', '--flag', '/tmp/b.JSON', 'notes.txt'],
        '/home/u',
        false,
      ),
    ).toEqual(['/home/u/contoso.cmgd', '/tmp/b.JSON'])
  })

  it('skips the app path when run as `electron <app>` and Chromium switches a second launch adds', () => {
    expect(
      designFilesFromArgv(
        ['/usr/bin/electron', '.', '--allow-file-access-from-files', 'a.cmgd'],
        '/work',
        true,
      ),
    ).toEqual(['/work/a.cmgd'])
    expect(designFilesFromArgv(['/usr/bin/electron', 'out/main/index.js'], '/work', true)).toEqual([])
  })

  it('also takes the PNG and SVG images the app exports, whatever the case of their extension', () => {
    expect(
      designFilesFromArgv(
        ['C:\\Program Files\\CMG Designer\\CMG Designer.exe', 'Export.PNG', 'topology.svg', 'photo.jpg'],
        '/home/u',
        false,
      ),
    ).toEqual(['/home/u/Export.PNG', '/home/u/topology.svg'])
  })
})

describe('openableFiles (macOS open-file and every other way in)', () => {
  it('accepts designs and exported images handed over by the OS, and nothing else', () => {
    expect(openableFiles(['/Users/me/Designs/Contoso.CMGD'], '/')).toEqual(['/Users/me/Designs/Contoso.CMGD'])
    expect(openableFiles(['/Users/me/Desktop/Topology.Svg'], '/')).toEqual(['/Users/me/Desktop/Topology.Svg'])
    expect(openableFiles(['/Users/me/Desktop/diagram.png'], '/')).toEqual(['/Users/me/Desktop/diagram.png'])
    expect(openableFiles(['/Users/me/Desktop/notes.txt'], '/')).toEqual([])
    expect(openableFiles(['/Users/me/Desktop/png'], '/')).toEqual([])
    expect(openableFiles(['/Users/me/Desktop/archive.svg.zip'], '/')).toEqual([])
  })
})
