// The bottom status bar: element and connection counts, selection size, the rules check's status,
// the what-if factor when one is in force, ConfigMgr version, file name and zoom. Subscribes narrowly (counts, zoom) so drags do not
// re-render it. Runs in the renderer.
import { useStore } from '@xyflow/react'
import { useDocument } from '../store/document'
import { useSelection } from '../store/selection'
import { FindingsStatus } from './FindingsStatus'
import { WhatIfChip } from './WhatIfChip'
import { formatCount } from '../../../shared/util/format-count'
import './StatusBar.css'

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

export function StatusBar() {
  const nodeCount = useDocument((s) => s.doc.nodes.length)
  const edgeCount = useDocument((s) => s.doc.edges.length)
  const cmVersion = useDocument((s) => s.doc.design.cmVersion)
  const fileName = useDocument((s) => s.fileName)
  const selected = useSelection((s) => s.nodeIds.size + s.edgeIds.size)
  const zoom = useStore((s) => s.transform[2])
  return (
    <footer className="status-bar">
      <span data-testid="status-counts">
        {plural(nodeCount, 'element', 'elements')} · {plural(edgeCount, 'connection', 'connections')}
      </span>
      {selected > 0 ? <span>{selected} selected</span> : null}
      <FindingsStatus />
      <WhatIfChip where="status bar" />
      <span className="status-spacer" />
      <span>ConfigMgr {cmVersion}</span>
      <span>{fileName}</span>
      <span data-testid="status-zoom">Zoom {Math.round(zoom * 100)}%</span>
    </footer>
  )
}
