// replacedInPlace: after an edit that kept every element in its place, exactly the replaced
// elements; after one that added, removed or reordered elements, nothing (the callers then compare
// by id).
import { describe, expect, it } from 'vitest'
import { replacedInPlace } from '../../../src/shared/model/replaced-in-place'

const a = { id: 'a' }
const b = { id: 'b' }
const c = { id: 'c' }

describe('replacedInPlace', () => {
  it('gives the elements an edit replaced, in order, and none for an unchanged list', () => {
    const b2 = { id: 'b' }
    const c2 = { id: 'c' }
    expect(replacedInPlace([a, b, c], [a, b2, c2])).toEqual([b2, c2])
    expect(replacedInPlace([a, b, c], [a, b2, c2])?.[0]).toBe(b2)
    expect(replacedInPlace([a, b, c], [a, b, c])).toEqual([])
  })

  it('gives nothing when elements were added, removed or reordered', () => {
    expect(replacedInPlace([a, b], [a, b, c])).toBeUndefined()
    expect(replacedInPlace([a, b, c], [a, c])).toBeUndefined()
    expect(replacedInPlace([a, b, c], [a, c, b])).toBeUndefined()
    expect(replacedInPlace([a, b], [a, { id: 'x' }])).toBeUndefined()
  })
})
