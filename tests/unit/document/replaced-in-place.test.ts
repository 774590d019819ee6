// replacedInPlace: after an edit that kept every element in its place, exactly where elements
// were replaced; after one that added, removed or reordered elements, nothing (the callers then compare
// by id).
import { describe, expect, it } from 'vitest'
import { replacedInPlace } from '../../../src/shared/model/replaced-in-place'

const a = { id: 'a' }
const b = { id: 'b' }
const c = { id: 'c' }

describe('replacedInPlace', () => {
  it('gives where an edit replaced elements, in order, and nowhere for an unchanged list', () => {
    expect(replacedInPlace([a, b, c], [a, { id: 'b' }, { id: 'c' }])).toEqual([1, 2])
    expect(replacedInPlace([a, b, c], [{ id: 'a' }, b, c])).toEqual([0])
    expect(replacedInPlace([a, b, c], [a, b, c])).toEqual([])
  })

  it('gives nothing when elements were added, removed or reordered', () => {
    expect(replacedInPlace([a, b], [a, b, c])).toBeUndefined()
    expect(replacedInPlace([a, b, c], [a, c])).toBeUndefined()
    expect(replacedInPlace([a, b, c], [a, c, b])).toBeUndefined()
    expect(replacedInPlace([a, b], [a, { id: 'x' }])).toBeUndefined()
  })
})
