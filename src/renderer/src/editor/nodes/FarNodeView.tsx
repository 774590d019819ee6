// An element at far zoom (below 25 %, where its text would be under 3 px): a box in its kind's
// colour with a large dot for its worst error or warning and a thick bar for its most-used capacity
// row, and the same "connect" handles as the full node (so React Flow measures the same handle
// positions at either level of detail). No text, icons or buttons: at 1,000 elements those would be
// most of the cost of opening and dragging (docs/performance.md). Subscribes to this node's findings
// only. Runs in the renderer.
import { memo, type ReactNode } from 'react'
import type { NodeKind } from '../../../../shared/model/schema'
import { isContainer } from '../../design/geometry'
import { mostUsedRow, usage, usageLevel } from '../../design/findings-view'
import { useNodeFindings } from '../../store/findings'

export interface FarNodeViewProps {
  readonly id: string
  readonly kind: NodeKind
  readonly children: ReactNode
}

function FarNodeViewInner({ id, kind, children }: FarNodeViewProps) {
  const entry = useNodeFindings(id)
  const classes = ['cmg-node', `kind-${kind}`, isContainer(kind) ? 'is-container' : 'is-leaf', 'is-far-node']
  if (entry?.worst === 'error' || entry?.worst === 'warning') classes.push(`worst-${entry.worst}`)
  const row = entry ? mostUsedRow(entry.capacity) : undefined
  const ratio = row ? usage(row) : 0
  return (
    <div className={classes.join(' ')}>
      {row ? (
        <span className={`far-capacity level-${usageLevel(ratio)}`}>
          <span style={{ width: `${Math.min(100, ratio * 100)}%` }} />
        </span>
      ) : null}
      {children}
    </div>
  )
}

export const FarNodeView = memo(FarNodeViewInner)
