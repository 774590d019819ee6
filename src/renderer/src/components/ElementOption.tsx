// One element in a pick list (the find bar's matches, the "Connect to…" dialog's targets): its
// kind's icon, its title and a detail line, marked while it is the active option of the list's
// combobox. The list's input keeps focus: a press on the option does not take it, hovering makes
// the option active, a click chooses it. Also the arrow-key step both lists share. Runs in the
// renderer.
import type { NodeKind } from '../../../shared/model/schema'
import { KindIcon } from '../editor/nodes/KindIcon'
import './ElementOption.css'

export interface ElementOptionProps {
  /** The option's id, for the combobox's aria-activedescendant. */
  readonly id: string
  readonly kind: NodeKind
  readonly title: string
  readonly detail: string
  readonly active: boolean
  readonly onActivate: () => void
  readonly onChoose: () => void
}

export function ElementOption({ id, kind, title, detail, active, onActivate, onChoose }: ElementOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`element-option${active ? ' is-active' : ''}`}
      onMouseDown={(e) => e.preventDefault()}
      onMouseEnter={onActivate}
      onClick={onChoose}
    >
      <span className={`element-option-icon kind-${kind}`}>
        <KindIcon kind={kind} size={16} />
      </span>
      <span className="element-option-text">
        <span className="element-option-title">{title}</span>
        <span className="element-option-detail">{detail}</span>
      </span>
    </li>
  )
}

/**
 * The option ArrowDown or ArrowUp makes active in a list of `count` options (wrapping round), or
 * undefined for any other key or an empty list.
 */
export function arrowStep(key: string, activeIndex: number, count: number): number | undefined {
  if (count === 0 || (key !== 'ArrowDown' && key !== 'ArrowUp')) return undefined
  return (activeIndex + (key === 'ArrowDown' ? 1 : -1) + count) % count
}
