// The file name a save or an export proposes: no folders, no control characters, none a file system
// refuses, and the right extension. Electron main puts it in the Save dialog; the web adapter
// (renderer/src/platform/web-adapter.ts), which has no dialog, saves under it. Pure; runs in main
// and in the renderer.

export const DESIGN_FILE_EXTENSION = '.cmgd'

/** "../Contoso: phase 2" → "Contoso phase 2.cmgd" for `.cmgd`; an empty name becomes "design". */
export function safeFileName(suggested: string, extension: string): string {
  const lastPart = suggested.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? ''
  const cleaned = lastPart
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  const stem = cleaned === '' ? 'design' : cleaned
  return extensionOf(stem).toLowerCase() === extension ? stem : `${stem}${extension}`
}

/** ".cmgd" of "Contoso.cmgd"; "" when the name has no extension (a leading dot starts none). */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot) : ''
}

/** Save As proposes the design's own file, or a name made from the design's name when it has none. */
export const saveAsProposal = (currentFile: string | null, designName: string): string =>
  currentFile ?? safeFileName(designName, DESIGN_FILE_EXTENSION)
