// The rules engine's marks on one node: a severity badge ("⛔ 2 ⚠ 1" drawn as icons with counts,
// worst first, named "2 errors, 1 warning" for assistive technology by words only it reads; a
// click selects the node and opens the Problems tab) and, on capacity-bearing nodes (CMG,
// connection point, MP, SUP, site), a bar for the most-used capacity row whose tooltip lists every
// row. Subscribes to this node's entry in the findings store only, so one node's findings never
// re-render the others. Runs in the renderer.
import { memo, type MouseEvent } from 'react'
import type { Severity } from '../../../../shared/rules/types'
import { SEVERITIES, StateIcon, countLabel } from '../../components/SeverityIcon'
import {
  capacityLine,
  countBySeverity,
  formatPercent,
  mostUsedRow,
  usage,
  usageLevel,
} from '../../design/findings-view'
import { showSideTab } from '../../store/side-tab'
import { useNodeFindings, type NodeFindings } from '../../store/findings'
import { selectOnly } from '../../store/selection'
import './NodeStatus.css'

export interface NodeStatusProps {
  readonly nodeId: string
}

function SeverityBadge({ nodeId, entry }: { nodeId: string; entry: NodeFindings }) {
  const counts = countBySeverity(entry.findings)
  const present = SEVERITIES.filter((s: Severity) => counts[s] > 0)
  if (present.length === 0) return null
  const titles = entry.findings
    .filter((f) => !f.suppressed)
    .map((f) => `${f.ruleId}: ${f.title}`)
    .join('\n')
  const onClick = (event: MouseEvent) => {
    event.stopPropagation()
    selectOnly([nodeId])
    showSideTab('problems')
  }
  return (
    <button
      type="button"
      className={`node-badge nodrag nopan worst-${present[0]}`}
      title={`${titles}\n\nClick to see them in the Problems panel.`}
      onClick={onClick}
    >
      {present.map((s, i) => {
        const label = countLabel(s, counts[s])
        return (
          <span key={s} className={`node-badge-part sev-${s}`}>
            <StateIcon name={s} size={12} />
            {counts[s]}
            <span className="visually-hidden">
              {label.slice(label.indexOf(' '))}
              {i < present.length - 1 ? ', ' : ''}
            </span>
          </span>
        )
      })}
    </button>
  )
}

function CapacityBar({ entry }: { entry: NodeFindings }) {
  const row = mostUsedRow(entry.capacity)
  if (!row) return null
  const ratio = usage(row)
  const level = usageLevel(ratio)
  const percent = formatPercent(ratio)
  return (
    <div
      className={`node-capacity level-${level}`}
      role="meter"
      aria-label={`Capacity: ${row.label}`}
      aria-valuemin={0}
      aria-valuemax={row.limit}
      aria-valuenow={Math.min(row.load, row.limit)}
      aria-valuetext={`${capacityLine(row)}${level === 'over' ? ', over the limit' : ''}`}
      title={entry.capacity.map(capacityLine).join('\n')}
    >
      <span className="node-capacity-track">
        <span className="node-capacity-fill" style={{ width: `${Math.min(100, ratio * 100)}%` }} />
      </span>
      <span className="node-capacity-text">{level === 'over' ? `Over · ${percent}` : percent}</span>
    </div>
  )
}

function NodeStatusView({ nodeId }: NodeStatusProps) {
  const entry = useNodeFindings(nodeId)
  if (!entry) return null
  return (
    <>
      <SeverityBadge nodeId={nodeId} entry={entry} />
      <CapacityBar entry={entry} />
    </>
  )
}

export const NodeStatus = memo(NodeStatusView)
