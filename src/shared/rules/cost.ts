// The monthly cost estimate per CMG and for the design (docs/rules-catalogue.md section 4.2),
// computed only from the design's own dated price book, for the VM size each CMG really runs and at
// most 16 VMs (addendum A3.3). Every assumption is listed beside the number; a price the book does
// not have makes that line (and the total) "unknown" — never a made-up figure. Pure.
import { cmgClients } from './capacity'
import { CMG_MAX_VMS, counted, fmt, type CmgNode, type RuleContext } from './context'

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

/** "0.2", "9.8", "1,563": gigabytes, with one decimal below 10 so a small figure never reads "0". */
export const gb = (n: number): string =>
  n < 10 ? n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : fmt(n)

const money = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0)

/**
 * Why a CMG is priced at other than the size and VM count in the file: classic, ASM and pre-2107
 * VMSS CMGs always run Standard_A2_v2, and a CMG runs at most 16 VMs. Shared with CMG-COST-001.
 */
export function vmCostNotes(ctx: RuleContext, cmg: CmgNode): string[] {
  const notes: string[] = []
  const size = ctx.runSize(cmg)
  if (size !== cmg.props.vmSize) {
    const which =
      cmg.props.method === 'classic'
        ? 'classic CMGs'
        : cmg.props.method === 'asm'
          ? 'Azure Service Manager CMGs'
          : `VMSS CMGs before 2107 (the design targets ${ctx.v})`
    notes.push(`${which} always run ${size}; the design's ${cmg.props.vmSize} isn't used`)
  }
  if (cmg.props.vmCount > CMG_MAX_VMS)
    notes.push(`a CMG runs at most ${CMG_MAX_VMS} VMs; the design says ${fmt(cmg.props.vmCount)}`)
  return notes
}

export function estimateCost(ctx: RuleContext): CostEstimate {
  const book = ctx.design.priceBook
  const cur = book.currency || 'currency units'
  const cmgs: CmgCost[] = ctx.cmgs.map((cmg) => {
    // Priced at the size the CMG really runs, for at most 16 VMs (addendum A3.3).
    const size = ctx.runSize(cmg)
    const vms = ctx.vms(cmg)
    const rate = (book.vmHourly as Record<string, number | null>)[size] ?? null
    const vmHours = vms * book.hoursPerMonth
    const notes = vmCostNotes(ctx, cmg)
      .map((n) => `; ${n}`)
      .join('')
    const vm: CostLine =
      rate === null
        ? {
            item: 'vm',
            label: 'Virtual machines',
            monthly: null,
            basis: `unknown: the price book has no hourly rate for ${size}${notes}`,
          }
        : {
            item: 'vm',
            label: 'Virtual machines',
            monthly: vmHours * rate,
            basis: `${vms} × ${size} × ${fmt(book.hoursPerMonth)} h × ${money(rate)} ${cur}/h${notes}`,
          }
    const clients = cmgClients(ctx, cmg)
    const egressGB = (clients * book.egressMBPerClientMonth) / 1024
    const egress: CostLine =
      book.egressPerGB === null
        ? {
            item: 'egress',
            label: 'Outbound data',
            monthly: null,
            basis: `unknown: the price book has no egress price (about ${gb(egressGB)} GB a month)`,
          }
        : {
            item: 'egress',
            label: 'Outbound data',
            monthly: egressGB * book.egressPerGB,
            basis: `${counted(clients, 'client')} × ${fmt(book.egressMBPerClientMonth)} MB = ${gb(egressGB)} GB × ${money(book.egressPerGB)} ${cur}/GB`,
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
