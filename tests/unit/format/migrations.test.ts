// The migration framework: steps run in order and purely, failures become MIGRATION_FAILED, and the
// meta-test fails if any registered step has no committed fixture of its input version that loads.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { MIGRATIONS, type MigrationStep } from '../../../src/shared/format/migrations'
import { migrate } from '../../../src/shared/format/migrate'
import { SCHEMA_VERSION } from '../../../src/shared/model/document'

const fixturesRoot = join(__dirname, '../../fixtures/files')
const contoso = () =>
  JSON.parse(readFileSync(join(__dirname, '../../../resources/templates/contoso.cmgd'), 'utf8'))

describe('registered migrations', () => {
  it('form an unbroken chain from schema version 1 to the current version', () => {
    expect(MIGRATIONS.map((s) => s.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))
  })

  for (const step of MIGRATIONS) {
    it(`step ${step.from}→${step.from + 1} is exercised by a committed fixture that loads`, () => {
      const dir = join(fixturesRoot, `v${step.from}`)
      expect(existsSync(dir), `${dir} is missing`).toBe(true)
      const files = readdirSync(dir).filter((f) => f.endsWith('.cmgd'))
      expect(files.length).toBeGreaterThan(0)
      for (const f of files) {
        const r = parseDesignFile(readFileSync(join(dir, f), 'utf8'))
        expect(r.ok, f).toBe(true)
        if (r.ok) expect(r.value.migratedFrom).toBe(step.from)
      }
    })
  }
})

describe('migrate()', () => {
  // A hypothetical history: v1 named the design "title", v2 renamed it to design.name, v3 adds notes.
  const steps: MigrationStep[] = [
    {
      from: 1,
      description: 'design.title → design.name',
      up: (d) => {
        const { title, ...design } = d.design as Record<string, unknown>
        return { ...d, design: { ...design, name: title } }
      },
    },
    {
      from: 2,
      description: 'notes default',
      up: (d) => ({ ...d, design: { ...(d.design as object), notes: 'migrated' } }),
    },
  ]

  it('runs every step in order, purely, and stamps each version', () => {
    const old = { schemaVersion: 1, design: { title: 'Contoso' } }
    const before = JSON.stringify(old)
    const r = migrate(old, 1, 3, steps)
    expect(r).toEqual({
      ok: true,
      value: { doc: { schemaVersion: 3, design: { name: 'Contoso', notes: 'migrated' } }, applied: [1, 2] },
    })
    expect(JSON.stringify(old)).toBe(before)
  })

  it('reports a step that throws as MIGRATION_FAILED naming the step', () => {
    const broken: MigrationStep[] = [
      {
        from: 1,
        description: 'boom',
        up: () => {
          throw new Error('bad data')
        },
      },
    ]
    const r = parseDesignFile(JSON.stringify({ ...contoso(), schemaVersion: 1 }), {
      migrations: broken,
      schemaVersion: 2,
    })
    expect(!r.ok && r.error.code).toBe('MIGRATION_FAILED')
    expect(!r.ok && r.error.message).toBe('migration 1→2 failed: bad data')
  })

  it('reports a missing step and a step that returns junk', () => {
    expect(migrate({ design: { title: 'x' } }, 1, 3, steps.slice(0, 1))).toEqual({
      ok: false,
      error: { from: 2, message: 'no migration from schema version 2 to 3' },
    })
    const junk: MigrationStep[] = [
      { from: 1, description: 'junk', up: () => [] as unknown as Record<string, unknown> },
    ]
    expect(migrate({}, 1, 2, junk).ok).toBe(false)
  })
})
