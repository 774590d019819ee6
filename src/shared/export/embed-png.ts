// Puts the design JSON into a PNG as an uncompressed iTXt chunk with the keyword "cmg-designer"
// (UTF-8, so any design name survives), just before IEND, replacing a design chunk the image may
// already carry. src/shared/format/embedded.ts reads it back when the image is opened. Used by
// the app's PNG export and `cmg-designer export`. Pure.
import { EMBED_KEYWORD, asciiBytes, crc32, pngChunks } from '../format/embedded'

function uint32(value: number): Uint8Array {
  return Uint8Array.of((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff)
}

/** One PNG chunk: length, type, data, CRC over type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = asciiBytes(type)
  const chunk = new Uint8Array(12 + data.length)
  chunk.set(uint32(data.length), 0)
  chunk.set(typeBytes, 4)
  chunk.set(data, 8)
  chunk.set(uint32(crc32(typeBytes, data)), 8 + data.length)
  return chunk
}

/** UTF-8 bytes of the text, a lone surrogate as U+FFFD (what TextEncoder does; src/shared has none). */
function utf8Bytes(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    let c = ch.codePointAt(0) as number
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  }
  return Uint8Array.from(out)
}

/** The data of an uncompressed iTXt chunk: keyword, flags, empty language and translated keyword, text. */
function itxtData(keyword: string, text: string): Uint8Array {
  const head = asciiBytes(keyword)
  const body = utf8Bytes(text)
  const data = new Uint8Array(head.length + 5 + body.length)
  data.set(head, 0)
  // After the keyword: NUL, compression flag 0, method 0, empty language NUL, empty translated keyword NUL.
  data.set(body, head.length + 5)
  return data
}

/** True for a tEXt/iTXt chunk whose keyword is the design keyword. */
function isDesignChunk(type: string, data: Uint8Array): boolean {
  if (type !== 'tEXt' && type !== 'iTXt') return false
  const keyword = asciiBytes(EMBED_KEYWORD)
  return data[keyword.length] === 0 && keyword.every((b, i) => data[i] === b)
}

/** `png` with `designJson` embedded; throws if `png` is not a complete PNG (the exporter made it). */
export function embedDesignInPng(png: Uint8Array, designJson: string): Uint8Array {
  const chunks = pngChunks(png)
  const iend = chunks?.at(-1)
  if (!chunks || iend?.type !== 'IEND') throw new Error('The exported image is not a complete PNG.')
  const parts: Uint8Array[] = [png.subarray(0, 8)]
  for (const chunk of chunks) {
    if (chunk === iend) parts.push(pngChunk('iTXt', itxtData(EMBED_KEYWORD, designJson)))
    if (!isDesignChunk(chunk.type, chunk.data))
      parts.push(png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length))
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
