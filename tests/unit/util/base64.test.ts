// The pure base64 encoder (src/shared/util/base64.ts) writes what Node's Buffer writes, for any
// bytes: the PowerPoint deck and the PNG export travel to main and to disk through it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesToBase64 } from '../../../src/shared/util/base64'

describe('bytesToBase64', () => {
  it('matches Buffer for any bytes, padding included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
      }),
    )
  })
})
