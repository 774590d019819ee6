// Runs schema migrations in order on a raw JSON object. Pure; never throws: a step that throws or
// returns something that is not an object becomes a MIGRATION_FAILED result naming the step.
import { type Result, err, ok } from '../util/result'
import type { MigrationStep } from './migrations'

export interface MigrationFailure {
  readonly from: number
  readonly message: string
}

export interface Migrated {
  readonly doc: Record<string, unknown>
  /** The `from` versions of the steps that ran, in order. */
  readonly applied: readonly number[]
}

export function migrate(
  doc: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  steps: readonly MigrationStep[],
): Result<Migrated, MigrationFailure> {
  let current = doc
  const applied: number[] = []
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps.find((s) => s.from === v)
    if (!step) return err({ from: v, message: `no migration from schema version ${v} to ${v + 1}` })
    try {
      const next = step.up(current)
      if (typeof next !== 'object' || next === null || Array.isArray(next))
        return err({ from: v, message: `migration ${v}→${v + 1} did not return an object` })
      current = { ...next, schemaVersion: v + 1 }
    } catch (e) {
      return err({
        from: v,
        message: `migration ${v}→${v + 1} failed: ${e instanceof Error ? e.message : String(e)}`,
      })
    }
    applied.push(v)
  }
  return ok({ doc: current, applied })
}
