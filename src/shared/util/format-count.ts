// Numbers with thousands separators and at most three decimals ("12,500", "0.01"), exactly as
// toLocaleString('en-US') writes them, without starting up Intl: the first Intl call in a page
// costs 45-70 ms, and numbers are formatted while the window first draws (status bar, severity
// counts, the model's range messages built at import, such as the zoom's "between 0.01 and 100").
// Like Intl, it rounds the number's shortest decimal form (what String writes), half away from
// zero. Non-finite numbers and numbers of 1e21 or more go to toLocaleString. Pure.

/** From here on String writes an exponent. */
const EXPONENT_ABOVE = 1e21
/** Below this String writes an exponent; such numbers round to 0 at three decimals. */
const EXPONENT_BELOW = 1e-6
const DECIMALS = 3

/** The whole and fraction digits of `abs` (≥ 0) rounded to three decimals, trailing zeros kept. */
function roundedDigits(abs: number): [whole: string, fraction: string] {
  if (abs < EXPONENT_BELOW) return ['0', '']
  const [whole = '0', fraction = ''] = String(abs).split('.')
  if (fraction.length <= DECIMALS) return [whole, fraction]
  let scaled = BigInt(whole + fraction.slice(0, DECIMALS))
  if (fraction.charCodeAt(DECIMALS) >= '5'.charCodeAt(0)) scaled += 1n
  const digits = scaled.toString().padStart(DECIMALS + 1, '0')
  return [digits.slice(0, -DECIMALS), digits.slice(-DECIMALS)]
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= EXPONENT_ABOVE) return n.toLocaleString('en-US')
  const [whole, fraction] = roundedDigits(Math.abs(n))
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const decimals = fraction.replace(/0+$/, '')
  const negative = n < 0 || Object.is(n, -0)
  return `${negative ? '-' : ''}${grouped}${decimals === '' ? '' : `.${decimals}`}`
}
