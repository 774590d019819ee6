// Bytes as base64 text, without btoa or Buffer so the same code runs in the worker, the renderer and
// the CLI (the PowerPoint deck's pictures, the PNG export sent to main). Pure.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The bytes as base64 (RFC 4648, with padding). */
export function bytesToBase64(bytes: Uint8Array): string {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out.push(
      BASE64.charAt((n >> 18) & 63) +
        BASE64.charAt((n >> 12) & 63) +
        (b === undefined ? '=' : BASE64.charAt((n >> 6) & 63)) +
        (c === undefined ? '=' : BASE64.charAt(n & 63)),
    )
  }
  return out.join('')
}
