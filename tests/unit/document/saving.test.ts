// The file name a save or an export proposes (src/shared/document/saving.ts): main's Save dialog
// shows it, the web adapter saves under it.
import { describe, expect, it } from 'vitest'
import { saveAsProposal, safeFileName } from '../../../src/shared/document/saving'

describe('safeFileName', () => {
  it('keeps only a plain file name with the right extension', () => {
    expect(safeFileName('Contoso', '.png')).toBe('Contoso.png')
    expect(safeFileName('../../etc/passwd', '.svg')).toBe('passwd.svg')
    expect(safeFileName('C:\\Windows\\evil', '.html')).toBe('evil.html')
    expect(safeFileName('reports/2027/', '.html')).toBe('2027.html')
    expect(safeFileName('a<b>:c"d|e?f*\u0000', '.pdf')).toBe('abcdef.pdf')
    expect(safeFileName('report.PDF', '.pdf')).toBe('report.PDF')
    expect(safeFileName('v1.2', '.cmgd')).toBe('v1.2.cmgd')
    expect(safeFileName('...', '.png')).toBe('design.png')
    expect(safeFileName('  . Contoso . ', '.png')).toBe('Contoso.png')
  })

  it('cuts a very long name to 200 characters before the extension', () => {
    expect(safeFileName('x'.repeat(300), '.cmgd')).toBe(`${'x'.repeat(200)}.cmgd`)
  })
})

describe('saveAsProposal', () => {
  it("proposes the design's own file when it has one", () => {
    expect(saveAsProposal('/home/ada/site.cmgd', 'Contoso')).toBe('/home/ada/site.cmgd')
  })

  it('names a design without a file after the design, made safe as a file name', () => {
    expect(saveAsProposal(null, 'Contoso: phase 2')).toBe('Contoso phase 2.cmgd')
    expect(saveAsProposal(null, '')).toBe('design.cmgd')
  })
})
