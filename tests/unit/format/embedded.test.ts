// Designs carried by exported images: the exporter's PNG iTXt chunk and SVG metadata are read back
// byte for byte (Unicode, markup characters and all), a design file's own text passes through, and
// images without a design, damaged chunks, truncated files and non-UTF-8 bytes are refused with a
// load error instead of throwing. Also checks the pure UTF-8 decoder against TextDecoder.
import { deflateSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EMBED_KEYWORD,
  crc32,
  decodeUtf8,
  designNameForImage,
  designTextFromBytes,
  pngChunks,
  readPngDesign,
  readSvgDesign,
} from '../../../src/shared/format/embedded'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { serializeDesign } from '../../../src/shared/format/serialize'
import { embedDesignInPng, pngChunk } from '../../../src/shared/export/embed-png'
import { embedDesignInSvg } from '../../../src/shared/export/embed-svg'

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

/** A real 2×1 RGB PNG (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0])
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]))
  return Uint8Array.from([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('IDAT', new Uint8Array(pixels)),
    ...pngChunk('IEND', new Uint8Array()),
  ])
}

const contoso = serializeDesign(
  (() => {
    const loaded = parseDesignFile(
      readFileSync(join(__dirname, '../../../resources/templates/contoso.cmgd'), 'utf8'),
    )
    if (!loaded.ok) throw new Error(loaded.error.message)
    return loaded.value.doc
  })(),
)

/** A design text with every character that could break an embedding. */
const awkward = JSON.stringify({
  note: 'Ünïcødé ✓ 日本語 😀 </cmg:design> ]]> <![CDATA[ & &amp; < > " \' \u0000 \u2028',
})

function expectError(result: ReturnType<typeof designTextFromBytes>, code: string): string {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.error.code).toBe(code)
  return result.error.message
}

describe('PNG', () => {
  it('reads back exactly the design the exporter embedded, and it is still a valid PNG', () => {
    for (const json of [contoso, awkward]) {
      const png = embedDesignInPng(tinyPng(), json)
      const read = designTextFromBytes(png)
      expect(read.ok && read.value).toEqual({ text: json, embeddedIn: 'png' })
      const chunks = pngChunks(png)!
      expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND'])
      for (const c of chunks) expect(crc32(latin1(c.type), c.data)).toBe(c.crc)
    }
  })

  it('replaces a design chunk instead of adding a second one', () => {
    const twice = embedDesignInPng(embedDesignInPng(tinyPng(), '{"first":1}'), contoso)
    expect(pngChunks(twice)!.filter((c) => c.type === 'iTXt')).toHaveLength(1)
    const read = readPngDesign(twice)
    expect(read.ok && read.value).toBe(contoso)
  })

  it('computes the standard CRC-32', () => {
    expect(crc32(latin1('123456789'))).toBe(0xcbf43926)
    expect(crc32(latin1('IEND'))).toBe(0xae426082)
  })

  it('also reads a Latin-1 tEXt chunk with the design keyword', () => {
    const base = tinyPng()
    const text = pngChunk('tEXt', latin1(`${EMBED_KEYWORD}\u0000{"a":"café"}`))
    const png = Uint8Array.from([...base.subarray(0, base.length - 12), ...text, ...base.subarray(-12)])
    const read = readPngDesign(png)
    expect(read.ok && read.value).toBe('{"a":"café"}')
  })

  it('refuses a PNG without a design, naming what is wrong', () => {
    expect(expectError(designTextFromBytes(tinyPng()), 'NOT_A_DESIGN_FILE')).toMatch(
      /does not carry a CMG design/,
    )
  })

  it('refuses a design chunk whose checksum does not match', () => {
    const png = embedDesignInPng(tinyPng(), contoso)
    const at = pngChunks(png)!.find((c) => c.type === 'iTXt')!.offset + 40
    png[at] = (png[at] ?? 0) ^ 0x20
    expect(expectError(designTextFromBytes(png), 'NOT_JSON')).toMatch(/checksum/)
  })

  it('refuses a compressed design chunk it cannot inflate', () => {
    const base = tinyPng()
    const data = Uint8Array.from([...latin1(EMBED_KEYWORD), 0, 1, 0, 0, 0, ...deflateSync('{}')])
    const chunk = pngChunk('iTXt', data)
    const png = Uint8Array.from([...base.subarray(0, base.length - 12), ...chunk, ...base.subarray(-12)])
    expect(expectError(designTextFromBytes(png), 'NOT_JSON')).toMatch(/compressed/)
  })

  it('refuses a truncated image, and every prefix of an image is refused without throwing', () => {
    const png = embedDesignInPng(tinyPng(), '{"x":1}')
    expect(expectError(designTextFromBytes(png.subarray(0, png.length - 20)), 'NOT_A_DESIGN_FILE')).toMatch(
      /damaged or incomplete/,
    )
    for (let n = 8; n < png.length; n++) expect(designTextFromBytes(png.subarray(0, n)).ok).toBe(false)
  })

  it('survives random damage: never throws, and a result is either refused or the text it found', () => {
    const png = embedDesignInPng(tinyPng(), contoso)
    fc.assert(
      fc.property(fc.nat(png.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const damaged = png.slice()
        damaged[at] = (damaged[at] ?? 0) ^ flip
        const read = designTextFromBytes(damaged)
        if (read.ok) expect(typeof read.value.text).toBe('string')
      }),
    )
  })
})

