// Calendar dates as the app writes them (YYYY-MM-DD in local time). Pure: it formats a Date it is
// given and never reads the clock. Each shell has exactly one clock that calls it: main's `today`
// (src/main/clock.ts), the CLI's (src/cli/clock.ts) and the web adapter's (platform/web-adapter.ts);
// the renderer asks main for today through app:info. Runs everywhere.

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** The local calendar date as YYYY-MM-DD (not UTC: a design made at 00:30 is dated that day). */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`
}

/** "14:05": the local time of day, for "saved at" notes beside a localDate. */
export function localTimeOfDay(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD (2028-02-29 yes, 2027-02-29 no). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Today as the app sees it: `pinned` when it is a calendar date (the clock override that tests and
 * scripted runs set), otherwise the local date of `now`. Each shell's clock is this, called once.
 */
export function todayFrom(pinned: string | undefined, now: Date): string {
  return pinned !== undefined && isCalendarDate(pinned) ? pinned : localDate(now)
}
