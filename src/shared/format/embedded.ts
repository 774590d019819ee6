// Designs carried inside exported images: a PNG holds the design JSON in an iTXt (or tEXt) chunk
// with the keyword "cmg-designer"; an SVG holds it, XML-escaped, in <metadata><cmg:design>. This
// module reads any file's bytes and returns the design text to hand to parseDesignFile: the JSON
// embedded in an image, or the file itself as UTF-8 text. It also holds the PNG chunk reader and
// CRC-32 the renderer's exporter writes chunks with. Pure (no DOM, no Node); used by Electron main
// (Buffer is a Uint8Array) and by the browser implementation of the preload API.
import { type Result, err, ok } from '../util/result'
import type { LoadError, LoadErrorCode } from './errors'

/** The PNG text-chunk keyword, and the SVG element, that carry a design. */
export const EMBED_KEYWORD = 'cmg-designer'
export const SVG_DESIGN_NAMESPACE = 'urn:cmg-designer:design'
export const SVG_DESIGN_ELEMENT = 'cmg:design'

export type ImageKind = 'png' | 'svg'

export interface DesignText {
  /** The design file's JSON text (not yet parsed or validated). */
  readonly text: string
  /** Set when the text came out of an exported image. */
  readonly embeddedIn?: ImageKind
}

export interface PngChunk {
  /** Four ASCII letters, e.g. "IHDR". */
  readonly type: string
  /** Offset of the chunk's length field in the file. */
  readonly offset: number
  readonly data: Uint8Array
  /** The CRC stored in the file (over type and data). */
  readonly crc: number
}

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const fail = (code: LoadErrorCode, message: string) => err<LoadError>({ code, message, issues: [] })

let crcTable: Uint32Array | undefined

/** CRC-32 (ISO 3309, as PNG uses it) over `parts` in order. */
export function crc32(...parts: readonly Uint8Array[]): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

const readUint32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) |
    ((bytes[at + 1] ?? 0) << 16) |
    ((bytes[at + 2] ?? 0) << 8) |
    (bytes[at + 3] ?? 0)) >>>
  0

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes)

/** The bytes of an ASCII string such as a chunk type. */
export const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)

/**
 * The chunks of a PNG in file order, up to and including IEND. Undefined when the bytes are not a
 * PNG or a chunk runs past the end of the file (a truncated or damaged image).
 */
export function pngChunks(bytes: Uint8Array): PngChunk[] | undefined {
  if (!isPng(bytes)) return undefined
  const chunks: PngChunk[] = []
  let at = PNG_SIGNATURE.length
  while (at + 12 <= bytes.length) {
    const length = readUint32(bytes, at)
    const end = at + 12 + length
    if (length > 0x7fffffff || end > bytes.length) return undefined
    const type = ascii(bytes.subarray(at + 4, at + 8))
    chunks.push({
      type,
      offset: at,
      data: bytes.subarray(at + 8, at + 8 + length),
      crc: readUint32(bytes, at + 8 + length),
    })
    at = end
    if (type === 'IEND') return chunks
  }
  return undefined
}

/**
 * Strict UTF-8 decoding (what TextDecoder's `fatal` mode does; src/shared has no DOM or Node
 * types): undefined for overlong forms, surrogates, code points past U+10FFFF or truncated sequences.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const units: number[] = []
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0
    let cp: number
    let need: number
    let min: number
    if (b0 < 0x80) {
      cp = b0
      need = 0
      min = 0
    } else if (b0 >= 0xc2 && b0 < 0xe0) {
      cp = b0 & 0x1f
      need = 1
      min = 0x80
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      cp = b0 & 0x0f
      need = 2
      min = 0x800
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      cp = b0 & 0x07
      need = 3
      min = 0x10000
    } else return undefined
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k]
      if (b === undefined || (b & 0xc0) !== 0x80) return undefined
      cp = (cp << 6) | (b & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff))
    else units.push(cp)
    i += need + 1
    if (units.length >= 8192) {
      out += String.fromCharCode(...units)
      units.length = 0
    }
  }
  return out + String.fromCharCode(...units)
}

const latin1 = (bytes: Uint8Array): string => {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192))
  return out
}

type TextChunk =
  { readonly keyword: string; readonly text: string } | { readonly keyword: string; readonly error: string }

/** A tEXt or iTXt chunk's keyword and text (iTXt only uncompressed). */
function readTextChunk(chunk: PngChunk): TextChunk | undefined {
  const { data } = chunk
  const nul = data.indexOf(0)
  if (nul < 1) return undefined
  const keyword = latin1(data.subarray(0, nul))
  if (chunk.type === 'tEXt') return { keyword, text: latin1(data.subarray(nul + 1)) }
  // iTXt: keyword NUL, compression flag, compression method, language NUL, translated keyword NUL, text.
  const compressed = data[nul + 1]
  const languageEnd = data.indexOf(0, nul + 3)
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1)
  if (compressed === undefined || translatedEnd < 0) return { keyword, error: 'its text chunk is damaged' }
  if (compressed !== 0)
    return { keyword, error: 'its text chunk is compressed, which this version cannot read' }
  const text = decodeUtf8(data.subarray(translatedEnd + 1))
  return text === undefined ? { keyword, error: 'its text chunk is not valid UTF-8' } : { keyword, text }
}

