// How capacity rows and growth factors read in the editor: percentages (including a zero limit),
// the usage level that colours bars, the most-used row of a node, the first limit to break as
// clients grow, and parsing of the what-if factor a user types.
import { describe, expect, it } from 'vitest'
import type { CapacityRow } from '../../../src/shared/rules/types'
import {
  capacityLine,
  countBySeverity,
  firstToBreak,
  formatPercent,
  mostUsedRow,
  parseGrowth,
  usage,
  usageLevel,
} from '../../../src/renderer/src/design/findings-view'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'

const row = (load: number, limit: number, breaksAtGrowth: number | null = null): CapacityRow => ({
  nodeId: 'n',
  metric: 'mpClients',
  label: 'Clients per MP',
  load,
  limit,
  ruleId: 'CMG-CAP-004',
  breaksAtGrowth,
})

describe('findings view', () => {
  it('reads usage as a percentage and a level, a zero limit as "no capacity"', () => {
    expect(formatPercent(usage(row(8000, 12000)))).toBe('67 %')
    expect(formatPercent(usage(row(3, 25000)))).toBe('<1 %')
    expect(formatPercent(usage(row(0, 25000)))).toBe('0 %')
    expect(formatPercent(usage(row(10, 0)))).toBe('no capacity')
    expect(usageLevel(usage(row(10, 0)))).toBe('over')
    expect(usageLevel(0.79)).toBe('ok')
    expect(usageLevel(1)).toBe('high')
    expect(usageLevel(1.07)).toBe('over')
    expect(capacityLine(row(12800, 12000))).toBe('Clients per MP: 12,800 / 12,000 (107 %)')
    expect(capacityLine(row(4 / 3, 4))).toBe('Clients per MP: 1.3 / 4 (33 %)')
  })

  it('picks the most-used row and the first limit to break', () => {
    const rows = [row(100, 1000, 10), row(900, 1000, 1.11), row(5, 4, null)]
    expect(mostUsedRow(rows)).toBe(rows[2])
    expect(firstToBreak(rows)).toBe(rows[1])
    expect(firstToBreak([row(1, 4, null)])).toBeUndefined()
  })

  it('the first limit to break in Contoso is the CMG at ×1.5', () => {
    const evaluation = evaluateDesign(fixture('contoso').build())
    const first = firstToBreak(evaluation.capacity)
    expect(first).toMatchObject({
      nodeId: 'cmg-granitefalls',
      metric: 'concurrentClients',
      breaksAtGrowth: 1.5,
    })
    expect(countBySeverity(evaluation.findings)).toEqual({ error: 0, warning: 0, info: 2 })
  })

  it('parses a typed growth factor within ×0.5 … ×5', () => {
    expect(parseGrowth('1.6')).toBe(1.6)
    expect(parseGrowth(' 1,6 ')).toBe(1.6)
    expect(parseGrowth('×2')).toBe(2)
    expect(parseGrowth('1.234')).toBe(1.23)
    expect(parseGrowth('0.4')).toBeNull()
    expect(parseGrowth('5.1')).toBeNull()
    expect(parseGrowth('')).toBeNull()
    expect(parseGrowth('abc')).toBeNull()
  })
})
