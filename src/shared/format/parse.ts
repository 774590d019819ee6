// The load pipeline: text → size check → JSON → envelope → "too new?" → no property named twice →
// migrations → strict schema with cross-reference checks. Pure and total: it returns a Result and
// never throws, whatever the input. Every refusal names the offending value's path and what was
// found there, with control and bidi characters escaped. Used by the app (main and renderer), the
// worker and the CLI, so "opens in the app" and "passes the CLI" mean the same thing.
import { DesignDocument, FORMAT_ID, FORMAT_VERSION, SCHEMA_VERSION } from '../model/document'
import { MAX_FILE_BYTES } from '../model/limits'
import { type Result, err, ok } from '../util/result'
import { escapeTerminalText } from '../util/terminal-text'
import { findDuplicateKeys } from './duplicate-keys'
import type { LoadError, LoadErrorCode } from './errors'
import { describeValue, formatIssues, formatPath } from './issue-path'
import { migrate } from './migrate'
import { MIGRATIONS, type MigrationStep } from './migrations'

export interface LoadedDesign {
  readonly doc: DesignDocument
  /** The schema version the file had when it was older than the app's; the design is then unsaved. */
  readonly migratedFrom?: number
}

export interface ParseOptions {
  readonly maxBytes?: number
  /** Tests substitute their own migration list; the app always uses MIGRATIONS. */
  readonly migrations?: readonly MigrationStep[]
  readonly schemaVersion?: number
}

const fail = (code: LoadErrorCode, message: string, issues: string[] = []) =>
  err<LoadError>({ code, message, issues })

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1

/** ", line 3, column 14" for the "position N" a JSON.parse message names, or "". */
function lineAndColumn(text: string, message: string): string {
  const match = /position (\d+)/.exec(message)
  if (!match) return ''
  const position = Math.min(Number(match[1]), text.length)
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return `, line ${line}, column ${position - lineStart + 1}`
}

/** "is missing" or "is 1.5", for the envelope's version numbers. */
const found = (envelope: Record<string, unknown>, key: string): string =>
  key in envelope ? `is ${describeValue(envelope[key])}` : 'is missing'

const invalid = (issues: string[], total = issues.length) =>
  fail(
    'INVALID_DOCUMENT',
    `The design has ${total === 1 ? 'an invalid value' : `${total} invalid values`}: ${issues[0] ?? ''}`,
    issues,
  )

export function parseDesignFile(text: string, options: ParseOptions = {}): Result<LoadedDesign, LoadError> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES
  const steps = options.migrations ?? MIGRATIONS
  const currentSchema = options.schemaVersion ?? SCHEMA_VERSION
  try {
    if (typeof text !== 'string') return fail('NOT_JSON', 'The file is not text.')
    if (text.length > maxBytes || utf8ByteLength(text) > maxBytes)
      return fail(
        'FILE_TOO_LARGE',
        `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, the most a design may be.`,
      )
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text

    let raw: unknown
    try {
      raw = JSON.parse(body)
    } catch (e) {
      const detail = escapeTerminalText(e instanceof Error ? e.message : String(e))
      return fail(
        'NOT_JSON',
        `The file is not valid JSON (${detail}${lineAndColumn(body, detail)}); it may be truncated or damaged.`,
      )
    }

    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return fail(
        'NOT_A_DESIGN_FILE',
        'The file is JSON but not a CMG Designer design (it is not a JSON object).',
      )
    const envelope = raw as Record<string, unknown>
    if (envelope.format !== FORMAT_ID)
      return fail(
        'NOT_A_DESIGN_FILE',
        'format' in envelope
          ? `The file's "format" is ${describeValue(envelope.format)}, not "${FORMAT_ID}".`
          : `The file is JSON but has no "format": "${FORMAT_ID}" marker.`,
      )
    if (!isPositiveInt(envelope.formatVersion))
      return fail(
        'NOT_A_DESIGN_FILE',
        `The file's "formatVersion" ${found(envelope, 'formatVersion')}; it must be a positive whole number.`,
      )
    if (!isPositiveInt(envelope.schemaVersion))
      return fail(
        'NOT_A_DESIGN_FILE',
        `The file's "schemaVersion" ${found(envelope, 'schemaVersion')}; it must be a positive whole number.`,
      )
    if (envelope.formatVersion > FORMAT_VERSION)
      return fail(
        'FILE_TOO_NEW',
        `The file uses format version ${envelope.formatVersion}; this app reads up to version ${FORMAT_VERSION}. Open it with a newer CMG Designer.`,
      )
    if (envelope.schemaVersion > currentSchema)
      return fail(
        'FILE_TOO_NEW',
        `The file uses schema version ${envelope.schemaVersion}; this app reads up to version ${currentSchema}. Open it with a newer CMG Designer.`,
      )

    const duplicates = findDuplicateKeys(body)
    if (duplicates.length > 0)
      return invalid(
        duplicates.map(
          (d) =>
            `${formatPath([...d.path, d.key])}: is given more than once in the same object; each property may appear only once`,
        ),
      )

    let candidate = envelope
    let migratedFrom: number | undefined
    if (envelope.schemaVersion < currentSchema) {
      const migrated = migrate(envelope, envelope.schemaVersion, currentSchema, steps)
      if (!migrated.ok) return fail('MIGRATION_FAILED', escapeTerminalText(migrated.error.message))
      candidate = migrated.value.doc
      migratedFrom = envelope.schemaVersion
    }

    // reportInput: each issue carries the rejected value, so the message can say what was found.
    const parsed = DesignDocument.safeParse(candidate, { reportInput: true })
    if (!parsed.success) return invalid(formatIssues(parsed.error.issues), parsed.error.issues.length)
    return ok(migratedFrom === undefined ? { doc: parsed.data } : { doc: parsed.data, migratedFrom })
  } catch (e) {
    // Defence in depth: a bug above must not crash the caller or lose the user's file.
    return fail(
      'INVALID_DOCUMENT',
      `The file could not be read: ${escapeTerminalText(e instanceof Error ? e.message : String(e))}`,
    )
  }
}
