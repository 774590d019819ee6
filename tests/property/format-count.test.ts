// Numbers are written without Intl (src/shared/util/format-count.ts) but must read exactly as
// toLocaleString('en-US') writes them: whole numbers, fractions (three decimals at most, ties
// rounded as Intl rounds them), huge and non-finite numbers.
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

  it('writes fractions, rounded to three decimals, as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e21, max: 1e21 }),
          fc.double({ noNaN: true, min: -1000, max: 1000 }),
          // Ties at the third decimal: rounding must match Intl's.
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => (k + 0.5) / 1000),
        ),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
        },
      ),
      { numRuns: 5000 },
    )
    for (const n of [0.01, 1234.5678, -0.25, -0.0001, -0, 1e-7, 0.0005, 2 ** 60, 1e21, 1e300])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
    expect(formatCount(0.01)).toBe('0.01')
  })

  it('leaves non-finite numbers to toLocaleString', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
  })
})