describe('SVG', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">&lt;cmg:design&gt;</div></foreignObject></svg>'

  it('reads back exactly the design the exporter embedded, as the first child of <svg>', () => {
    for (const json of [contoso, awkward]) {
      const out = embedDesignInSvg(svg, json)
      expect(out.indexOf('<metadata>')).toBe(svg.indexOf('>') + 1)
      const read = designTextFromBytes(new TextEncoder().encode(out))
      expect(read.ok && read.value).toEqual({ text: json, embeddedIn: 'svg' })
    }
  })

  it('embeds into a self-closing root and one with ">" inside an attribute value', () => {
    const closed = embedDesignInSvg(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      '{"a":1}',
    )
    expect(closed).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><metadata>.*<\/metadata><\/svg>$/)
    expect(readSvgDesign(closed).ok).toBe(true)
    const quoted = embedDesignInSvg('<svg data-x="a>b" width="1"><g/></svg>', '{"b":2}')
    expect(quoted.startsWith('<svg data-x="a>b" width="1"><metadata>')).toBe(true)
    const read = readSvgDesign(quoted)
    expect(read.ok && read.value).toBe('{"b":2}')
  })

  it('reads a design another tool re-wrote as CDATA or with character references', () => {
    const cdata = `<svg><metadata><cmg:design xmlns:cmg="urn:cmg-designer:design"><![CDATA[{"a":"<b>"}]]></cmg:design></metadata></svg>`
    const refs = `<svg><metadata><cmg:design>{&quot;a&quot;:&#x22;&#233;&#34;}</cmg:design></metadata></svg>`
    const a = readSvgDesign(cdata)
    const b = readSvgDesign(refs)
    expect(a.ok && a.value).toBe('{"a":"<b>"}')
    expect(b.ok && b.value).toBe('{"a":"é"}')
  })

  it('refuses an SVG without a design, and damaged markup inside the element', () => {
    expect(expectError(designTextFromBytes(new TextEncoder().encode(svg)), 'NOT_A_DESIGN_FILE')).toMatch(
      /SVG image does not carry a CMG design/,
    )
    expectError(
      designTextFromBytes(new TextEncoder().encode('<svg><cmg:design>{&bogus;}</cmg:design></svg>')),
      'NOT_JSON',
    )
    expectError(
      designTextFromBytes(new TextEncoder().encode('<svg><cmg:design><b/></cmg:design></svg>')),
      'NOT_JSON',
    )
  })
})

describe('design files and other bytes', () => {
  it('passes a design file’s text through unchanged', () => {
    const read = designTextFromBytes(new TextEncoder().encode(contoso))
    expect(read.ok && read.value).toEqual({ text: contoso })
  })

  it('refuses bytes that are not UTF-8', () => {
    expectError(designTextFromBytes(new Uint8Array([0x7b, 0xff, 0x7d])), 'NOT_JSON')
  })

  it('names a design taken out of an image after the image', () => {
    expect(designNameForImage('contoso.png')).toBe('contoso.cmgd')
    expect(designNameForImage('Workshop.SVG')).toBe('Workshop.cmgd')
    expect(designNameForImage('.png')).toBe('Untitled design.cmgd')
  })

  it('decodes UTF-8 exactly as TextDecoder in fatal mode does', () => {
    const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let expected: string | undefined
        try {
          expected = reference.decode(bytes)
        } catch {
          expected = undefined
        }
        expect(decodeUtf8(bytes)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text)
      }),
    )
  })
})
