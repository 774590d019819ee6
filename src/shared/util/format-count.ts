// Whole numbers with thousands separators ("12,500"), exactly as toLocaleString('en-US') writes them,
// without starting up Intl: the first Intl call in a page costs 45-60 ms, and counts are formatted
// while the window first draws (status bar, severity counts, the model's range messages built at
// import). Other numbers go to toLocaleString as before. Pure.

export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US')
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${digits}` : digits
}
