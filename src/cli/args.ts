// The command line of `cmg-designer`: parses argv (node:util parseArgs) into a command, and holds the
// usage text. Runs in Node; no I/O, so index.ts decides where output goes.
import { parseArgs } from 'node:util'
import { CM_VERSIONS, type CmVersion } from '../shared/model/versions'

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const MAX_GROWTH = 100

export interface ValidateCommand {
  readonly kind: 'validate'
  readonly files: readonly string[]
  readonly format: OutputFormat
  readonly cmVersion?: CmVersion
  readonly growth?: number
}

export type Command =
  | ValidateCommand
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  | { readonly kind: 'usageError'; readonly message: string }

export const MAIN_USAGE = `Usage: cmg-designer <command> [options]

Commands:
  validate <file...>   Check design files (.cmgd) against the CMG rules catalogue

Options:
  -h, --help           Show help (also: cmg-designer validate --help)
  -v, --version        Show the version

Exit codes: 0 no unsuppressed errors, 1 unsuppressed errors, 2 a file could not be read or is not
a valid design, or the command line is wrong.
`

export const VALIDATE_USAGE = `Usage: cmg-designer validate <file...> [--format text|json|sarif] [--cm-version N] [--growth F]

Checks CMG Designer design files against the rules catalogue and prints, for each file, the
findings (errors, warnings, info and suppressed findings with their reasons), the capacity of every
CMG, connection point, management point, software update point and site, and the growth headroom.

Options:
  -f, --format <format>   text (default, for people), json (one object per file; an array for
                          several files) or sarif (SARIF 2.1.0, for code scanning)
  --cm-version <N>        Evaluate as if the design targeted this ConfigMgr version, one of
                          ${CM_VERSIONS.join(', ')}
                          (the file is not changed)
  --growth <F>            Multiply every client population by F (what-if growth), a number
                          greater than 0 and at most ${MAX_GROWTH}; for example 1.5 or 3
  -h, --help              Show this help

Exit codes: 0 no unsuppressed errors in any file, 1 unsuppressed errors, 2 a file could not be
read or is not a valid design, or the command line is wrong.
`

/** Printed under a command-line mistake. */
export const USAGE_HINT = `Usage: cmg-designer validate <file...> [--format text|json|sarif] [--cm-version N] [--growth F]
Run "cmg-designer validate --help" for details.
`

const usageError = (message: string): Command => ({ kind: 'usageError', message })

function parseCmVersion(raw: string): CmVersion | string {
  const n = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN
  const version = CM_VERSIONS.find((v) => v === n)
  return version ?? `--cm-version must be one of ${CM_VERSIONS.join(', ')}; got "${raw}".`
}

function parseGrowth(raw: string): number | string {
  const n = raw.trim() === '' ? Number.NaN : Number(raw)
  if (!Number.isFinite(n) || n <= 0 || n > MAX_GROWTH)
    return `--growth must be a number greater than 0 and at most ${MAX_GROWTH}; got "${raw}".`
  return n
}

/** parseArgs's messages, shortened: its advice about "--" for positionals only confuses here. */
function describeParseError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined
  const message = e instanceof Error ? e.message : String(e)
  const option = /'(-[^']*)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `Unknown option "${option}".`
  return message
}

/** Turns the arguments after the program name into a command; never throws. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'cm-version': { type: 'string' },
        growth: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (e) {
    return usageError(describeParseError(e))
  }
  const { values, positionals } = parsed
  const [command, ...files] = positionals
  if (values.version && command === undefined) return { kind: 'version' }
  if (command === undefined)
    return values.help ? { kind: 'help', text: MAIN_USAGE } : usageError('No command given.')
  if (command !== 'validate')
    return usageError(`Unknown command "${command}"; the only command is "validate".`)
  if (values.help) return { kind: 'help', text: VALIDATE_USAGE }
  if (values.version) return usageError('--version takes no command.')
  if (files.length === 0) return usageError('validate needs at least one design file.')

  const format = values.format ?? 'text'
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    return usageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got "${format}".`)

  let cmVersion: CmVersion | undefined
  if (values['cm-version'] !== undefined) {
    const v = parseCmVersion(values['cm-version'])
    if (typeof v === 'string') return usageError(v)
    cmVersion = v
  }
  let growth: number | undefined
  if (values.growth !== undefined) {
    const g = parseGrowth(values.growth)
    if (typeof g === 'string') return usageError(g)
    growth = g
  }
  return {
    kind: 'validate',
    files,
    format: format as OutputFormat,
    ...(cmVersion === undefined ? {} : { cmVersion }),
    ...(growth === undefined ? {} : { growth }),
  }
}