/** The design JSON embedded in a PNG, or why there is none. */
export function readPngDesign(bytes: Uint8Array): Result<string, LoadError> {
  const chunks = pngChunks(bytes)
  if (!chunks) return fail('NOT_A_DESIGN_FILE', 'The PNG image is damaged or incomplete.')
  for (const chunk of chunks) {
    if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt') continue
    const text = readTextChunk(chunk)
    if (text?.keyword !== EMBED_KEYWORD) continue
    if (crc32(asciiBytes(chunk.type), chunk.data) !== chunk.crc)
      return fail('NOT_JSON', 'The design stored in the PNG image is damaged (its checksum does not match).')
    if ('error' in text)
      return fail('NOT_JSON', `The design stored in the PNG image cannot be read: ${text.error}.`)
    return ok(text.text)
  }
  return fail(
    'NOT_A_DESIGN_FILE',
    'The PNG image does not carry a CMG design. Only images exported by CMG Designer can be opened as designs.',
  )
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML character data with entity and character references resolved and CDATA sections unwrapped. */
export function decodeXmlText(content: string): string | undefined {
  let out = ''
  let at = 0
  while (at < content.length) {
    const cdata = content.indexOf('<![CDATA[', at)
    const plainEnd = cdata < 0 ? content.length : cdata
    const plain = content.slice(at, plainEnd)
    if (plain.includes('<')) return undefined
    let bad = false
    out += plain.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
      const code = ref.startsWith('#x')
        ? parseInt(ref.slice(2), 16)
        : ref.startsWith('#')
          ? Number(ref.slice(1))
          : NaN
      if (!whole.endsWith(';')) bad = true
      else if (!Number.isNaN(code) && code <= 0x10ffff) return String.fromCodePoint(code)
      else if (ENTITIES[ref] !== undefined) return ENTITIES[ref]
      else bad = true
      return whole
    })
    if (bad) return undefined
    if (cdata < 0) break
    const cdataEnd = content.indexOf(']]>', cdata + 9)
    if (cdataEnd < 0) return undefined
    out += content.slice(cdata + 9, cdataEnd)
    at = cdataEnd + 3
  }
  return out
}

/** The design JSON embedded in an SVG's metadata, or why there is none. */
export function readSvgDesign(svg: string): Result<string, LoadError> {
  const open = new RegExp(`<${SVG_DESIGN_ELEMENT}(?:\\s[^>]*)?>`).exec(svg)
  const close = open ? svg.indexOf(`</${SVG_DESIGN_ELEMENT}>`, open.index + open[0].length) : -1
  if ((!open || close < 0) && !/<svg[\s>]/i.test(svg))
    return fail(
      'NOT_A_DESIGN_FILE',
      'The file is markup (XML or HTML), not a design file or an SVG image exported by CMG Designer.',
    )
  if (!open || close < 0)
    return fail(
      'NOT_A_DESIGN_FILE',
      'The SVG image does not carry a CMG design. Only images exported by CMG Designer can be opened as designs.',
    )
  const text = decodeXmlText(svg.slice(open.index + open[0].length, close))
  if (text === undefined) return fail('NOT_JSON', 'The design stored in the SVG image is damaged.')
  return ok(text)
}

/** True when text (after a BOM and white space) starts like XML or SVG markup rather than JSON. */
export const looksLikeMarkup = (text: string): boolean => /^\uFEFF?\s*</.test(text)

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** UTF-16 without a byte-order mark: two ASCII characters, each with a zero byte beside it. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false
  const zero = [0, 1, 2, 3].map((i) => bytes[i] === 0)
  return (zero[1] && zero[3] && !zero[0] && !zero[2]) || (zero[0] && zero[2] && !zero[1] && !zero[3]) || false
}

/** Files people open by mistake, recognised by their first bytes, named for the error message. */
const FOREIGN_FORMATS: readonly { readonly magic: readonly number[]; readonly name: string }[] = [
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or an Office document)' },
  { magic: [0x1f, 0x8b], name: 'a gzip-compressed file' },
]

/**
 * A file's design text: the JSON embedded in a PNG or SVG exported by the app, or the file itself
 * decoded as UTF-8. Recognises images by their content, not by the file name's extension.
 */
export function designTextFromBytes(bytes: Uint8Array): Result<DesignText, LoadError> {
  if (isPng(bytes)) {
    const embedded = readPngDesign(bytes)
    return embedded.ok ? ok({ text: embedded.value, embeddedIn: 'png' }) : embedded
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes))
    return fail(
      'NOT_JSON',
      'The file is UTF-16 text; a design file must be UTF-8. Save it as UTF-8 and open it again.',
    )
  const foreign = FOREIGN_FORMATS.find((f) => startsWith(bytes, f.magic))
  if (foreign)
    return fail(
      'NOT_A_DESIGN_FILE',
      `The file is ${foreign.name}, not a design file. Only .cmgd files and PNG or SVG images exported by CMG Designer can be opened.`,
    )
  const text = decodeUtf8(bytes)
  if (text === undefined)
    return fail('NOT_JSON', 'The file is not UTF-8 text; it is damaged or not a design file.')
  if (!looksLikeMarkup(text)) return ok({ text })
  const embedded = readSvgDesign(text)
  return embedded.ok ? ok({ text: embedded.value, embeddedIn: 'svg' }) : embedded
}

/** "contoso.png" → "contoso.cmgd": the name a design taken out of an image is shown (and saved) under. */
export function designNameForImage(imageFileName: string): string {
  const stem = imageFileName.replace(/\.(png|svg)$/i, '').trim()
  return `${stem === '' ? 'Untitled design' : stem}.cmgd`
}
