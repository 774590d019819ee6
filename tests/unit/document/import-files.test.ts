// The files' side of File ▸ Import from Configuration Manager (src/shared/document/import-files.ts):
// main and the web adapter read an export's text, and refuse one by name, the same way.
import { describe, expect, it } from 'vitest'
import { exportFileText } from '../../../src/shared/document/import-files'
import { MAX_FILE_BYTES } from '../../../src/shared/model/limits'

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i)
  return bytes
}

describe('exportFileText', () => {
  it('reads a UTF-8 export and a UTF-16 one (as PowerShell writes it) to the same text', () => {
    const text = 'Name,SiteCode\nCM01,CON\n'
    expect(exportFileText('sites.csv', new TextEncoder().encode(text))).toEqual({
      fileName: 'sites.csv',
      text,
    })
    expect(exportFileText('sites.csv', utf16le(text))).toEqual({ fileName: 'sites.csv', text })
  })

  it('refuses a file larger than a design may be, by name and limit', () => {
    expect(exportFileText('huge.csv', new Uint8Array(MAX_FILE_BYTES + 1))).toBe(
      '“huge.csv” cannot be imported: it is larger than 20 MB.',
    )
  })

  it('refuses bytes that are not text, naming the file', () => {
    const refusal = exportFileText('photo.csv', new Uint8Array([0xc3, 0x28, 0xff, 0x00]))
    expect(refusal).toMatch(/^“photo\.csv” cannot be imported: .+\.$/)
  })
})
