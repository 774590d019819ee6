// Main's clock: the one place in the main process that reads today's date. Templates are dated with
// it, and the renderer gets it through app:info. CMG_DESIGNER_TODAY=YYYY-MM-DD pins it (tests and
// scripted runs); anything else in that variable is ignored. Runs in the Electron main process.
import { todayFrom } from '../shared/time/local-date'

export function today(): string {
  return todayFrom(process.env.CMG_DESIGNER_TODAY, new Date())
}
