// The accessible name of an element, and sentence case for messages. What element kinds and
// connection kinds are called is declared with each kind (src/shared/kinds, kinds/connections.ts).
// Pure (no DOM, no React); runs in the renderer.
import { KIND_LABEL } from '../../../shared/kinds'
import type { NodeKind } from '../../../shared/model/schema'

/** "Management point MP01": the accessible name of a node. */
export function accessibleNodeName(kind: NodeKind, name: string): string {
  const label = KIND_LABEL[kind]
  return name.trim() === '' ? label : `${label} ${name}`
}

/** Capitalises the first letter: "a site" → "A site". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
