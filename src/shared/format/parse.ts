// The load pipeline: text → size check → JSON → envelope → "too new?" → migrations → strict schema
// with cross-reference checks. Pure and total: it returns a Result and never throws, whatever the
// input. Used by the app (main and renderer), the worker and the CLI, so "opens in the app" and
// "passes the CLI" mean the same thing.
import { DesignDocument, FORMAT_ID, FORMAT_VERSION, SCHEMA_VERSION } from '../model/document'
import { MAX_FILE_BYTES } from '../model/limits'
import { type Result, err, ok } from '../util/result'
import type { LoadError, LoadErrorCode } from './errors'
import { formatIssues } from './issue-path'
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
      const detail = e instanceof Error ? e.message : String(e)
      return fail('NOT_JSON', `The file is not valid JSON (${detail}); it may be truncated or damaged.`)
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
          ? `The file's "format" is ${JSON.stringify(envelope.format)}, not "${FORMAT_ID}".`
          : `The file is JSON but has no "format": "${FORMAT_ID}" marker.`,
      )
    if (!isPositiveInt(envelope.formatVersion))
      return fail(
        'NOT_A_DESIGN_FILE',
        'The file\'s "formatVersion" is missing or not a positive whole number.',
      )
    if (!isPositiveInt(envelope.schemaVersion))
      return fail(
        'NOT_A_DESIGN_FILE',
        'The file\'s "schemaVersion" is missing or not a positive whole number.',
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

    let candidate = envelope
    let migratedFrom: number | undefined
    if (envelope.schemaVersion < currentSchema) {
      const migrated = migrate(envelope, envelope.schemaVersion, currentSchema, steps)
      if (!migrated.ok) return fail('MIGRATION_FAILED', migrated.error.message)
      candidate = migrated.value.doc
      migratedFrom = envelope.schemaVersion
    }

    const parsed = DesignDocument.safeParse(candidate)
    if (!parsed.success) {
      const issues = formatIssues(parsed.error.issues)
      return fail(
        'INVALID_DOCUMENT',
        `The design has ${parsed.error.issues.length === 1 ? 'an invalid value' : `${parsed.error.issues.length} invalid values`}: ${issues[0] ?? ''}`,
        issues,
      )
    }
    return ok(migratedFrom === undefined ? { doc: parsed.data } : { doc: parsed.data, migratedFrom })
  } catch (e) {
    // Defence in depth: a bug above must not crash the caller or lose the user's file.
    return fail(
      'INVALID_DOCUMENT',
      `The file could not be read: ${e instanceof Error ? e.message : String(e)}`,
    )
  }
}
