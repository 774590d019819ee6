// The design report's number formats (counts, counted nouns, growth factors, money) and how it names
// an element without a name. What the report calls element kinds and their values is declared with
// each kind (src/shared/kinds). Pure.
import type { DesignNode } from '../model/schema'

/** The element's own name, or its id when it has none. */
export const nodeName = (n: DesignNode): string => (n.name.trim() !== '' ? n.name : n.id)

/**
 * The two number formats of formatNumber, made on first use and kept: toLocaleString builds a new
 * formatter on every call, which cost seconds over the tens of thousands of numbers in the report of
 * a large design (and no Intl start-up happens at import).
 */
let numberFormats: { whole: Intl.NumberFormat; oneDecimal: Intl.NumberFormat } | undefined

/** "8,000"; small fractional loads keep one decimal ("0.5"), as the CLI prints them. */
export function formatNumber(n: number): string {
  numberFormats ??= {
    whole: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  }
  return (Math.abs(n) < 10 && !Number.isInteger(n) ? numberFormats.oneDecimal : numberFormats.whole).format(n)
}

/** "1 site", "8,000 clients": a count with its noun, singular for exactly one. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`

/** "×1.5", "×3.13": a growth factor with at most two decimals. */
export const formatFactor = (f: number): string => `×${Number(f.toFixed(2)).toLocaleString('en-US')}`

/** "1,234.50" */
export const formatMoney = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
