// The building blocks of the design model's zod schemas: bounded numbers and text whose errors read
// as sentences ("must be between 1 and 16"), flags with their default, bounded lists and element
// ids. Used by the document schema (schema.ts) and by each element kind's props (src/shared/kinds).
// Pure TypeScript.
import { z } from 'zod'
import { ID_PATTERN } from './limits'
import { formatCount } from '../util/format-count'

const between = (lo: number, hi: number) => `must be between ${formatCount(lo)} and ${formatCount(hi)}`

/** An integer in [lo, hi] whose range error reads "must be between lo and hi". */
export const intIn = (lo: number, hi: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(lo, { error: between(lo, hi) })
    .max(hi, { error: between(lo, hi) })

export const numIn = (lo: number, hi: number) =>
  z
    .number({ error: 'must be a number' })
    .min(lo, { error: between(lo, hi) })
    .max(hi, { error: between(lo, hi) })

/** NUL (other programs end a string there) or a UTF-16 surrogate without its pair (not a character; it cannot be written as UTF-8). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .max(max, { error: `must be at most ${max} characters` })
    .superRefine((s, ctx) => {
      const bad = NOT_TEXT.exec(s)
      if (bad)
        ctx.addIssue({
          code: 'custom',
          input: s,
          message: `contains ${bad[0] === '\u0000' ? 'a NUL character (\\x00)' : `an unpaired surrogate (\\u${bad[0].charCodeAt(0).toString(16)})`} at character ${formatCount(bad.index + 1)}, which text in a design may not contain`,
        })
    })
export const bool = (dflt: boolean) => z.boolean({ error: 'must be true or false' }).default(dflt)
export const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: 'must be a list' }).max(max, { error: `must have at most ${max} entries` })

export const Id = z
  .string({ error: 'must be a string' })
  .regex(ID_PATTERN, { error: 'must be 1-64 letters, digits, "-", "_" or "."' })
export type Id = z.infer<typeof Id>
