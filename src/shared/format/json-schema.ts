// The JSON Schema of a design file, generated from the zod schemas (input side: properties with a
// default may be left out). Published as docs/design.schema.json for people who script designs;
// cross-reference checks (unique ids, edge endpoints, parents) are described in docs/file-format.md.
import { z } from 'zod'
import { DesignDocument } from '../model/document'

export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignDocument, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://cmg-designer.invalid/schema/design-v1.json',
    title: 'CMG Designer design file (format version 1, schema version 1)',
    description:
      'A Microsoft Configuration Manager cloud management gateway topology. See docs/file-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  }
}
