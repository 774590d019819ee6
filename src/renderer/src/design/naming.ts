// Unique, readable names and ids for new elements: MP01, MP02…, SRV01…, site codes P01…, CMG
// prefixes cmg01…, and ids such as "mp-4k2x9q". Pure apart from the default random source.
import type { DesignDocument } from '../../../shared/model/document'
import type { NodeKind } from '../../../shared/model/schema'
import { KINDS } from '../../../shared/kinds'

export type RandomSource = () => number

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

function randomSuffix(random: RandomSource, length = 6): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length]
  return out
}

/** crypto-backed random in [0, 1). */
export const cryptoRandom: RandomSource = () => {
  const buf = new Uint32Array(1)
  crypto.getRandomValues(buf)
  return (buf[0] ?? 0) / 2 ** 32
}

/** A fresh id for a node or edge that collides with none in `taken`. */
export function uniqueId(
  prefix: string,
  taken: ReadonlySet<string>,
  random: RandomSource = cryptoRandom,
): string {
  for (;;) {
    const id = `${prefix}-${randomSuffix(random)}`
    if (!taken.has(id)) return id
  }
}

export function takenIds(doc: DesignDocument): Set<string> {
  const ids = new Set<string>()
  for (const n of doc.nodes) ids.add(n.id)
  for (const e of doc.edges) ids.add(e.id)
  return ids
}

export function newNodeId(kind: NodeKind, taken: ReadonlySet<string>, random?: RandomSource): string {
  return uniqueId(KINDS[kind].idPrefix, taken, random)
}

/** The first free number n ≥ 1 for which `format(n)` is not in `used` (compared case-insensitively). */
function firstFree(used: Iterable<string>, format: (n: number) => string): string {
  const lower = new Set([...used].map((u) => u.toLowerCase()))
  for (let n = 1; ; n++) {
    const candidate = format(n)
    if (!lower.has(candidate.toLowerCase())) return candidate
  }
}

const twoDigits = (n: number) => String(n).padStart(2, '0')

/** "MP03" or "Client population 2": the next free readable name of a kind. */
export function nextName(doc: DesignDocument, kind: NodeKind, extraTaken: readonly string[] = []): string {
  const info = KINDS[kind]
  const used = [...doc.nodes.map((n) => n.name), ...extraTaken]
  return info.nameStyle === 'code'
    ? firstFree(used, (n) => `${info.namePrefix}${twoDigits(n)}`)
    : firstFree(used, (n) => `${info.namePrefix} ${n}`)
}

/** Next free site code P01, P02… (site codes are 3 letters or digits). */
export function nextSiteCode(doc: DesignDocument): string {
  const used = doc.nodes.flatMap((n) => (n.kind === 'site' ? [n.props.siteCode] : []))
  return firstFree(used, (n) => (n < 100 ? `P${twoDigits(n)}` : String(n).slice(-3)))
}

/** Next free CMG prefix cmg01… (letters and digits only, so it passes both CMG naming rules). */
export function nextCmgPrefix(doc: DesignDocument): string {
  const used = doc.nodes.flatMap((n) => (n.kind === 'cmg' ? [n.props.prefix] : []))
  return firstFree(used, (n) => `cmg${twoDigits(n)}`)
}
