// The "Connect to…" dialog (Ctrl/Cmd+K, the element context menu, or a node's connect handle
// pressed with Enter or clicked without dragging): lists by name and kind every element the chosen
// one may connect to, with the connection kind each would make (design/connect-targets.ts: the same
// rules as a connection drawn with the mouse), filtered as you type. Arrow keys move, Enter connects
// through the same store action as a mouse-drawn connection (one undo step), Escape closes; focus
// then returns to where it was. With no element, several, or no legal target it says so. A modal
// dialog: Tab stays inside and keys pressed in it never reach the canvas. App.tsx mounts
// ConnectDialogHost. Runs in the renderer.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { KINDS } from '../../../shared/kinds'
import type { DesignNode } from '../../../shared/model/schema'
import {
  elementName,
  legalTargets,
  noTargetReason,
  targetMatches,
  type ConnectTarget,
} from '../design/connect-targets'
import { CONNECTION_KINDS } from '../../../shared/kinds/connections'
import { ElementOption, arrowStep } from './ElementOption'
import { connect, useDocument } from '../store/document'
import { showToast } from '../store/ui'
import { closeConnectDialog, useConnectDialog } from '../store/connect-dialog'
import { shortcutText } from './shortcut-text'
import { keepTabInside } from './focus-trap'
import './ConnectDialog.css'

function TargetList({ from, onDone }: { from: DesignNode; onDone: () => void }) {
  const doc = useDocument((s) => s.doc)
  const targets = useMemo(() => legalTargets(doc, from), [doc, from])
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [refusal, setRefusal] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  const shown = targets.filter((t) => targetMatches(t, query))
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1))
  const chosen = shown[activeIndex]
  const fromName = elementName(from)

  useEffect(() => input.current?.focus(), [])

  const connectTo = (target: ConnectTarget | undefined) => {
    if (!target) return
    const result = connect(from.id, target.node.id)
    if (!result.ok) {
      setRefusal(result.reason)
      return
    }
    showToast(
      `Connected ${fromName} and ${elementName(target.node)}: ${CONNECTION_KINDS[target.edge].label}.`,
      'success',
    )
    onDone()
  }

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = arrowStep(event.key, activeIndex, shown.length)
      if (step !== undefined) setActive(step)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      connectTo(chosen)
    }
  }

  if (targets.length === 0)
    return (
      <>
        <p className="dialog-message">{noTargetReason(from)}</p>
        <div className="dialog-buttons">
          <button type="button" className="button is-primary" autoFocus onClick={onDone}>
            Close
          </button>
        </div>
      </>
    )

  const optionId = (i: number) => `${listId}-option-${i}`
  const status =
    shown.length === 0
      ? `No element matches “${query.trim()}”.`
      : `${shown.length} of ${targets.length} ${targets.length === 1 ? 'element' : 'elements'}`
  return (
    <>
      <p className="dialog-message">Choose the element to connect {fromName} to.</p>
      <input
        ref={input}
        className="connect-filter"
        type="text"
        role="combobox"
        aria-label={`Connect ${fromName} to`}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={chosen ? optionId(activeIndex) : undefined}
        placeholder="Type to filter by name or kind"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setActive(0)
          setRefusal(null)
        }}
        onKeyDown={onInputKeyDown}
      />
      <p className="connect-status" role="status">
        {status}
      </p>
      <ul className="connect-targets" id={listId} role="listbox" aria-label="Elements to connect to">
        {shown.map((target, i) => (
          <ElementOption
            key={target.node.id}
            id={optionId(i)}
            kind={target.node.kind}
            title={elementName(target.node)}
            detail={`${KINDS[target.node.kind].label} · ${CONNECTION_KINDS[target.edge].label}`}
            active={i === activeIndex}
            onActivate={() => setActive(i)}
            onChoose={() => connectTo(target)}
          />
        ))}
      </ul>
      {refusal ? (
        <p className="connect-refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="dialog-buttons">
        <button
          type="button"
          className="button is-primary"
          disabled={!chosen}
          onClick={() => connectTo(chosen)}
        >
          Connect
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </>
  )
}

/** What to say when the dialog was opened without exactly one element to connect from. */
function selectionProblem(count: number): string {
  return count === 0
    ? `Select one element first, then choose Connect to… (${shortcutText('edit.connect')}) to connect it to another.`
    : `${count} elements are selected. Select only the one to connect from, then choose Connect to… again.`
}

function ConnectDialog({ fromIds }: { fromIds: readonly string[] }) {
  const panel = useRef<HTMLDivElement>(null)
  const [fromId] = fromIds
  const from = useDocument((s) =>
    fromIds.length === 1 ? s.doc.nodes.find((n) => n.id === fromId) : undefined,
  )
  const titleId = useId()

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys pressed in the dialog belong to it: none reaches the canvas shortcuts.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      closeConnectDialog()
      return
    }
    keepTabInside(event, panel.current)
  }

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeConnectDialog()}>
      <div
        ref={panel}
        className="dialog connect-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {from ? `Connect ${elementName(from)} to…` : 'Connect to…'}
        </h2>
        {from ? (
          <TargetList from={from} onDone={closeConnectDialog} />
        ) : (
          <>
            <p className="dialog-message">{selectionProblem(fromIds.length)}</p>
            <div className="dialog-buttons">
              <button type="button" className="button is-primary" autoFocus onClick={closeConnectDialog}>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  )
}

export function ConnectDialogHost() {
  const fromIds = useConnectDialog((s) => s.fromIds)
  return fromIds ? <ConnectDialog fromIds={fromIds} /> : null
}
