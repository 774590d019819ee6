// The design report's findings chapter: the findings that are not suppressed, grouped by severity,
// most severe first. Pure; runs in the renderer's report worker and in the CLI
// (`cmg-designer report`).
import type { Design } from '../design-index'
import { el, fragment, p, severityIcon, type Html } from '../html'
import type { ReportInput } from '../report-input'
import { SEVERITIES } from '../topology-svg'
import { findingCard, SEVERITY_WORD } from './finding-card'

export function findings(input: ReportInput, design: Design): Html {
  const live = input.evaluation.findings.filter((f) => !f.suppressed)
  const groups = SEVERITIES.map((severity) => {
    const list = live.filter((f) => f.severity === severity)
    return el(
      'div',
      { class: `finding-group group-${severity}`, id: `findings-${severity}` },
      el('h3', {}, severityIcon(severity, 18), `${SEVERITY_WORD[severity].group} (${list.length})`),
      list.length === 0
        ? el('p', { class: 'empty' }, `No ${severity === 'info' ? 'information findings' : `${severity}s`}.`)
        : list.map((f, i) => findingCard(f, design, `finding-${severity}-${i + 1}`)),
    )
  })
  return fragment([
    p(
      'What the rules catalogue found, most severe first. Errors are unsupported or broken configurations; warnings are risks or departures from Microsoft’s recommendations; information findings are worth knowing. Each finding names the elements concerned, the fix, and the Microsoft Learn pages it relies on.',
    ),
    groups,
  ])
}
