// fieldLabel (src/shared/kinds/field.ts): the label a kind declares for a property, as the report's
// headings read it. It is the label the inspector shows (fieldMetaByPath) and the title of the
// published JSON Schema, every property of every kind has one, and a property the kind does not
// have does not compile. Nothing here repeats a label, so renaming one stays a change in its kind.
import { describe, expect, it } from 'vitest'
import { KINDS, fieldLabel, type ElementKind } from '../../../src/shared/kinds'
import { fieldMetaByPath } from '../../../src/shared/kinds/field'
import { NODE_KINDS } from '../../../src/shared/model/schema'

describe('fieldLabel', () => {
  it('reads the label declared beside the property, the title the JSON Schema publishes', () => {
    expect(fieldLabel(KINDS.server, 'os')).toBe(KINDS.server.props.shape.os.meta()?.title)
    expect(fieldLabel(KINDS.clientPopulation, 'concurrent')).toBe(
      KINDS.clientPopulation.props.shape.concurrent.meta()?.title,
    )
  })

  it('gives every property of every kind the label the inspector shows for it', () => {
    for (const kindName of NODE_KINDS) {
      const kind = KINDS[kindName] as unknown as ElementKind
      const inspector = fieldMetaByPath(kind.props)
      for (const key of Object.keys(kind.props.shape)) {
        const label = fieldLabel(kind, key)
        expect(label, `${kindName}.${key}`).not.toBe('')
        expect(label, `${kindName}.${key}`).toBe(inspector[key]?.label)
      }
    }
  })

  it('accepts only properties of the kind it is given', () => {
    // @ts-expect-error: a server has no property "siteCode".
    expect(() => fieldLabel(KINDS.server, 'siteCode')).toThrow(/siteCode .* has no label/)
  })
})
