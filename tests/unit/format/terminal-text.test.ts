// The one escaping function for text shown to people (src/shared/util/terminal-text.ts): terminal
// controls, bidi overrides, invisible characters and unpaired surrogates become visible escapes;
// ordinary text in any script, emoji, backslashes and Windows paths are left alone; escaping twice
// changes nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeTerminalText } from '../../../src/shared/util/terminal-text'

describe('escapeTerminalText', () => {
  it.each([
    ['\u001b[2J\u001b[1;1H', '\\x1b[2J\\x1b[1;1H'],
    ['bell\u0007', 'bell\\x07'],
    ['a\nb\r\tc', 'a\\x0ab\\x0d\\x09c'],
    ['\u007f\u0085\u009b31m', '\\x7f\\x85\\x9b31m'],
    ['x\u202egnp.exe', 'x\\u202egnp.exe'],
    ['\u2066iso\u2069 \u200e\u200f\u061c', '\\u2066iso\\u2069 \\u200e\\u200f\\u061c'],
    ['zero\u200bwidth\ufeff', 'zero\\u200bwidth\\ufeff'],
    ['line\u2028para\u2029', 'line\\u2028para\\u2029'],
    ['lone \ud800 and \udc00', 'lone \\ud800 and \\udc00'],
  ])('escapes %j', (input, expected) => {
    expect(escapeTerminalText(input)).toBe(expected)
  })

  it('keeps ordinary text, emoji, quotes, backslashes and paths', () => {
    const text = 'Contoso – Zürich 東京 🚀 "quoted" C:\\Designs\\a.cmgd <b>&amp;</b>'
    expect(escapeTerminalText(text)).toBe(text)
  })

  it('leaves only printable characters, and escaping twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = escapeTerminalText(s)
        // eslint-disable-next-line no-control-regex
        expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u)
        expect(escapeTerminalText(once)).toBe(once)
      }),
    )
  })
})
