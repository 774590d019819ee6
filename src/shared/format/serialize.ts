// The stable serializer: the same design always gives the same bytes (fixed key order, two-space
// indent, trailing newline), so saved files diff cleanly in Git. Pure.
import type { DesignDocument } from '../model/document'

/** Keys that come first, in this order, wherever they appear; all other keys follow alphabetically. */
const KEY_PRIORITY = [
  'format',
  'formatVersion',
  'schemaVersion',
  'app',
  'design',
  'nodes',
  'edges',
  'suppressions',
  'view',
  'id',
  'kind',
  'name',
  'ruleId',
  'nodeId',
  'parentId',
  'source',
  'target',
  'position',
  'size',
  'phase',
  'props',
  'x',
  'y',
  'width',
  'height',
  'from',
  'to',
]
const rank = new Map(KEY_PRIORITY.map((k, i) => [k, i]))

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a)
  const rb = rank.get(b)
  if (ra !== undefined && rb !== undefined) return ra - rb
  if (ra !== undefined) return -1
  if (rb !== undefined) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined)
        Object.defineProperty(out, key, {
          value: canonical(v),
          enumerable: true,
          writable: true,
          configurable: true,
        })
    }
    return out
  }
  return value
}

export function serializeDesign(doc: DesignDocument): string {
  return `${JSON.stringify(canonical(doc), null, 2)}\n`
}
