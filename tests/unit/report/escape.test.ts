// The escaping every design string goes through before it reaches the report's HTML, SVG and CSS
// (src/shared/report/escape.ts), checked against arbitrary strings, and the readable titles of the
// documentation links.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cssString, escapeMarkup, safeHttpUrl } from '../../../src/shared/report/escape'
import { docTitle } from '../../../src/shared/report/doc-title'

/** What an HTML/XML parser makes of escaped text: the five entities back to characters. */
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** What a CSS parser makes of a string literal made of plain characters and hex escapes. */
const unescapeCss = (s: string): string =>
  s.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))

// eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
const XML_SAFE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]*$/

describe('escapeMarkup', () => {
  it('leaves no markup character and round-trips any XML-legal text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const escaped = escapeMarkup(s)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
        if (XML_SAFE.test(s)) expect(unescape(escaped)).toBe(s)
      }),
    )
  })

  it('drops characters XML forbids, so the picture stays a valid SVG file', () => {
    expect(escapeMarkup('a\u0000b\u0007c\uFFFEd\uD800e\tf\ng')).toBe('abcde\tf\ng')
    expect(escapeMarkup('😀')).toBe('😀')
  })
})

describe('cssString', () => {
  it('is one CSS string literal that decodes to the text and cannot end the string or the style element', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const literal = cssString(s)
        expect(literal).toMatch(/^"[A-Za-z0-9 \\]*"$/)
        if (XML_SAFE.test(s)) expect(unescapeCss(literal)).toBe(s)
      }),
    )
    expect(unescapeCss(cssString('Contoso – HQ "2" </style>'))).toBe('Contoso – HQ "2" </style>')
  })
})

describe('safeHttpUrl', () => {
  it.each([
    ['https://learn.microsoft.com/intune/configmgr/core/clients/manage/cmg/cost', true],
    ['http://example.com/a#b', true],
    ['javascript:alert(1)', false],
    ['https://x.com/"onmouseover="alert(1)', false],
    ['https://x.com/a b', false],
    ['//x.com/a', false],
    ['data:text/html,<script>', false],
  ])('%s → %s', (url, allowed) => {
    expect(safeHttpUrl(url) !== undefined).toBe(allowed)
  })
})

describe('docTitle', () => {
  it.each([
    [
      'https://learn.microsoft.com/intune/configmgr/core/clients/manage/cmg/plan-cloud-management-gateway',
      'Plan cloud management gateway',
    ],
    [
      'https://learn.microsoft.com/intune/configmgr/core/clients/manage/cmg/plan-cloud-management-gateway#performance-and-scale',
      'Plan cloud management gateway › Performance and scale',
    ],
    ['https://learn.microsoft.com/intune/configmgr/hotfix/2603/37426535', 'Hotfix 2603 37426535'],
    ['https://github.com/MicrosoftDocs/memdocs/issues/1849', 'GitHub issue MicrosoftDocs/memdocs#1849'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, title) => {
    expect(docTitle(url)).toBe(title)
  })
})
