// File ▸ Import from Configuration Manager on main's side: the menu item sends the page its
// command; 'import:read' answers the texts of the files picked in the native dialog (UTF-16 exports
// decoded), refuses a binary or oversized file naming it, and is CANCELLED when nothing is picked;
// 'import:open' opens the imported design in the window as a new unsaved design. Main's real
// handlers, document store and window manager on a temp folder, with fake windows and dialogs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importConfigMgr } from '../../../src/shared/import/importer'
import { MAX_FILE_BYTES } from '../../../src/shared/model/limits'
import type { FakeWindow } from '../main/electron-fakes'
import { TEST_TODAY } from '../../support/today'

vi.mock('electron', async () => (await import('../main/electron-fakes')).electronModule)
const { mainHarness } = await import('../main/ipc/main-harness')
const { buildMenuTemplate } = await import('../../../src/main/menu')

const fixtures = join(__dirname, '..', '..', 'fixtures', 'import')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-import-ipc-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function pristineWindow(h: ReturnType<typeof mainHarness>): Promise<FakeWindow> {
  await h.actions.newDesign(undefined, { answer: 'event', reuse: true })
  const win = h.created.at(-1)
  if (!win) throw new Error('no window opened')
  return win
}

describe('File ▸ Import from Configuration Manager in main', () => {
  it('has File menu items that send the import and update commands to their window', () => {
    const command = vi.fn()
    const template = buildMenuTemplate(
      {
        platform: 'linux',
        isPackaged: true,
        appName: 'CMG Designer',
        templates: [],
        recent: [],
        theme: 'light',
      },
      {
        newDesign: vi.fn(),
        open: vi.fn(),
        openRecent: vi.fn(),
        restorePreviousVersion: vi.fn(),
        clearRecent: vi.fn(),
        closeWindow: vi.fn(),
        setTheme: vi.fn(),
        command,
      },
    )
    const file = template[0]?.submenu as { label?: string; click?: (...a: unknown[]) => void }[]
    const item = file.find((i) => i.label === 'Import from Configuration Manager…')
    const window = {}
    item?.click?.({}, window, {})
    expect(command).toHaveBeenCalledWith(window, 'importConfigMgr')
    file.find((i) => i.label === 'Update from Configuration Manager…')?.click?.({}, window, {})
    expect(command).toHaveBeenCalledWith(window, 'reimportConfigMgr')
  })

  it('reads the picked exports, decoding a UTF-16 ConvertTo-Json file', async () => {
    const h = mainHarness(dir)
    const win = await pristineWindow(h)
    h.dialogs.chooseImportFiles.mockResolvedValueOnce([
      join(fixtures, 'cas-sites.json'),
      join(fixtures, 'cas-roles.csv'),
    ])
    const result = await h.call(win, 'import:read', {})
    expect(result.ok).toBe(true)
    const files = result.files as { fileName: string; text: string }[]
    expect(files.map((f) => f.fileName)).toEqual(['cas-sites.json', 'cas-roles.csv'])
    expect(files[0]?.text).toContain('"SiteName": "Contoso Central Administration"')
    expect(files[1]?.text).toBe(readFileSync(join(fixtures, 'cas-roles.csv'), 'utf8'))
  })

  it('refuses a binary or oversized file by name, and is CANCELLED when nothing is picked', async () => {
    const h = mainHarness(dir)
    const win = await pristineWindow(h)
    const binary = join(dir, 'roles.xlsx')
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    h.dialogs.chooseImportFiles.mockResolvedValueOnce([join(fixtures, 'cas-sites.csv'), binary])
    expect(await h.call(win, 'import:read', {})).toEqual({
      ok: false,
      code: 'READ_FAILED',
      message:
        '“roles.xlsx” cannot be imported: it is a binary file, not a CSV or JSON export. Nothing was imported.',
    })
    const huge = join(dir, 'huge.csv')
    writeFileSync(huge, Buffer.alloc(MAX_FILE_BYTES + 1, 0x41))
    h.dialogs.chooseImportFiles.mockResolvedValueOnce([huge])
    expect(await h.call(win, 'import:read', {})).toMatchObject({
      ok: false,
      message: '“huge.csv” cannot be imported: it is larger than 20 MB. Nothing was imported.',
    })
    expect(await h.call(win, 'import:read', {})).toMatchObject({ ok: false, code: 'CANCELLED' })
  })

  it('opens the imported design in the window as a new unsaved design', async () => {
    const h = mainHarness(dir)
    const win = await pristineWindow(h)
    const text = (name: string) => ({ fileName: name, text: readFileSync(join(fixtures, name), 'utf8') })
    const imported = importConfigMgr([text('cas-sites.csv'), text('cas-roles.csv')], { today: TEST_TODAY })
    if (!imported.ok) throw new Error(imported.error.message)
    const opened = await h.call(win, 'import:open', { doc: imported.value.doc })
    expect(opened).toMatchObject({ ok: true, hasFile: false, dirty: true, fileName: 'Untitled' })
    expect((opened.doc as typeof imported.value.doc).nodes).toHaveLength(imported.value.doc.nodes.length)
    expect(h.handleOf(win)).toBe(opened.handle)
  })
})
