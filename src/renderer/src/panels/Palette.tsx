// The element palette (left): every kind grouped as ConfigMgr people think of them. Drag an item
// onto the canvas, or focus it and press Enter (or click) to add it to the selected container or at
// the centre of the view. Runs in the renderer.
import { useStoreApi } from '@xyflow/react'
import { useCallback, type DragEvent } from 'react'
import { NODE_KINDS, type NodeKind } from '../../../shared/model/schema'
import { KINDS, PALETTE_GROUPS } from '../../../shared/kinds'
import { KindIcon } from '../editor/nodes/KindIcon'
import { PALETTE_MIME } from '../editor/palette-dnd'
import { placeElement } from '../editor/place-element'
import { useSelection } from '../store/selection'
import './Palette.css'

function PaletteItem({ kind }: { kind: NodeKind }) {
  const store = useStoreApi()
  const info = KINDS[kind]

  const onDragStart = useCallback(
    (event: DragEvent) => {
      event.dataTransfer.setData(PALETTE_MIME, kind)
      event.dataTransfer.effectAllowed = 'copy'
    },
    [kind],
  )

  const onActivate = useCallback(() => {
    const { width, height, transform } = store.getState()
    const [x, y, zoom] = transform
    const viewportCenter = { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom }
    void placeElement(kind, {
      via: 'keyboard',
      viewportCenter,
      selectedIds: [...useSelection.getState().nodeIds],
    })
  }, [kind, store])

  return (
    <button
      type="button"
      className={`palette-item kind-${kind}`}
      draggable
      onDragStart={onDragStart}
      onClick={onActivate}
      title={`${info.hint}. Drag onto the canvas, or press Enter to add.`}
      aria-label={`Add ${info.label}`}
    >
      <span className="palette-icon">
        <KindIcon kind={kind} size={18} />
      </span>
      <span className="palette-label">{info.label}</span>
    </button>
  )
}

export function Palette() {
  return (
    <nav className="palette" aria-label="Element palette">
      <h2 className="panel-title">Elements</h2>
      {PALETTE_GROUPS.map((group) => (
        <section key={group} className="palette-group" aria-label={group}>
          <h3>{group}</h3>
          <ul>
            {NODE_KINDS.filter((k) => KINDS[k].group === group).map((kind) => (
              <li key={kind}>
                <PaletteItem kind={kind} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="palette-help">
        Drag an element onto the canvas, or select a container and press Enter on an element to add it there.
      </p>
    </nav>
  )
}
