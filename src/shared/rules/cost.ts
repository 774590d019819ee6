// The monthly cost estimate per CMG and for the design (cmg-rules.md section 4.2), computed only from
// the design's own dated price book. Every assumption is listed beside the number; a price the book
// does not have makes that line (and the total) "unknown" — never a made-up figure. Pure.
import { cmgClients } from './capacity'
import { fmt, type RuleContext } from './context'

export interface CostLine {
  readonly item: 'vm' | 'egress' | 'storage'
  readonly label: string
  /** Monthly amount in the price book's currency; null when a price is unknown. */
  readonly monthly: number | null
  /** How the number was computed, or which price is missing. */
  readonly basis: string
}

export interface CmgCost {
  readonly nodeId: string
  readonly name: string
  readonly lines: readonly CostLine[]
  readonly monthly: number | null
}

export interface CostEstimate {
  readonly currency: string
  readonly asOf: string
  readonly cmgs: readonly CmgCost[]
  /** Total of every CMG; null when any price is unknown. */
  readonly monthly: number | null
  /** Known part of the total, for "at least …" when some prices are missing. */
  readonly knownMonthly: number
  readonly assumptions: readonly string[]
}

const money = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0)

export function estimateCost(ctx: RuleContext): CostEstimate {
  const book = ctx.doc.design.priceBook
  const cur = book.currency || 'currency units'
  const cmgs: CmgCost[] = ctx.cmgs.map((cmg) => {
    const rate = (book.vmHourly as Record<string, number | null>)[cmg.props.vmSize] ?? null
    const vmHours = cmg.props.vmCount * book.hoursPerMonth
    const vm: CostLine =
      rate === null
        ? {
            item: 'vm',
            label: 'Virtual machines',
            monthly: null,
            basis: `unknown: the price book has no hourly rate for ${cmg.props.vmSize}`,
          }
        : {
            item: 'vm',
            label: 'Virtual machines',
            monthly: vmHours * rate,
            basis: `${cmg.props.vmCount} × ${cmg.props.vmSize} × ${fmt(book.hoursPerMonth)} h × ${money(rate)} ${cur}/h`,
          }
    const clients = cmgClients(ctx, cmg)
    const egressGB = (clients * book.egressMBPerClientMonth) / 1024
    const egress: CostLine =
      book.egressPerGB === null
        ? {
            item: 'egress',
            label: 'Outbound data',
            monthly: null,
            basis: `unknown: the price book has no egress price (about ${fmt(egressGB)} GB a month)`,
          }
        : {
            item: 'egress',
            label: 'Outbound data',
            monthly: egressGB * book.egressPerGB,
            basis: `${fmt(clients)} clients × ${fmt(book.egressMBPerClientMonth)} MB = ${fmt(egressGB)} GB × ${money(book.egressPerGB)} ${cur}/GB`,
          }
    const storedGB = cmg.props.contentEnabled ? cmg.props.contentStorageGB : 0
    const storage: CostLine =
      storedGB === 0
        ? {
            item: 'storage',
            label: 'Content storage',
            monthly: 0,
            basis: cmg.props.contentEnabled
              ? 'no content planned (content storage 0 GB)'
              : 'content is not enabled on this CMG',
          }
        : book.storagePerGBMonth === null
          ? {
              item: 'storage',
              label: 'Content storage',
              monthly: null,
              basis: `unknown: the price book has no storage price (${fmt(storedGB)} GB stored)`,
            }
          : {
              item: 'storage',
              label: 'Content storage',
              monthly: storedGB * book.storagePerGBMonth,
              basis: `${fmt(storedGB)} GB × ${money(book.storagePerGBMonth)} ${cur}/GB-month`,
            }
    const lines = [vm, egress, storage]
    return {
      nodeId: cmg.id,
      name: cmg.name || cmg.id,
      lines,
      monthly: sumOrNull(lines.map((l) => l.monthly)),
    }
  })
  const assumptions = [
    `Prices from the design's price book${book.asOf ? ` dated ${book.asOf}` : ' (undated)'}${book.currency ? ` in ${book.currency}` : ''}; Microsoft publishes no CMG prices, so check them against the Azure pricing calculator for your region and agreement.`,
    `VMs run ${fmt(book.hoursPerMonth)} hours a month.`,
    `Outbound data: ${fmt(book.egressMBPerClientMonth)} MB per internet client per month (Microsoft's estimate is 100-300 MB, before content deployments); clients spread evenly over the CMGs they may use.`,
    'Not included: the public IP address, Key Vault operations, the server certificate, content downloads beyond the per-client estimate, and tiered bandwidth discounts.',
  ]
  const monthly = sumOrNull(cmgs.map((c) => c.monthly))
  const knownMonthly = cmgs.reduce((a, c) => a + c.lines.reduce((b, l) => b + (l.monthly ?? 0), 0), 0)
  return { currency: book.currency, asOf: book.asOf, cmgs, monthly, knownMonthly, assumptions }
}
