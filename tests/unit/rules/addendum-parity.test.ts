// The command-line tool and the rules worker give the same findings for every fixture of
// docs/rules-catalogue-addendum.md and docs/rules-catalogue-decisions.md: the CLI path (the file's
// bytes through the app's loader and the engine) against the worker path (the design sent as a
// delta, rebuilt and evaluated), both with the same host-supplied today. Complements the e2e parity
// test on templates.
import { describe, expect, it } from 'vitest'
import { evaluateFile } from '../../../src/cli/report'
import { DesignReceiver, DesignSender } from '../../../src/renderer/src/validation/design-delta'
import type { DesignDocument } from '../../../src/shared/model/document'
import { serializeDesign } from '../../../src/shared/format/serialize'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { Finding } from '../../../src/shared/rules/types'
import { assignedToSecondary, cmgDeleted, twoCmgs } from '../../../src/shared/testing/addendum-fixtures'
import { fixture } from '../../../src/shared/testing/fixture'
import { TEST_TODAY } from '../../support/today'

/** The host's today on both sides: the suites' pinned day. */
const TODAY = TEST_TODAY
const FIXTURES: readonly [string, () => DesignDocument][] = [
  ['population with no site', () => fixture('contoso').unedge('assignedTo', 'pop-roaming').build()],
  ['CMG with no site', () => fixture('fourth-coffee').unedge('createdAt', 'cmg-fc').build()],
  ['clients at a secondary', () => assignedToSecondary().build()],
  ['CMG deleted', () => cmgDeleted().build()],
  [
    'peak above count',
    () => fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 5000 }).build(),
  ],
  ['17 VMs', () => fixture('contoso').props('cmg-granitefalls', { vmCount: 17 }).build()],
  ['0 VMs', () => fixture('contoso').props('cmg-granitefalls', { vmCount: 0 }).build()],
  ['two CMGs, 16,000 clients', () => twoCmgs().props('pop-roaming', { count: 16000 }).build()],
  ['connection point linked to no CMG', () => fixture('contoso').unedge('linkedTo', 'cp-nyc-2').build()],
  [
    'no evaluation date',
    () => fixture('contoso').design({ cmVersion: 2107, evaluationDate: undefined }).build(),
  ],
]

const shape = (findings: readonly Finding[]) =>
  findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    nodeIds: f.nodeIds,
    message: f.message,
    fix: f.fix,
  }))

describe('CLI and worker agree on the addendum fixtures', () => {
  for (const [name, design] of FIXTURES)
    it(name, () => {
      const doc = design()
      const cli = evaluateFile(
        { file: 'f.cmgd', uri: 'f.cmgd' },
        new TextEncoder().encode(serializeDesign(doc)),
        { today: TODAY },
      )
      if (cli.kind !== 'evaluated') throw new Error(`the CLI refused the fixture: ${cli.error.message}`)
      const received = new DesignReceiver().apply(new DesignSender().encode(doc))
      const worker = evaluateDesign(received, { growth: 1, today: TODAY })
      expect(shape(cli.evaluation.findings)).toEqual(shape(worker.findings))
      expect(cli.evaluation.findings.length).toBeGreaterThan(0)
    })
})
