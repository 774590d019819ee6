// Editing several selected elements at once (the inspector's bulk edit): which properties they all
// have (every field of their kind when they share one; otherwise the fields every kind declares
// alike), the value they share at each field or "mixed" when they differ, and the one change that
// sets a field on all of them, checked against each kind's schema. Pure (no DOM, no React); runs in
// the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import { PROPS_BY_KIND, type DesignNode } from '../../../shared/model/schema'
import { patchAt, schemaRefusal, valueAt, type FieldDescriptor, type Refusal } from './schema-fields'

/** The fields present, described identically, in every list, in the first list's order. */
export function sharedFields(lists: readonly (readonly FieldDescriptor[])[]): FieldDescriptor[] {
  const [first = [], ...others] = lists
  const described = others.map((list) => new Map(list.map((f) => [f.key, JSON.stringify(f)])))
  return first.filter((f) => {
    const text = JSON.stringify(f)
    return described.every((byKey) => byKey.get(f.key) === text)
  })
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * What the selected elements' props hold together: `root` has each field's shared value (nested
 * objects built alike) and leaves a field out where the values differ; `mixed` lists those fields'
 * dotted paths.
 */
export function commonValues(
  fields: readonly FieldDescriptor[],
  roots: readonly unknown[],
): { readonly root: Record<string, unknown>; readonly mixed: ReadonlySet<string> } {
  const mixed = new Set<string>()
  const build = (level: readonly FieldDescriptor[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of level) {
      if (field.control.kind === 'fieldset') {
        out[field.key] = build(field.control.fields)
        continue
      }
      const [first, ...rest] = roots.map((root) => valueAt(root, field.path))
      if (rest.every((value) => sameValue(value, first))) out[field.key] = first
      else mixed.add(field.path.join('.'))
    }
    return out
  }
  return { root: build(fields), mixed }
}

export type BulkChange =
  { readonly ok: true; readonly change: (doc: DesignDocument) => DesignDocument } | Refusal

/**
 * The change that sets `path` to `value` in the props of every node of `ids` (each keeps its own
 * other nested values), or the first refusal of a kind's schema ("vmCount: must be …"). Nodes that
 * already hold the value stay the same objects.
 */
export function setPropOnAll(
  doc: DesignDocument,
  ids: ReadonlySet<string>,
  path: readonly string[],
  value: unknown,
): BulkChange {
  const updates = new Map<string, DesignNode>()
  for (const node of doc.nodes) {
    if (!ids.has(node.id)) continue
    const props = node.props as Record<string, unknown>
    const parsed = PROPS_BY_KIND[node.kind].safeParse({ ...props, ...patchAt(props, path, value) })
    if (!parsed.success) return schemaRefusal(parsed.error.issues, 'The value is not valid.')
    if (!sameValue(parsed.data, props)) updates.set(node.id, { ...node, props: parsed.data } as DesignNode)
  }
  return {
    ok: true,
    change: (current) =>
      updates.size === 0 ? current : { ...current, nodes: current.nodes.map((n) => updates.get(n.id) ?? n) },
  }
}
