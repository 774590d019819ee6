// Which elements (or connections) of a design an edit replaced, when it kept every one in its
// place: the document store never changes an element in place, so an edit of some elements leaves
// every other one as the very same object at the same index. One pass of identity checks, no index
// to build: what the canvas's element views and the rules worker's design updates need after a
// property edit of a large design, and the rules worker's incremental evaluation. Pure.

/**
 * The indexes at which `after` holds another object than `before`, when both lists hold the same
 * ids in the same order; undefined when items were added, removed or reordered.
 */
export function replacedInPlace<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): number[] | undefined {
  if (before.length !== after.length) return undefined
  const replaced: number[] = []
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!
    const is = after[i]!
    if (was === is) continue
    if (was.id !== is.id) return undefined
    replaced.push(i)
  }
  return replaced
}
