// The site element: a CAS, primary or secondary site holding its servers. Pure.
import { z } from 'zod'
import { MAX_NAME } from '../model/limits'
import { bool, text } from '../model/primitives'
import { field } from './field'
import { defineKind } from './kind'

export const SITE_TYPES = ['cas', 'primary', 'secondary'] as const

export const SITE_TYPE_LABEL = {
  cas: 'Central administration site',
  primary: 'Primary site',
  secondary: 'Secondary site',
} as const satisfies Record<(typeof SITE_TYPES)[number], string>

export const SiteProps = z.strictObject({
  siteCode: field(
    z
      .string({ error: 'must be a string' })
      .regex(/^([A-Za-z0-9]{3})?$/, { error: 'must be 3 letters or digits' })
      .default(''),
    {
      label: 'Site code',
      help: 'Three letters or digits, unique in the hierarchy (for example NYC).',
      placeholder: 'ABC',
    },
  ),
  type: field(z.enum(SITE_TYPES).default('primary'), {
    label: 'Site type',
    options: SITE_TYPE_LABEL,
    help: 'A CMG is created at the CAS or a primary site; CMG connection points belong on primary sites. Secondary sites host neither.',
  }),
  location: field(text(MAX_NAME).default(''), {
    label: 'Location',
    help: 'Datacenter or city; shown on the canvas and in the report only.',
  }),
  commSecurity: field(z.enum(['httpsOnly', 'httpsOrHttp']).default('httpsOrHttp'), {
    label: 'Client communication',
    options: { httpsOnly: 'HTTPS only', httpsOrHttp: 'HTTPS or HTTP' },
    help: 'HTTPS or HTTP is the console default. HTTP-only communication was deprecated in 2103 and removed in 2403: use Enhanced HTTP or HTTPS only.',
  }),
  ehttpEnabled: field(bool(true), {
    label: 'Enhanced HTTP',
    help: '"Use Configuration Manager-generated certificates for HTTP site systems". Lets an HTTP management point accept CMG traffic; effectively required from 2403 unless the site is HTTPS only.',
  }),
  usePkiClientCertWhenAvailable: field(bool(false), {
    label: 'Use PKI client certificate when available',
    help: 'Must be on for a primary whose internet clients authenticate with PKI client certificates.',
  }),
  clientsCheckCrl: field(bool(false), {
    label: 'Clients check the CRL',
    help: 'Clients check the certificate revocation list of site systems; turn off when no CRL is published.',
  }),
  restrictedCtl: field(bool(false), {
    label: 'Restricted trusted root list',
    help: 'The site trusts only your issuing root CAs. Without it any client certificate chaining to a trusted root (public CAs too) can register.',
  }),
  sqlEdition: field(z.enum(['standard', 'enterprise']).default('enterprise'), {
    label: 'SQL Server edition',
    options: { standard: 'Standard', enterprise: 'Enterprise' },
    help: 'Matters at a CAS: with SQL Server Standard the hierarchy supports at most 50,000 clients.',
  }),
  usesSoftwareUpdates: field(bool(true), {
    label: 'Uses software updates',
    help: 'The CAS and every primary that manages software updates need a software update point.',
  }),
})

export const site = defineKind({
  props: SiteProps,
  label: 'Site',
  tag: 'Site',
  inFindings: 'Site',
  phrase: 'a site',
  namePrefix: 'Site',
  nameStyle: 'words',
  idPrefix: 'site',
  group: 'Hierarchy',
  hint: 'CAS, primary or secondary site; holds its servers',
  size: { width: 260, height: 176 },
  container: { header: 56, padX: 20, padBottom: 20, gap: 20, flow: 'row' },
  colour: { line: '#4f46e5', fill: '#f4f4ff' },
  form: [
    { title: 'Site', fields: ['siteCode', 'type', 'location'] },
    {
      title: 'Communication security',
      fields: [
        'commSecurity',
        'ehttpEnabled',
        'usePkiClientCertWhenAvailable',
        'clientsCheckCrl',
        'restrictedCtl',
      ],
    },
    { title: 'Database and updates', fields: ['sqlEdition', 'usesSoftwareUpdates'] },
  ],
  oneLine: false,
  summary: (p) => [
    { text: `${p.siteCode === '' ? 'No site code' : p.siteCode} · ${SITE_TYPE_LABEL[p.type]}` },
  ],
})
