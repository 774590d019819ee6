// The one "today" of the test suites. The app's clocks are pinned to it (main's and the CLI's through
// CMG_DESIGNER_TODAY, the browser build's through window.__cmgToday, set by the e2e fixture), and
// tests compute date-dependent expectations from it, so the suites pass on any day. `npm test` runs
// the date-sensitive suites again with CMG_TEST_TODAY set a year ahead and a year back.
import { isCalendarDate } from '../../src/shared/time/local-date'

/** A fixed day, deliberately not the day this was written: what matters is that it is pinned. */
const DEFAULT_TEST_TODAY = '2027-06-15'

function testToday(): string {
  const pinned = process.env.CMG_TEST_TODAY
  if (pinned === undefined || pinned === '') return DEFAULT_TEST_TODAY
  if (!isCalendarDate(pinned))
    throw new Error(`CMG_TEST_TODAY must be a date written YYYY-MM-DD, not "${pinned}"`)
  return pinned
}

export const TEST_TODAY = testToday()

/** The environment for a spawned CLI or main process whose clock reads TEST_TODAY. */
export const PINNED_CLOCK_ENV = { CMG_DESIGNER_TODAY: TEST_TODAY } as const
