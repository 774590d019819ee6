// Which elements (or connections) of a design an edit replaced, when it kept every one in its
// place: the document store never changes an element in place, so an edit of some elements leaves
// every other one as the very same object at the same index. One pass of identity checks, no index
// to build: what the canvas's element views and the rules worker's design updates need after a
// property edit of a large design. Pure.

/**
 * The items of `after` that are not the very objects at the same index of `before`, when both
 * lists hold the same ids in the same order; undefined when items were added, removed or reordered.
 */
export function replacedInPlace<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): T[] | undefined {
  if (before.length !== after.length) return undefined
  const replaced: T[] = []
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!
    const is = after[i]!
    if (was === is) continue
    if (was.id !== is.id) return undefined
    replaced.push(is)
  }
  return replaced
}
