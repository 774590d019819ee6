// File ▸ Import from Configuration Manager, the files' side: how many exports one import takes,
// how big each may be, and the sentence that names a file that cannot be imported. Electron main
// reads the chosen files from disk, the web adapter (renderer/src/platform/web-adapter.ts) gets
// them from the browser; both decide here. Pure; runs in main and in the renderer.
import { decodeExportBytes } from '../import/table'
import { MAX_IMPORT_FILES } from '../ipc/contract'
import { MAX_FILE_BYTES } from '../model/limits'

export const TOO_MANY_EXPORTS = `Choose at most ${MAX_IMPORT_FILES} export files at a time.`

/** Added to a file's problem: one bad file stops the whole import. */
export const NOTHING_IMPORTED = 'Nothing was imported.'

export const exportTooLargeMessage = (fileName: string): string =>
  `“${fileName}” cannot be imported: it is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB.`

/** An export's text (UTF-8 or UTF-16, size-capped), or the sentence saying why it cannot be imported. */
export function exportFileText(
  fileName: string,
  bytes: Uint8Array,
): { readonly fileName: string; readonly text: string } | string {
  if (bytes.byteLength > MAX_FILE_BYTES) return exportTooLargeMessage(fileName)
  const text = decodeExportBytes(bytes)
  return text.ok ? { fileName, text: text.value } : `“${fileName}” cannot be imported: ${text.error}.`
}
