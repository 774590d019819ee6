// What the CLI knows about each file it was given: either the evaluated design or the reason it
// could not be evaluated, plus the exit code for a whole run. A file's bytes go through the app's
// own loader (a design file, or a PNG or SVG image the app exported), so the CLI accepts and refuses
// what the app does, with the same messages. Pure (no I/O): index.ts reads the files and the
// format-*.ts modules turn these reports into text, JSON or SARIF.
import type { ImageKind } from '../shared/format/embedded'
import { loadErrorTitle, type LoadErrorCode } from '../shared/format/errors'
import { loadDesignBytes } from '../shared/format/load'
import type { DesignDocument } from '../shared/model/document'
import { evaluateDesign, type Evaluation } from '../shared/rules/engine'
import type { EvaluationOptions } from '../shared/rules/context'

/** Load errors of the shared pipeline, plus the two only the CLI can hit. */
export type FileErrorCode = LoadErrorCode | 'READ_FAILED' | 'EVALUATION_FAILED'

export interface FileError {
  readonly code: FileErrorCode
  readonly message: string
  readonly issues: readonly string[]
}

interface FileIdentity {
  /** The path as the user typed it. */
  readonly file: string
  /** The path relative to the working directory as a URI reference (SARIF artifactLocation.uri). */
  readonly uri: string
}

export interface EvaluatedFile extends FileIdentity {
  readonly kind: 'evaluated'
  readonly doc: DesignDocument
  readonly evaluation: Evaluation
  /** The design's JSON text, to point SARIF results at the line that declares a node. */
  readonly source: string
  /** Set when the design came out of an exported PNG or SVG image (its lines are not the file's). */
  readonly embeddedIn?: ImageKind
  /** The older schema version the file was migrated from in memory, if it was. */
  readonly migratedFrom?: number
}

export interface FailedFile extends FileIdentity {
  readonly kind: 'failed'
  readonly error: FileError
}

export type FileReport = EvaluatedFile | FailedFile

export function fileErrorTitle(code: FileErrorCode): string {
  switch (code) {
    case 'READ_FAILED':
      return 'The file could not be read'
    case 'EVALUATION_FAILED':
      return 'The rules could not be evaluated (a bug in CMG Designer)'
    default:
      return loadErrorTitle(code)
  }
}

/** Runs the app's loader and the rules engine on a file's bytes; never throws. */
export function evaluateFile(
  identity: FileIdentity,
  bytes: Uint8Array,
  options: EvaluationOptions,
): FileReport {
  const loaded = loadDesignBytes(bytes)
  if (!loaded.ok) return { kind: 'failed', ...identity, error: loaded.error }
  const { doc, migratedFrom, text: source, embeddedIn } = loaded.value
  try {
    const evaluation = evaluateDesign(doc, options)
    return {
      kind: 'evaluated',
      ...identity,
      doc,
      evaluation,
      source,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
      ...(embeddedIn === undefined ? {} : { embeddedIn }),
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return {
      kind: 'failed',
      ...identity,
      error: {
        code: 'EVALUATION_FAILED',
        message: `The rules engine stopped with an error: ${detail}`,
        issues: [],
      },
    }
  }
}

/** 2 when any file could not be loaded or evaluated, else 1 when any has unsuppressed errors, else 0. */
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.kind === 'failed')) return 2
  return reports.some((r) => r.kind === 'evaluated' && r.evaluation.summary.errors > 0) ? 1 : 0
}
