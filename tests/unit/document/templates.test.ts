// The File ▸ New list of built-in templates (src/shared/document/templates.ts), as main and the web
// adapter both build it.
import { describe, expect, it } from 'vitest'
import { byTemplateName, templateInfo } from '../../../src/shared/document/templates'

describe('templateInfo', () => {
  it("lists a template by id under its design's name, with its notes as the description", () => {
    expect(templateInfo('lab', { name: 'Lab', notes: 'One primary site.' })).toEqual({
      id: 'lab',
      name: 'Lab',
      description: 'One primary site.',
    })
  })

  it('cuts a long name to 200 characters and long notes to 1,000', () => {
    const info = templateInfo('long', { name: 'n'.repeat(300), notes: 'd'.repeat(3000) })
    expect(info.name).toHaveLength(200)
    expect(info.description).toHaveLength(1000)
  })

  it('sorts the list by name, not by id', () => {
    const list = [
      templateInfo('a', { name: 'Zebra', notes: '' }),
      templateInfo('z', { name: 'Alpha', notes: '' }),
    ].sort(byTemplateName)
    expect(list.map((t) => t.id)).toEqual(['z', 'a'])
  })
})
