// The findings store's grouping by element: an element's entry keeps its identity while its
// findings and capacity rows read the same (so its badge does not re-render), and is new when
// any of them changes, a capacity row's label included.
import { describe, expect, it } from 'vitest'
import { groupByNode } from '../../../src/renderer/src/store/findings'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'

const evaluation = (): Evaluation => evaluateDesign(fixture('contoso').build(), { today: '2026-11-27' })

describe('groupByNode', () => {
  it('keeps every entry of an evaluation that reads the same', () => {
    const first = groupByNode(evaluation(), new Map())
    const second = groupByNode(evaluation(), first)
    expect(second.size).toBe(first.size)
    for (const [id, entry] of second) expect(entry, id).toBe(first.get(id))
  })

  it("gives a new entry to an element whose finding or capacity row's words changed, and only to it", () => {
    const base = evaluation()
    const first = groupByNode(base, new Map())
    // A row on an element the finding does not name, so that each change alone must renew its entry.
    const [finding] = base.findings
    const row = base.capacity.find((r) => !finding?.nodeIds.includes(r.nodeId))
    expect(row && finding).toBeTruthy()
    const changed: Evaluation = {
      ...base,
      capacity: base.capacity.map((r) => (r === row ? { ...r, label: `${r.label} (changed)` } : r)),
      findings: base.findings.map((f) => (f === finding ? { ...f, message: `${f.message} (changed)` } : f)),
    }
    const second = groupByNode(changed, first)
    const touched = new Set([row!.nodeId, ...finding!.nodeIds])
    for (const [id, entry] of second)
      if (touched.has(id)) expect(entry, id).not.toBe(first.get(id))
      else expect(entry, id).toBe(first.get(id))
  })
})
