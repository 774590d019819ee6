// An element at far zoom (below 25 %) while it must be DOM: selected, hovered, edited or dragged
// (Canvas.tsx). The far layer (FarLayer.tsx) draws every element's box, marks and connections on
// one canvas, so this is a transparent box over that picture that takes the pointer (click, drag,
// double-click, context menu), shows the selection ring, keeps the same "connect" handles as the
// full node (so a connection can start here and React Flow measures the same handle positions at
// either level of detail) and tells the element's details on hover (name, findings, capacity).
// Subscribes to this node's findings only. Runs in the renderer.
import { memo, type ReactNode } from 'react'
import type { NodeKind } from '../../../../shared/model/schema'
import { isContainer } from '../../design/geometry'
import { capacityLine } from '../../design/findings-view'
import { accessibleNodeName } from '../../design/kind-info'
import { useNodeFindings } from '../../store/findings'

export interface FarNodeViewProps {
  readonly id: string
  readonly kind: NodeKind
  readonly name: string
  readonly children: ReactNode
}

function FarNodeViewInner({ id, kind, name, children }: FarNodeViewProps) {
  const entry = useNodeFindings(id)
  const classes = ['cmg-node', `kind-${kind}`, isContainer(kind) ? 'is-container' : 'is-leaf', 'is-far-node']
  const findings = (entry?.findings ?? []).filter((f) => !f.suppressed).map((f) => `${f.ruleId}: ${f.title}`)
  const details = [accessibleNodeName(kind, name), ...findings, ...(entry?.capacity ?? []).map(capacityLine)]
  return (
    <div className={classes.join(' ')} title={details.join('\n')}>
      {children}
    </div>
  )
}

export const FarNodeView = memo(FarNodeViewInner)
