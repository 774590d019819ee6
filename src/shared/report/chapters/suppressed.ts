// The design report's suppressed findings chapter: each finding the design team accepted with its
// reason, and the suppressions that no longer match a finding. Pure; runs in the renderer's report
// worker and in the CLI (`cmg-designer report`).
import type { Design } from '../design-index'
import { el, fragment, p, table, type Html } from '../html'
import type { ReportInput } from '../report-input'
import { findingCard } from './finding-card'

export function suppressed(input: ReportInput, design: Design): Html {
  const list = input.evaluation.findings.filter((f) => f.suppressed)
  const matched = new Set<string>()
  for (const f of list) for (const id of f.nodeIds) matched.add(`${f.ruleId}\u0000${id}`)
  const stale = input.doc.suppressions.filter((s) => !matched.has(`${s.ruleId}\u0000${s.nodeId}`))
  return fragment([
    p(
      'Findings the design team accepted, each with the reason recorded in the design. They are not counted as errors, warnings or information.',
    ),
    list.length === 0
      ? el('p', { class: 'empty' }, 'No finding is suppressed.')
      : list.map((f, i) => findingCard(f, design, `suppressed-${i + 1}`)),
    stale.length === 0
      ? ''
      : [
          el('h3', {}, 'Suppressions that match no current finding'),
          table(
            'stale-suppressions',
            [{ label: 'Rule' }, { label: 'Element' }, { label: 'Reason' }],
            stale.map((s) => [el('code', {}, s.ruleId), design.describe(s.nodeId), s.reason]),
            '',
          ),
        ],
  ])
}
