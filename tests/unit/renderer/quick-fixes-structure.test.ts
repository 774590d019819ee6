// Quick fixes for the structural completeness rules (docs/rules-catalogue-addendum.md A2 and
// CMG-STRUCT-006): where only one answer fits, the fix completes the structure, the result is a
// valid design, and the engine no longer reports the finding; where the user must choose, nothing
// is offered.
import { describe, expect, it } from 'vitest'
import { DesignDocument } from '../../../src/shared/model/document'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { Finding } from '../../../src/shared/rules/types'
import { quickFixesFor } from '../../../src/renderer/src/design/quick-fixes'
import { assignedToSecondary } from '../../../src/shared/testing/addendum-fixtures'
import { fixture } from '../../../src/shared/testing/fixture'

const findingOf = (doc: DesignDocument, ruleId: string): Finding => {
  const found = evaluateDesign(doc).findings.filter((f) => f.ruleId === ruleId)
  expect(found).toHaveLength(1)
  return found[0] as Finding
}

/** The only fix offered, applied: a valid design in which the rule no longer fires. */
function fixOnce(doc: DesignDocument, ruleId: string, label: string): DesignDocument {
  const fixes = quickFixesFor(doc, findingOf(doc, ruleId), {}, () => 0.5)
  expect(fixes.map((f) => f.label)).toEqual([label])
  const next = (fixes[0] as (typeof fixes)[number]).apply(doc)
  expect(DesignDocument.safeParse(next).success).toBe(true)
  expect(evaluateDesign(next).findings.filter((f) => f.ruleId === ruleId)).toEqual([])
  return next
}

describe('structural quick fixes', () => {
  it('CMG-STRUCT-001: assigns the population to the only primary', () => {
    const next = fixOnce(
      fixture('contoso').unedge('assignedTo', 'pop-roaming').build(),
      'CMG-STRUCT-001',
      'Assign to New York City HQ',
    )
    expect(next.edges.filter((e) => e.kind === 'assignedTo' && e.source === 'pop-roaming')).toHaveLength(1)
  })

  it('CMG-STRUCT-002: creates the CMG at the top-level site (the CAS in a hierarchy)', () => {
    fixOnce(
      fixture('contoso').unedge('createdAt', 'cmg-granitefalls').build(),
      'CMG-STRUCT-002',
      'Create it at New York City HQ (the top-level site)',
    )
    const next = fixOnce(
      fixture('fourth-coffee').unedge('createdAt', 'cmg-fc').build(),
      'CMG-STRUCT-002',
      'Create it at Seattle CAS (the top-level site)',
    )
    expect(next.edges.find((e) => e.kind === 'createdAt')?.target).toBe('site-sea-cas')
  })

  it('CMG-STRUCT-003: moves clients from a secondary to its parent primary, replacing the old assignment', () => {
    const next = fixOnce(assignedToSecondary().build(), 'CMG-STRUCT-003', 'Assign to New York City HQ')
    expect(
      next.edges.filter((e) => e.kind === 'assignedTo' && e.source === 'pop-roaming').map((e) => e.target),
    ).toEqual(['site-nyc'])
  })

  it('CMG-STRUCT-005: sets peak concurrency to the client count', () => {
    const next = fixOnce(
      fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 5000 }).build(),
      'CMG-STRUCT-005',
      'Set peak concurrency to the client count (1,000)',
    )
    expect(next.nodes.find((n) => n.id === 'pop-roaming')?.props).toMatchObject({ concurrent: 1000 })
  })

  it('CMG-STRUCT-006: links a connection point to the design’s only CMG', () => {
    fixOnce(
      fixture('contoso').unedge('linkedTo', 'cp-nyc-2').build(),
      'CMG-STRUCT-006',
      'Link to GraniteFalls',
    )
  })

  it('offers nothing where the user must choose: several primaries, a CAS with several children, no CMG', () => {
    const twoPrimaries = fixture('fourth-coffee').unedge('assignedTo', 'pop-sea').build()
    expect(quickFixesFor(twoPrimaries, findingOf(twoPrimaries, 'CMG-STRUCT-001'))).toEqual([])
    const atCas = fixture('fourth-coffee')
      .unedge('assignedTo', 'pop-sea')
      .edge('assignedTo', 'pop-sea', 'site-sea-cas')
      .build()
    expect(quickFixesFor(atCas, findingOf(atCas, 'CMG-STRUCT-003'))).toEqual([])
    const noCmg = fixture('contoso').remove('cmg-granitefalls').build()
    expect(quickFixesFor(noCmg, findingOf(noCmg, 'CMG-STRUCT-004'))).toEqual([])
  })
})
