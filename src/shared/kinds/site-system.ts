// What the site-system roles (management point, software update point, distribution point,
// service connection point, CMG connection point) share: their drawn size, the client-connections
// setting and the "CMG traffic" flag of their summaries. Pure.
import { z } from 'zod'
import { field } from './field'
import { flag, type Size, type SummaryLine } from './kind'

export const ROLE_SIZE: Size = { width: 170, height: 46 }

export const CLIENT_CONNECTIONS = ['intranet', 'internet', 'both'] as const

const CLIENT_CONNECTIONS_LABEL = {
  intranet: 'Intranet only',
  internet: 'Internet only',
  both: 'Intranet and internet',
} as const satisfies Record<(typeof CLIENT_CONNECTIONS)[number], string>

export const clientConnections = (help?: string) =>
  field(z.enum(CLIENT_CONNECTIONS).default('intranet'), {
    label: 'Client connections',
    options: CLIENT_CONNECTIONS_LABEL,
    ...(help === undefined ? {} : { help }),
  })

export const cmgTraffic = (allowed: boolean): SummaryLine => flag(allowed, 'CMG traffic', 'No CMG traffic')
