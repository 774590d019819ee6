// The design report's phases chapter: which elements each phase of the design adds and how many are
// present after it. Pure; runs in the renderer's report worker and in the CLI
// (`cmg-designer report`).
import type { DesignNode } from '../../model/schema'
import { KIND_TAG } from '../../kinds'
import { phaseSteps } from '../design-steps'
import { el, fragment, p, table, type Content, type Html } from '../html'
import { formatNumber, nodeName, plural } from '../labels'
import type { ReportInput } from '../report-input'

export function phases(input: ReportInput): Html {
  const list = input.doc.design.phases
  const steps = phaseSteps(input.doc)
  const names = (nodes: readonly DesignNode[]): Content =>
    nodes.length === 0
      ? el('span', { class: 'muted' }, 'nothing new')
      : el(
          'ul',
          { class: 'phase-elements' },
          nodes.map((n) =>
            el('li', {}, el('span', { class: 'role-tag' }, KIND_TAG[n.kind]), ' ', nodeName(n)),
          ),
        )
  let cumulative = steps.fromStart.length
  const rows: Content[][] = [
    [el('strong', {}, 'From the start'), names(steps.fromStart), formatNumber(cumulative)],
  ]
  list.forEach((ph, i) => {
    const added = steps.added[i] ?? []
    cumulative += added.length
    rows.push([el('strong', {}, ph.name), names(added), formatNumber(cumulative)])
  })
  return fragment([
    p(
      `The design is presented in ${plural(list.length, 'phase')}: ${list.map((ph) => ph.name).join(' → ')}. An element appears from its phase onward; an element inside a container appears no earlier than its container.`,
    ),
    table(
      'phases',
      [{ label: 'Phase' }, { label: 'Elements added' }, { label: 'Elements present', cls: 'num' }],
      rows,
      '',
    ),
  ])
}
