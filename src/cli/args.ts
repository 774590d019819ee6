// The command line of `cmg-designer`: parses argv (node:util parseArgs) into a command (validate,
// report, import or export), and holds the usage text. Runs in Node; no I/O, so index.ts decides where output goes.
import { parseArgs } from 'node:util'
import { CM_VERSIONS, type CmVersion } from '../shared/model/versions'
import { PICTURE_THEMES, type PictureTheme } from '../shared/report/topology-svg'

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

export interface ReportCommand {
  readonly kind: 'report'
  readonly file: string
  /** Where to write the HTML report. */
  readonly output: string
  readonly cmVersion?: CmVersion
  readonly growth?: number
}

export interface ImportCommand {
  readonly kind: 'import'
  /** Configuration Manager export files (CSV or JSON). */
  readonly files: readonly string[]
  /** Where to write the design. */
  readonly output: string
}

export const EXPORT_FORMATS = ['svg', 'png', 'drawio', 'pptx', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const EXPORT_SCALES = [1, 2, 3] as const
export type ExportScale = (typeof EXPORT_SCALES)[number]

export interface ExportCommand {
  readonly kind: 'export'
  /** A design file, or a PNG or SVG image the app exported. */
  readonly file: string
  readonly output: string
  readonly format: ExportFormat
  /** A phase's id or name, as typed; undefined for the whole design. */
  readonly phase?: string
  readonly theme: PictureTheme
  readonly scale: ExportScale
  readonly legend: boolean
}

export type Command =
  | ValidateCommand
  | ReportCommand
  | ImportCommand
  | ExportCommand
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  | { readonly kind: 'usageError'; readonly message: string }

export const MAIN_USAGE = `Usage: cmg-designer <command> [options]

Commands:
  validate <file...>   Check design files (.cmgd) against the CMG rules catalogue
  report <file> -o <out.html>
                       Write the design report: one self-contained HTML file, printable to PDF
  import <export...> -o <design.cmgd>
                       Build a design of an existing hierarchy from Configuration Manager exports
  export <file> -o <out.svg|png|drawio|pptx|html>
                       Write the design's picture (SVG, PNG), a draw.io diagram or the report

Options:
  -h, --help           Show help (also: cmg-designer validate --help, cmg-designer export --help…)
  -v, --version        Show the version

Exit codes of validate: 0 no unsuppressed errors, 1 unsuppressed errors, 2 a file could not be
read or is not a valid design, or the command line is wrong. report exits 0 when it wrote the
report (whatever the findings) and 2 otherwise; import and export exit 0 when they wrote the file
and 2 otherwise.
`

export const VALIDATE_USAGE = `Usage: cmg-designer validate <file...> [--format text|json|sarif] [--cm-version N] [--growth F]

Checks CMG Designer design files (or PNG and SVG images exported from the app, which carry the
design) against the rules catalogue and prints, for each file, the
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

export const REPORT_USAGE = `Usage: cmg-designer report <file> -o <out.html> [--cm-version N] [--growth F]

Writes the design report of one design file: a single self-contained HTML file (no scripts, no
network access, opens offline in any browser and prints to A4 PDF) with a cover, the topology
picture, the bill of materials, the capacity table, the cost estimate with its assumptions, the
findings by severity with fixes and Microsoft Learn links, suppressed findings with their reasons,
phases and notes.

The report is written to a temporary file beside <out.html> and then renamed, so <out.html> is
either the previous file or the complete new report, never a partial one. Nothing else is written.

Options:
  -o, --output <out.html> The file to write (required); it is replaced if it exists, but never
                          when it is the design file itself
  --cm-version <N>        Evaluate as if the design targeted this ConfigMgr version, one of
                          ${CM_VERSIONS.join(', ')}
                          (the file is not changed)
  --growth <F>            Multiply every client population by F (what-if growth), a number
                          greater than 0 and at most ${MAX_GROWTH}
  -h, --help              Show this help

Exit codes: 0 the report was written (even when the design has errors: the report documents them),
2 the design file could not be read or is not a valid design, the report could not be written, or
the command line is wrong.
`

export const IMPORT_USAGE = `Usage: cmg-designer import <export...> -o <design.cmgd>

Builds a design of the hierarchy a customer runs today from Configuration Manager exports, CSV
(Export-Csv, SSMS "Save Results As") or JSON (ConvertTo-Json), of these classes or views, in any
order and column order (see docs/import.md for the exact commands):
  SMS_Site / v_Site                              sites and their hierarchy
  SMS_SystemResourceList / v_SystemResourceList  servers and site system roles
  SMS_BoundaryGroup / vSMS_BoundaryGroup         boundary groups
  SMS_AzureService                               cloud management gateways, cloud DPs

Prints the import report: what was created, roles not modelled, unknown roles, rows skipped and,
for every element, the properties the exports do not carry (they keep the designer's defaults and
are also listed in the design's notes). A file that is damaged or not one of these exports stops
the import, and nothing is written.

The design is written to a temporary file beside <design.cmgd> and then renamed, so
<design.cmgd> is either the previous file or the complete new design.

Options:
  -o, --output <design.cmgd>  The design file to write (required); it is replaced if it exists,
                              but never when it is one of the export files
  -h, --help                  Show this help

Exit codes: 0 the design was written, 2 an export could not be read or imported, the design could
not be written, or the command line is wrong.
`

export const EXPORT_USAGE = `Usage: cmg-designer export <file> -o <out> [--format svg|png|drawio|pptx|html]
                          [--phase P] [--theme light|dark] [--scale 1|2|3] [--no-legend]

Writes one design file (.cmgd, or a PNG or SVG image the app exported) as:
  svg     the design's picture, as in the report: plain SVG (shapes, text, paths) with every
          element's full name, phase tags, finding markers and a legend; carries the design
  png     the same picture rasterised; carries the design (open it in the app to go on editing)
  drawio  a draw.io / diagrams.net diagram: one shape per element (containers hold their
          children), one connector per connection, the element's properties as shape data
  pptx    a PowerPoint deck: a title slide, one slide per phase (the picture at that phase, what
          it adds, its findings and capacity), a findings slide and a capacity and cost slide
  html    the design report (as "cmg-designer report")
The format comes from the extension of <out> (.svg, .png, .drawio, .pptx, .html) unless --format says.
The file is written to a temporary file beside <out> and then renamed.

Options:
  -o, --output <out>      The file to write (required); replaced if it exists, but never when it is
                          the design file itself
  -f, --format <format>   svg, png, drawio, pptx or html
  --phase <P>             Draw the design as it stands at this phase (its id or its name): elements
                          of later phases are left out (svg, png, drawio)
  --theme <theme>         light (default) or dark (svg, png, pptx)
  --scale <N>             1, 2 (default) or 3: pixels per picture unit of a PNG (png, pptx)
  --no-legend             Leave the legend out of the picture (svg, png, pptx)
  -h, --help              Show this help

Exit codes: 0 the file was written, 2 the design file could not be read or is not a valid design,
the phase does not exist, the file could not be written, or the command line is wrong.
`

/** Printed under a command-line mistake. */
export const USAGE_HINT = `Usage: cmg-designer validate <file...> [--format text|json|sarif] [--cm-version N] [--growth F]
       cmg-designer report <file> -o <out.html> [--cm-version N] [--growth F]
       cmg-designer import <export...> -o <design.cmgd>
       cmg-designer export <file> -o <out.svg|png|drawio|pptx|html> [--phase P] [--theme T] [--scale N]
Run "cmg-designer <command> --help" (validate, report, import or export) for details.
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

/** The options that take a value, by every spelling, with their long name. */
const VALUE_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['--format', '--format'],
  ['-f', '--format'],
  ['--output', '--output'],
  ['-o', '--output'],
  ['--cm-version', '--cm-version'],
  ['--growth', '--growth'],
  ['--phase', '--phase'],
  ['--theme', '--theme'],
  ['--scale', '--scale'],
])

