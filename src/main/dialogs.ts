// Every native dialog the app shows (open, import, save, export, load errors, the unsaved-changes
// prompt and the crash-recovery question), behind one interface so the handlers and the window
// manager can be tested with fakes. The dialogs live in main, never in the services.
// Runs in the Electron main process; the *Content() functions are pure.
import { isAbsolute, join } from 'node:path'
import { type BrowserWindow, type MessageBoxOptions, dialog } from 'electron'
import { LOAD_ERROR_CODES, type LoadErrorCode, loadErrorTitle } from '../shared/format/errors'

export type ExportKind = 'png' | 'svg' | 'drawio' | 'pptx' | 'html' | 'pdf'
export type UnsavedChoice = 'save' | 'discard' | 'cancel'
export type RecoveryChoice = 'restore' | 'openOriginal' | 'discard' | 'later'

export interface RecoveryQuestion {
  readonly designName: string
  readonly fileName: string
  readonly hasOriginal: boolean
  readonly savedAt: string
}

export interface OpenFailure {
  readonly code: string
  readonly message: string
  readonly issues: readonly string[]
}

export interface NativeDialogs {
  chooseDesignToOpen(parent: BrowserWindow | undefined): Promise<string | undefined>
  /** File ▸ Import from Configuration Manager: one or more export files (CSV or JSON). */
  chooseImportFiles(parent: BrowserWindow | undefined): Promise<string[] | undefined>
  /** `defaultName` is a bare file name (put in the user's documents folder) or a full path. */
  chooseDesignSavePath(parent: BrowserWindow | undefined, defaultName: string): Promise<string | undefined>
  chooseExportPath(
    parent: BrowserWindow | undefined,
    kind: ExportKind,
    suggestedName: string,
  ): Promise<string | undefined>
  showOpenFailure(parent: BrowserWindow | undefined, fileName: string, failure: OpenFailure): Promise<void>
  confirmUnsaved(parent: BrowserWindow, documentName: string): Promise<UnsavedChoice>
  askRecovery(parent: BrowserWindow | undefined, question: RecoveryQuestion): Promise<RecoveryChoice>
  inform(parent: BrowserWindow | undefined, message: string, detail: string): Promise<void>
}

const DESIGN_FILES = { name: 'CMG designs', extensions: ['cmgd', 'json'] }
const ALL_FILES = { name: 'All files', extensions: ['*'] }

export const DESIGN_FILE_FILTERS = [DESIGN_FILES, ALL_FILES]

/** The Open dialog also offers the PNG and SVG images the app exports: they carry the design. */
export const OPEN_FILE_FILTERS = [
  DESIGN_FILES,
  { name: 'Images exported by CMG Designer', extensions: ['png', 'svg'] },
  ALL_FILES,
]

const EXPORT_FILTERS: Readonly<Record<ExportKind, { name: string; extensions: string[] }>> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  drawio: { name: 'draw.io diagram', extensions: ['drawio'] },
  pptx: { name: 'PowerPoint presentation', extensions: ['pptx'] },
  html: { name: 'Design report (HTML)', extensions: ['html'] },
  pdf: { name: 'Design report (PDF)', extensions: ['pdf'] },
}

/** Configuration Manager exports: Export-Csv / SSMS CSV and ConvertTo-Json output. */
export const IMPORT_FILE_FILTERS = [
  { name: 'Configuration Manager exports (CSV, JSON)', extensions: ['csv', 'json', 'txt'] },
  ALL_FILES,
]

export const exportExtension = (kind: ExportKind): string => `.${EXPORT_FILTERS[kind].extensions[0]}`

const SHOWN_ISSUES = 5

function openFailureTitle(code: string): string {
  if ((LOAD_ERROR_CODES as readonly string[]).includes(code)) return loadErrorTitle(code as LoadErrorCode)
  if (code === 'NOT_FOUND') return 'The file was not found'
  return 'The file could not be read'
}

