// The design at a phase, as presenting steps through it: the Contoso template's Today, Pilot and
// Target steps hold the right elements and connections, elements inside a later-phase container
// stay out with it, suppressions follow their elements, every step is itself a valid design, and
// the elements each step adds are the ones it introduces.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { DesignDocument } from '../../../src/shared/model/document'
import {
  designAtPhase,
  newAtPhase,
  presentationSteps,
} from '../../../src/renderer/src/presentation/phase-filter'

function template(name: string): DesignDocument {
  const loaded = parseDesignFile(
    readFileSync(join(__dirname, '../../../resources/templates', `${name}.cmgd`), 'utf8'),
  )
  if (!loaded.ok) throw new Error(loaded.error.message)
  return loaded.value.doc
}

const ids = (doc: DesignDocument) => doc.nodes.map((n) => n.id).sort()
const edgeIds = (doc: DesignDocument) => doc.edges.map((e) => e.id).sort()

describe('designAtPhase', () => {
  const contoso = template('contoso')

  it('shows today’s setup: the site with its site server and roles, nothing of the CMG yet', () => {
    const today = designAtPhase(contoso, 'today')
    expect(ids(today)).toEqual(['mp-nyc', 'scp-nyc', 'site-nyc', 'srv-nyc-ss', 'sup-nyc'])
    expect(today.edges).toEqual([])
  })

  it('adds the pilot’s CMG, first connection point and clients, with the connections between them', () => {
    const pilot = designAtPhase(contoso, 'pilot')
    expect(ids(pilot)).toEqual(
      [
        'cmg-granitefalls',
        'cp-nyc-1',
        'mp-nyc',
        'pop-roaming',
        'scp-nyc',
        'site-nyc',
        'srv-nyc-cp1',
        'srv-nyc-ss',
        'sub-contoso',
        'sup-nyc',
      ].sort(),
    )
    expect(edgeIds(pilot)).toEqual(
      [
        'e-assignedTo-pop-roaming-site-nyc',
        'e-createdAt-cmg-granitefalls-site-nyc',
        'e-linkedTo-cp-nyc-1-cmg-granitefalls',
      ].sort(),
    )
  })

  it('shows the whole design at the last phase, keeping the very same objects', () => {
    const target = designAtPhase(contoso, 'target')
    expect(target).toBe(contoso)
  })

  it('leaves out everything inside an element of a later phase, whatever their own phase', () => {
    const doc: DesignDocument = {
      ...contoso,
      // The second connection point's server is in "target"; its role claims "today".
      nodes: contoso.nodes.map((n) => (n.id === 'cp-nyc-2' ? { ...n, phase: 'today' } : n)),
    }
    expect(ids(designAtPhase(doc, 'pilot'))).not.toContain('cp-nyc-2')
    expect(ids(designAtPhase(doc, 'target'))).toContain('cp-nyc-2')
  })

  it('keeps only the suppressions of the elements that remain', () => {
    const doc: DesignDocument = {
      ...contoso,
      suppressions: [
        { ruleId: 'CMG-HA-001', nodeId: 'cmg-granitefalls', reason: 'pilot only' },
        { ruleId: 'MP-001', nodeId: 'mp-nyc', reason: 'known' },
      ],
    }
    expect(designAtPhase(doc, 'today').suppressions.map((s) => s.nodeId)).toEqual(['mp-nyc'])
  })

  it('gives a valid design at every phase', () => {
    for (const phase of contoso.design.phases) {
      const step = designAtPhase(contoso, phase.id)
      const checked = DesignDocument.safeParse(step)
      expect(checked.success, `${phase.id}: ${checked.error?.message ?? ''}`).toBe(true)
    }
  })

  it('treats an element whose phase is not listed as always present, and an unknown step as the whole design', () => {
    const doc: DesignDocument = {
      ...contoso,
      nodes: contoso.nodes.map((n) => (n.id === 'pop-roaming' ? { ...n, phase: 'gone' } : n)),
    }
    expect(ids(designAtPhase(doc, 'today'))).toContain('pop-roaming')
    expect(designAtPhase(contoso, 'no-such-phase')).toBe(contoso)
    expect(designAtPhase(contoso, null)).toBe(contoso)
  })
})

describe('steps', () => {
  it('are the design’s phases in order, or one step for a design without phases', () => {
    expect(presentationSteps(template('contoso').design.phases)).toEqual([
      { phaseId: 'today', name: 'Today' },
      { phaseId: 'pilot', name: 'Pilot' },
      { phaseId: 'target', name: 'Target' },
    ])
    expect(presentationSteps([])).toEqual([{ phaseId: null, name: 'Whole design' }])
    expect(presentationSteps([{ id: 'p1', name: '  ' }])).toEqual([{ phaseId: 'p1', name: 'p1' }])
  })

  it('know which elements each phase adds', () => {
    const contoso = template('contoso')
    expect(newAtPhase(contoso, 'today').size).toBe(0)
    expect([...newAtPhase(contoso, 'pilot')].sort()).toEqual(
      ['cmg-granitefalls', 'cp-nyc-1', 'pop-roaming', 'srv-nyc-cp1', 'sub-contoso'].sort(),
    )
    expect([...newAtPhase(contoso, 'target')].sort()).toEqual(['cp-nyc-2', 'srv-nyc-cp2'])
    expect(newAtPhase(contoso, null).size).toBe(0)
  })
})
