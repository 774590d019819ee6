// Counts are written without Intl (src/shared/util/format-count.ts) but must read exactly as
// toLocaleString('en-US') writes them, for any whole number and for anything else.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../../src/shared/util/format-count'

describe('formatCount', () => {
  it('writes every safe whole number as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -999_999, max: 999_999 })),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
        },
      ),
      { numRuns: 2000 },
    )
    expect(formatCount(1_234_567)).toBe('1,234,567')
    expect(formatCount(-1000)).toBe('-1,000')
    expect(formatCount(999)).toBe('999')
  })

  it('leaves fractions and non-finite numbers to toLocaleString', () => {
    for (const n of [1234.5678, -0.25, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
  })
})
