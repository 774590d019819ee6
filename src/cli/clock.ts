// The command line's clock: the one place in the CLI that reads today's date (the report's cover
// date, and the reference for a design without an evaluation date). CMG_DESIGNER_TODAY=YYYY-MM-DD
// pins it, as in the app. Runs in Node.
import { todayFrom } from '../shared/time/local-date'

export function today(): string {
  return todayFrom(process.env.CMG_DESIGNER_TODAY, new Date())
}
