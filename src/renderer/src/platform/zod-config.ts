// Imported first by the renderer's entry and its workers: tells zod not to probe `new Function`
// for its JIT. The strict CSP forbids eval, so the probe would only produce a CSP violation report.
import { z } from 'zod'

z.config({ jitless: true })
