// What the native dialogs say: a load error names the file, the problem and the first invalid
// values; the close prompt offers Save / Don't Save / Cancel; the recovery question offers the
// choices that fit the snapshot.
import { describe, expect, it, vi } from 'vitest'
import { loadErrorTitle } from '../../../src/shared/format/errors'

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule)

const { electronDialogs, openFailureContent, recoveryPromptContent, unsavedPromptContent } =
  await import('../../../src/main/dialogs')
const { dialog } = await import('electron')

describe('openFailureContent', () => {
  it('names the file and the problem, explains it, and lists the first invalid values', () => {
    const issues = Array.from({ length: 8 }, (_, i) => `nodes[${i}].props.vmCount: must be between 1 and 16`)
    const content = openFailureContent('contoso.cmgd', {
      code: 'INVALID_DOCUMENT',
      message: 'The design has 8 invalid values: nodes[0].props.vmCount: must be between 1 and 16',
      issues,
    })
    expect(content.title).toBe(loadErrorTitle('INVALID_DOCUMENT'))
    expect(content.message).toBe(`“contoso.cmgd” could not be opened. ${loadErrorTitle('INVALID_DOCUMENT')}.`)
    expect(content.detail).toContain('The design has 8 invalid values')
    expect(content.detail).toContain('• nodes[4].props.vmCount')
    expect(content.detail).not.toContain('nodes[5]')
    expect(content.detail).toContain('… and 3 more')
  })

  it('has titles for files that are missing or unreadable', () => {
    expect(openFailureContent('a.cmgd', { code: 'NOT_FOUND', message: 'gone', issues: [] }).title).toBe(
      'The file was not found',
    )
    expect(openFailureContent('a.cmgd', { code: 'READ_FAILED', message: 'denied', issues: [] }).detail).toBe(
      'denied',
    )
  })
})

describe('the unsaved-changes prompt', () => {
  it('offers Save, Don’t Save and Cancel, with Escape meaning Cancel', async () => {
    const options = unsavedPromptContent('Contoso')
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel'])
    expect(options.cancelId).toBe(2)
    expect(options.message).toContain('“Contoso”')
    const dialogs = electronDialogs(() => '/docs')
    for (const [response, choice] of [
      [0, 'save'],
      [1, 'discard'],
      [2, 'cancel'],
    ] as const) {
      vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response, checkboxChecked: false })
      await expect(dialogs.confirmUnsaved({} as never, 'Contoso')).resolves.toBe(choice)
    }
  })
})

describe('the recovery question', () => {
  it('offers Open Original only when the snapshot came from a file, and Escape keeps the copy', () => {
    const withFile = recoveryPromptContent({
      designName: 'Contoso',
      fileName: 'contoso.cmgd',
      hasOriginal: true,
      savedAt: '2026-11-26 10:00',
    })
    expect(withFile.options.buttons).toEqual(['Restore', 'Open Original', 'Discard', 'Decide Later'])
    expect(withFile.choices[withFile.options.cancelId as number]).toBe('later')
    expect(withFile.options.detail).toContain('2026-11-26 10:00')
    const untitled = recoveryPromptContent({ designName: '', fileName: '', hasOriginal: false, savedAt: '' })
    expect(untitled.options.buttons).toEqual(['Restore', 'Discard', 'Decide Later'])
    expect(untitled.options.message).toContain('an untitled design')
  })
})

describe('the save dialog', () => {
  it('proposes a new file in the documents folder and an existing file where it is', async () => {
    const dialogs = electronDialogs(() => '/home/u/Documents')
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' })
    await expect(dialogs.chooseDesignSavePath(undefined, 'Contoso.cmgd')).resolves.toBeUndefined()
    expect(vi.mocked(dialog.showSaveDialog).mock.lastCall?.[0]).toMatchObject({
      defaultPath: '/home/u/Documents/Contoso.cmgd',
    })
    await dialogs.chooseDesignSavePath(undefined, '/work/contoso.cmgd')
    expect(vi.mocked(dialog.showSaveDialog).mock.lastCall?.[0]).toMatchObject({
      defaultPath: '/work/contoso.cmgd',
    })
  })

  it('filters the Open dialog to design files', async () => {
    const dialogs = electronDialogs(() => '/docs')
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: ['/d/a.cmgd'] })
    await expect(dialogs.chooseDesignToOpen(undefined)).resolves.toBe('/d/a.cmgd')
    const options = vi.mocked(dialog.showOpenDialog).mock.lastCall?.[0] as {
      filters: Array<{ extensions: string[] }>
    }
    expect(options.filters[0]?.extensions).toEqual(['cmgd', 'json'])
  })
})
