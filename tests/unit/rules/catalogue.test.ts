// The rules catalogue meta-test: the registry implements every rule the committed catalogue defines
// (docs/rules-catalogue*.md), each rule lives in catalogue/<prefix>/<RULE-ID>.ts and is listed in
// that folder's index.ts, and each has a cases file beside it (<RULE-ID>.cases.ts, found by glob) with at least one fixture on which it
// fires and one close variant on which it stays quiet; a cases file without its rule fails too.
// Each case runs through the full engine. Runs in vitest (Node).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { RULES } from '../../../src/shared/rules/registry'
import type { Rule } from '../../../src/shared/rules/types'
import type { RuleCases } from '../../../src/shared/testing/rule-cases'

const CATALOGUE = '../../../src/shared/rules/catalogue/'
const ruleFiles = import.meta.glob<Rule>(
  ['../../../src/shared/rules/catalogue/*/CMG-*.ts', '!../../../src/shared/rules/catalogue/*/*.cases.ts'],
  { eager: true, import: 'rule' },
)
const caseFiles = import.meta.glob<RuleCases>('../../../src/shared/rules/catalogue/*/CMG-*.cases.ts', {
  eager: true,
  import: 'default',
})

/** Where a rule's module lives, relative to this test: the folder is its id's prefix in lower case. */
const rulePath = (id: string): string => `${CATALOGUE}${(id.split('-')[1] ?? '').toLowerCase()}/${id}.ts`
const casesPath = (id: string): string => rulePath(id).replace(/\.ts$/, '.cases.ts')

/** The ids the catalogue, its addendum and the project's decisions define (their table rows). */
function catalogueIds(): string[] {
  const docs = join(__dirname, '..', '..', '..', 'docs')
  const text = ['rules-catalogue.md', 'rules-catalogue-addendum.md', 'rules-catalogue-decisions.md']
    .map((f) => readFileSync(join(docs, f), 'utf8'))
    .join('\n')
  return [...new Set([...text.matchAll(/^\| (CMG-[A-Z]+-\d{3}) \| [EWI]\b/gm)].map((m) => m[1] as string))]
}

describe('rules registry', () => {
  it('implements every rule the catalogue defines', () => {
    const ids = catalogueIds()
    expect(ids.length).toBeGreaterThan(0)
    const implemented = new Set(RULES.map((r) => r.id))
    expect(ids.filter((id) => !implemented.has(id))).toEqual([])
  })

  it('has each id once, each rule in catalogue/<prefix>/<RULE-ID>.ts', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    expect(Object.entries(ruleFiles).filter(([path, rule]) => path !== rulePath(rule.id))).toEqual([])
  })

  it("registers every rule module (one line in its folder's index.ts)", () => {
    const unlisted = Object.entries(ruleFiles).filter(([, rule]) => !RULES.includes(rule))
    expect(unlisted.map(([path]) => path.replace(CATALOGUE, 'catalogue/'))).toEqual([])
    expect(Object.keys(ruleFiles)).toHaveLength(RULES.length)
  })

  it('has no cases file without a rule beside it', () => {
    const strays = Object.keys(caseFiles).filter((p) => !(p.replace(/\.cases\.ts$/, '.ts') in ruleFiles))
    expect(strays).toEqual([])
  })
})

for (const rule of RULES) {
  describe(rule.id, () => {
    const cases = caseFiles[casesPath(rule.id)]
    it('has a firing fixture and a quiet variant', () => {
      expect(cases, `${casesPath(rule.id).replace(CATALOGUE, 'catalogue/')} is missing`).toBeDefined()
      expect(cases?.fires.length ?? 0).toBeGreaterThan(0)
      expect(cases?.quiet.length ?? 0).toBeGreaterThan(0)
    })
    for (const c of cases?.fires ?? []) {
      it(`fires: ${c.name}`, () => {
        const hits = evaluateDesign(c.design(), c.options).findings.filter(
          (f) => f.ruleId === rule.id && !f.suppressed,
        )
        expect(hits.length, `${rule.id} did not fire`).toBeGreaterThan(0)
        if (c.nodeId !== undefined)
          expect(hits.some((h) => h.nodeIds.includes(c.nodeId as string))).toBe(true)
        if (c.severity !== undefined) expect(hits.map((h) => h.severity)).toContain(c.severity)
        for (const h of hits) {
          expect(h.message.length).toBeGreaterThan(10)
          expect(h.docs.length).toBeGreaterThan(0)
        }
      })
    }
    for (const c of cases?.quiet ?? []) {
      it(`quiet: ${c.name}`, () => {
        const hits = evaluateDesign(c.design(), c.options).findings.filter(
          (f) => f.ruleId === rule.id && !f.suppressed,
        )
        expect(hits.map((h) => h.message)).toEqual([])
      })
    }
  })
}
