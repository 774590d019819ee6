// The closed set of reasons a design file cannot be loaded, and their user-facing wording. Pure.
export const LOAD_ERROR_CODES = [
  'NOT_JSON',
  'NOT_A_DESIGN_FILE',
  'FILE_TOO_NEW',
  'MIGRATION_FAILED',
  'INVALID_DOCUMENT',
  'FILE_TOO_LARGE',
] as const
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number]

export interface LoadError {
  readonly code: LoadErrorCode
  /** One sentence a user can act on. */
  readonly message: string
  /** For INVALID_DOCUMENT: each offending value as "path: problem", e.g. "nodes[3].props.vmCount: must be between 0 and 99". */
  readonly issues: readonly string[]
}

/** A short title for dialogs and CLI output. */
export function loadErrorTitle(code: LoadErrorCode): string {
  switch (code) {
    case 'NOT_JSON':
      return 'The file is damaged (not valid JSON)'
    case 'NOT_A_DESIGN_FILE':
      return 'This is not a CMG Designer file'
    case 'FILE_TOO_NEW':
      return 'The file was made by a newer version of CMG Designer'
    case 'MIGRATION_FAILED':
      return 'The file could not be upgraded from its older format'
    case 'INVALID_DOCUMENT':
      return 'The file contains invalid values'
    case 'FILE_TOO_LARGE':
      return 'The file is too large'
  }
}