/** The load-error dialog: names the file and the problem, the explanation, and the first few invalid values. */
export function openFailureContent(
  fileName: string,
  failure: OpenFailure,
): { title: string; message: string; detail: string } {
  const title = openFailureTitle(failure.code)
  const shown = failure.issues.slice(0, SHOWN_ISSUES).map((issue) => `• ${issue}`)
  const more = failure.issues.length - shown.length
  if (more > 0) shown.push(`… and ${more} more`)
  return {
    title,
    message: `“${fileName}” could not be opened. ${title}.`,
    detail: [failure.message, ...(shown.length > 0 ? ['', ...shown] : [])].join('\n'),
  }
}

export function unsavedPromptContent(documentName: string): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to “${documentName}”?`,
    detail: "Your changes will be lost if you don't save them.",
  }
}

const UNSAVED_CHOICES: readonly UnsavedChoice[] = ['save', 'discard', 'cancel']

export function recoveryPromptContent(question: RecoveryQuestion): {
  options: MessageBoxOptions
  choices: RecoveryChoice[]
} {
  const choices: RecoveryChoice[] = question.hasOriginal
    ? ['restore', 'openOriginal', 'discard', 'later']
    : ['restore', 'discard', 'later']
  const labels: Record<RecoveryChoice, string> = {
    restore: 'Restore',
    openOriginal: 'Open Original',
    discard: 'Discard',
    later: 'Decide Later',
  }
  const name = question.designName || question.fileName || 'an untitled design'
  return {
    choices,
    options: {
      type: 'question',
      buttons: choices.map((c) => labels[c]),
      defaultId: 0,
      cancelId: choices.indexOf('later'),
      noLink: true,
      message: `CMG Designer closed unexpectedly with unsaved changes to “${name}”.`,
      detail: [
        `A recovery copy from ${question.savedAt || 'an unknown time'} was kept${question.fileName ? ` (file “${question.fileName}”)` : ''}.`,
        'Restore opens the recovered design unsaved, so you can review and save it.',
        question.hasOriginal
          ? 'Open Original opens the file as it is on disk and deletes the recovery copy.'
          : '',
        'Discard deletes the recovery copy. Decide Later keeps it until the next start.',
      ]
        .filter((line) => line !== '')
        .join('\n'),
    },
  }
}

async function messageBox(parent: BrowserWindow | undefined, options: MessageBoxOptions): Promise<number> {
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  return response
}

/** The real dialogs. `documentsDir` is where a new file is proposed (asked lazily: only valid once the app is ready). */
export function electronDialogs(documentsDir: () => string): NativeDialogs {
  const inDocuments = (name: string) => (isAbsolute(name) ? name : join(documentsDir(), name))
  return {
    async chooseDesignToOpen(parent) {
      const options = {
        title: 'Open Design',
        properties: ['openFile' as const],
        filters: OPEN_FILE_FILTERS,
      }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? undefined : result.filePaths[0]
    },
    async chooseImportFiles(parent) {
      const options = {
        title: 'Import from Configuration Manager',
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: IMPORT_FILE_FILTERS,
      }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? undefined : result.filePaths
    },
    async chooseDesignSavePath(parent, defaultName) {
      const options = {
        title: 'Save Design',
        defaultPath: inDocuments(defaultName),
        filters: DESIGN_FILE_FILTERS,
      }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? undefined : result.filePath
    },
    async chooseExportPath(parent, kind, suggestedName) {
      const options = {
        title: 'Export',
        defaultPath: inDocuments(suggestedName),
        filters: [EXPORT_FILTERS[kind]],
      }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? undefined : result.filePath
    },
    async showOpenFailure(parent, fileName, failure) {
      const content = openFailureContent(fileName, failure)
      await messageBox(parent, { type: 'error', buttons: ['OK'], noLink: true, ...content })
    },
    async confirmUnsaved(parent, documentName) {
      return UNSAVED_CHOICES[await messageBox(parent, unsavedPromptContent(documentName))] ?? 'cancel'
    },
    async askRecovery(parent, question) {
      const { options, choices } = recoveryPromptContent(question)
      return choices[await messageBox(parent, options)] ?? 'later'
    },
    async inform(parent, message, detail) {
      await messageBox(parent, { type: 'info', buttons: ['OK'], noLink: true, message, detail })
    },
  }
}
