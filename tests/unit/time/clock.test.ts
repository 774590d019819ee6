// The app's clocks: the pure date formatting in src/shared/time, and the one clock of main and of the
// command line, each pinned by CMG_DESIGNER_TODAY and otherwise the local date (read here through
// vitest's fake system time, never the real clock).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { today as cliToday } from '../../../src/cli/clock'
import { today as mainToday } from '../../../src/main/clock'
import { isCalendarDate, localDate, todayFrom } from '../../../src/shared/time/local-date'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('calendar dates', () => {
  it('writes the local date, not the UTC one, with two-digit months and days', () => {
    expect(localDate(new Date(2027, 0, 5, 0, 30))).toBe('2027-01-05')
    expect(localDate(new Date(2028, 1, 29, 23, 59))).toBe('2028-02-29')
  })

  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-1-05', false],
    ['today', false],
    ['', false],
  ])('%j is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected)
  })

  it('takes a pinned date when it is a calendar date, else the date of "now"', () => {
    const now = new Date(2029, 6, 4, 12)
    expect(todayFrom('2025-10-22', now)).toBe('2025-10-22')
    expect(todayFrom(undefined, now)).toBe('2029-07-04')
    expect(todayFrom('next tuesday', now)).toBe('2029-07-04')
  })
})

describe.each([
  ['main', mainToday],
  ['the command line', cliToday],
])("%s's clock", (_name, today) => {
  it('is the local date of the system clock', () => {
    vi.useFakeTimers({ now: new Date(2030, 2, 9, 8, 0) })
    vi.stubEnv('CMG_DESIGNER_TODAY', '')
    expect(today()).toBe('2030-03-09')
  })

  it('is pinned by CMG_DESIGNER_TODAY', () => {
    vi.useFakeTimers({ now: new Date(2030, 2, 9, 8, 0) })
    vi.stubEnv('CMG_DESIGNER_TODAY', '2028-02-29')
    expect(today()).toBe('2028-02-29')
  })
})
