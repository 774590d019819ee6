// PNG helpers for tests that rasterise pictures with Debian's rsvg-convert (librsvg2-bin): whether
// it is installed, and how much of a PNG is drawn on. Node only.
import { spawnSync } from 'node:child_process'
import { inflateSync } from 'node:zlib'

/** Whether rsvg-convert can be run here (CI installs librsvg2-bin). */
export const HAS_RSVG = spawnSync('rsvg-convert', ['--version']).status === 0

/** Width, height and how many pixels differ from the top-left one, of an 8-bit RGB(A) PNG. */
export function inkedPixels(png: Buffer): { width: number; height: number; inked: number } {
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const channels = png[25] === 6 ? 4 : 3
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] as number
      const a = x >= channels ? (pixels[y * stride + x - channels] as number) : 0
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] as number) : 0
      const p = a + b - c
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter as number] as number
      pixels[y * stride + x] = (v + predictor) & 0xff
    }
  }
  let inked = 0
  for (let i = 0; i < pixels.length; i += channels)
    if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) inked++
  return { width, height, inked }
}