/**
 * Joins an option and a following value that starts with "-" ("--growth -1" → "--growth=-1"), so
 * the value is checked as that option's value instead of being refused as another option.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const long = VALUE_OPTIONS.get(arg)
    const next = argv[i + 1]
    if (long !== undefined && next !== undefined && next.startsWith('-') && next !== '--') {
      out.push(`${long}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** The format of an export: --format, else the output's extension. */
function exportFormat(output: string, format: string | undefined): ExportFormat | string {
  if (format !== undefined)
    return (EXPORT_FORMATS as readonly string[]).includes(format)
      ? (format as ExportFormat)
      : `--format of export must be one of ${EXPORT_FORMATS.join(', ')}; got "${format}".`
  const extension = /\.([A-Za-z]+)$/.exec(output)?.[1]?.toLowerCase()
  const byExtension = extension === 'htm' ? 'html' : extension
  return (EXPORT_FORMATS as readonly string[]).includes(byExtension ?? '')
    ? (byExtension as ExportFormat)
    : `cannot tell the format from "${output}"; name it .svg, .png, .drawio, .pptx or .html, or give --format.`
}

interface ExportValues {
  readonly format?: string | undefined
  readonly output?: string | undefined
  readonly 'cm-version'?: string | undefined
  readonly growth?: string | undefined
  readonly phase?: string | undefined
  readonly theme?: string | undefined
  readonly scale?: string | undefined
  readonly 'no-legend'?: boolean | undefined
}

