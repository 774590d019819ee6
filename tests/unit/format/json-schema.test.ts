// docs/design.schema.json must be exactly what the zod schemas generate, so the published schema
// never drifts from the loader. `npm run schema` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { designJsonSchema } from '../../../src/shared/format/json-schema'

const file = join(__dirname, '../../../docs/design.schema.json')

it('docs/design.schema.json is up to date with the zod schemas', () => {
  const generated = `${JSON.stringify(designJsonSchema(), null, 2)}\n`
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated)
  expect(readFileSync(file, 'utf8')).toBe(generated)
})

it('describes every node kind and the envelope constants', () => {
  const text = JSON.stringify(designJsonSchema())
  for (const kind of [
    'site',
    'server',
    'managementPoint',
    'cmgConnectionPoint',
    'cmg',
    'clientPopulation',
    'note',
  ])
    expect(text).toContain(`"const":"${kind}"`)
  expect(text).toContain('"const":"cmg-designer"')
  expect(text).toContain('"maximum":99')
})
