// Finds properties named twice in one JSON object, such as {"vmCount": 1, "vmCount": 17}. JSON.parse
// keeps the last one silently while other readers keep the first, so a reviewer and the app could
// see different designs; the load pipeline refuses such files with the paths found here. One pass
// over the text with an explicit stack (no recursion, so any nesting depth is fine); it expects text
// JSON.parse has already accepted. Pure.

export interface DuplicateKey {
  /** Path of the object holding the repeated property. */
  readonly path: readonly (string | number)[]
  readonly key: string
}

type Frame =
  { kind: 'object'; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; index: number }

const QUOTE = 0x22
const BACKSLASH = 0x5c

/** Index of the quote that closes the string whose opening quote is at `start`. */
function stringEnd(json: string, start: number): number {
  let from = start + 1
  for (;;) {
    const quote = json.indexOf('"', from)
    if (quote < 0) return json.length
    let slashes = 0
    while (json.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return quote
    from = quote + 1
  }
}

/** The first `max` repeated properties, in text order. */
export function findDuplicateKeys(json: string, max = 50): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const stack: Frame[] = []
  const pathTo = (): (string | number)[] =>
    stack.slice(0, -1).map((f) => (f.kind === 'object' ? f.key : f.index))
  let i = 0
  while (i < json.length && found.length < max) {
    const c = json.charCodeAt(i)
    const top = stack[stack.length - 1]
    switch (c) {
      case 0x7b: // {
        stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true })
        i++
        break
      case 0x5b: // [
        stack.push({ kind: 'array', index: 0 })
        i++
        break
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop()
        i++
        break
      case 0x2c: // ,
        if (top?.kind === 'object') top.expectKey = true
        else if (top?.kind === 'array') top.index++
        i++
        break
      case QUOTE: {
        const end = stringEnd(json, i)
        if (top?.kind === 'object' && top.expectKey) {
          const raw = json.slice(i + 1, end)
          const key = raw.includes('\\') ? (JSON.parse(json.slice(i, end + 1)) as string) : raw
          if (top.keys.has(key)) found.push({ path: pathTo(), key })
          top.keys.add(key)
          top.key = key
          top.expectKey = false
        }
        i = end + 1
        break
      }
      default:
        i++
    }
  }
  return found
}
