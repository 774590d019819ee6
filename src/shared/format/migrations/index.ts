// The ordered list of schema migrations. Each step is pure, takes the raw JSON object of schema
// version N and returns the object of version N + 1. Contract (see README.md beside this file):
// a step is never edited once released, and every step has a committed fixture of its input
// version under tests/fixtures/files/v<N>/ that a meta-test loads.
//
// Schema version 1 is the first released version, so the list is empty today.

export interface MigrationStep {
  /** The schema version this step reads; it writes `from + 1`. */
  readonly from: number
  readonly description: string
  readonly up: (doc: Record<string, unknown>) => Record<string, unknown>
}

export const MIGRATIONS: readonly MigrationStep[] = []
