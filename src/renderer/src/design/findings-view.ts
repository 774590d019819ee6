// How findings and capacity rows read in the editor: usage ratios and levels, "8,000 / 12,000
// (67 %)", the most-used row of a node, the first limit a growing client count breaks, the what-if
// growth factor typed by the user, and counts per severity. Pure (no DOM, no React); runs in the
// renderer.
import type { CapacityRow, Finding, Severity } from '../../../shared/rules/types'
import { formatCount } from '../../../shared/util/format-count'

export type UsageLevel = 'ok' | 'high' | 'over'

/** Load divided by limit; a load on a zero limit counts as infinitely over. */
export function usage(row: Pick<CapacityRow, 'load' | 'limit'>): number {
  if (row.limit > 0) return row.load / row.limit
  return row.load > 0 ? Number.POSITIVE_INFINITY : 0
}

/** Over the limit, close to it (80 % or more), or fine. */
export function usageLevel(ratio: number): UsageLevel {
  if (ratio > 1) return 'over'
  if (ratio >= 0.8) return 'high'
  return 'ok'
}

/** "67 %", "<1 %" for a small non-zero use, "no capacity" when the limit is 0. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'no capacity'
  const pct = ratio * 100
  if (pct > 0 && pct < 1) return '<1 %'
  return `${formatCount(Math.round(pct))} %`
}

/** Whole numbers with separators; fractions (VMs per connection point) with one decimal. */
export function formatAmount(n: number): string {
  if (Number.isInteger(n)) return formatCount(n)
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** "8,000 / 12,000" */
export const loadOverLimit = (row: Pick<CapacityRow, 'load' | 'limit'>): string =>
  `${formatAmount(row.load)} / ${formatAmount(row.limit)}`

/** "Concurrent clients (…): 8,000 / 12,000 (67 %)" — one line of a node's capacity tooltip. */
export const capacityLine = (row: CapacityRow): string =>
  `${row.label}: ${loadOverLimit(row)} (${formatPercent(usage(row))})`

/** The row closest to (or furthest over) its limit. */
export function mostUsedRow(rows: readonly CapacityRow[]): CapacityRow | undefined {
  let best: CapacityRow | undefined
  for (const row of rows) if (!best || usage(row) > usage(best)) best = row
  return best
}

/** The row whose limit breaks at the smallest growth factor (the first to break as clients grow). */
export function firstToBreak(rows: readonly CapacityRow[]): CapacityRow | undefined {
  let best: CapacityRow | undefined
  for (const row of rows)
    if (row.breaksAtGrowth !== null && (!best || row.breaksAtGrowth < (best.breaksAtGrowth ?? Infinity)))
      best = row
  return best
}

/** "×1.5", "×1.14": a growth factor as the what-if panel shows it. */
export function formatGrowth(factor: number): string {
  return `×${factor.toLocaleString('en-US', { maximumFractionDigits: 2 })}`
}

/** The range of the what-if growth factor. */
export const GROWTH_MIN = 0.5
export const GROWTH_MAX = 5

/** A growth factor typed by the user ("1.6", "1,6", "×2"), or null when it is not a number in range. */
export function parseGrowth(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace(/^[×x]/i, '')
  const value = Number(trimmed)
  if (trimmed === '' || !Number.isFinite(value)) return null
  if (value < GROWTH_MIN || value > GROWTH_MAX) return null
  return Math.round(value * 100) / 100
}

export type SeverityCounts = Readonly<Record<Severity, number>>

/** Unsuppressed findings per severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) if (!f.suppressed) counts[f.severity]++
  return counts
}