function parseExport(files: readonly string[], values: ExportValues): Command {
  if (values['cm-version'] !== undefined || values.growth !== undefined)
    return usageError('--cm-version and --growth are options of validate and report.')
  if (files.length !== 1)
    return usageError(
      files.length === 0
        ? 'export needs a design file.'
        : `export takes one design file; got ${files.length}.`,
    )
  const output = values.output
  if (output === undefined || output.trim() === '')
    return usageError('export needs -o <out>, the file to write (.svg, .png, .drawio, .pptx or .html).')
  const format = exportFormat(output, values.format)
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return usageError(format)
  const theme = values.theme ?? 'light'
  if (!(PICTURE_THEMES as readonly string[]).includes(theme))
    return usageError(`--theme must be one of ${PICTURE_THEMES.join(', ')}; got "${theme}".`)
  const scale = values.scale === undefined ? 2 : Number(values.scale.trim())
  if (!(EXPORT_SCALES as readonly number[]).includes(scale))
    return usageError(`--scale must be one of ${EXPORT_SCALES.join(', ')}; got "${values.scale ?? ''}".`)
  const notFor = (option: string, formats: string): Command =>
    usageError(`${option} applies to ${formats} exports, not ${format}.`)
  if (values.scale !== undefined && format !== 'png' && format !== 'pptx')
    return notFor('--scale', 'png and pptx')
  if (
    (values.theme !== undefined || values['no-legend'] === true) &&
    format !== 'svg' &&
    format !== 'png' &&
    format !== 'pptx'
  )
    return notFor(values.theme !== undefined ? '--theme' : '--no-legend', 'svg, png and pptx')
  if (values.phase !== undefined && (format === 'html' || format === 'pptx'))
    return notFor('--phase', 'svg, png and drawio')
  if (values.phase !== undefined && values.phase.trim() === '') return usageError('--phase needs a phase.')
  return {
    kind: 'export',
    file: files[0] as string,
    output,
    format: format as ExportFormat,
    ...(values.phase === undefined ? {} : { phase: values.phase }),
    theme: theme as PictureTheme,
    scale: scale as ExportScale,
    legend: values['no-legend'] !== true,
  }
}

/** Turns the arguments after the program name into a command; never throws. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: joinDashValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'cm-version': { type: 'string' },
        growth: { type: 'string' },
        phase: { type: 'string' },
        theme: { type: 'string' },
        scale: { type: 'string' },
        'no-legend': { type: 'boolean' },
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
  if (command !== 'validate' && command !== 'report' && command !== 'import' && command !== 'export')
    return usageError(
      `Unknown command "${command}"; the commands are "validate", "report", "import" and "export".`,
    )
  if (values.help)
    return {
      kind: 'help',
      text: { report: REPORT_USAGE, import: IMPORT_USAGE, export: EXPORT_USAGE, validate: VALIDATE_USAGE }[
        command
      ],
    }
  if (values.version) return usageError('--version takes no command.')
  if (command === 'export') return parseExport(files, values)
  const pictureOption = (['phase', 'theme', 'scale', 'no-legend'] as const).find(
    (o) => values[o] !== undefined,
  )
  if (pictureOption !== undefined) return usageError(`--${pictureOption} is an option of export.`)
  if (command === 'import') {
    if (values.format !== undefined || values['cm-version'] !== undefined || values.growth !== undefined)
      return usageError(
        'import takes only -o <design.cmgd>; --format, --cm-version and --growth are options of validate and report.',
      )
    if (files.length === 0) return usageError('import needs at least one Configuration Manager export file.')
    if (values.output === undefined || values.output.trim() === '')
      return usageError('import needs -o <design.cmgd>, the design file to write.')
    return { kind: 'import', files, output: values.output }
  }
  if (command === 'report') {
    if (values.format !== undefined)
      return usageError('--format is an option of validate; report always writes HTML.')
    if (files.length !== 1)
      return usageError(
        files.length === 0
          ? 'report needs a design file.'
          : `report takes one design file; got ${files.length}.`,
      )
    if (values.output === undefined || values.output.trim() === '')
      return usageError('report needs -o <out.html>, the file to write the report to.')
  } else {
    if (values.output !== undefined) return usageError('-o/--output is an option of report and import.')
    if (files.length === 0) return usageError('validate needs at least one design file.')
  }

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
  const whatIf = {
    ...(cmVersion === undefined ? {} : { cmVersion }),
    ...(growth === undefined ? {} : { growth }),
  }
  if (command === 'report')
    return { kind: 'report', file: files[0] as string, output: values.output as string, ...whatIf }
  return { kind: 'validate', files, format: format as OutputFormat, ...whatIf }
}
