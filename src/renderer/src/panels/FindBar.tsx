// The find bar (Ctrl/Cmd+F, Edit ▸ Find): a search box over the canvas listing the elements whose
// name, site code, FQDN, kind or finding rule id match. Arrow keys move through the matches; Enter
// or a click selects the element, brings it into view and puts keyboard focus on it; Escape closes
// the bar. Runs in the renderer (inside the app's ReactFlowProvider).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { registerCommand } from '../commands'
import { findElements, type FindMatch } from '../design/find'
import { ElementOption, arrowStep } from '../components/ElementOption'
import { useDocument } from '../store/document'
import { useFindings } from '../store/findings'
import { useRevealNode } from './reveal'
import './FindBar.css'

const MAX_MATCHES = 50

/** Rule ids of the current findings per element (read once per search, not subscribed). */
function ruleIdsByNode(): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [id, entry] of useFindings.getState().byNode)
    out.set(
      id,
      entry.findings.map((f) => f.ruleId),
    )
  return out
}

/** Puts keyboard focus on an element of the canvas (after React Flow has drawn the selection). */
function focusNode(nodeId: string): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)
    el?.focus({ preventScroll: true })
  })
}

function FindPanel({ onClose, focusToken }: { onClose: () => void; focusToken: number }) {
  const nodes = useDocument((s) => s.doc.nodes)
  const reveal = useRevealNode()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusToken])

  const matches = useMemo(
    () => findElements({ nodes }, query, { ruleIdsByNode: ruleIdsByNode() }),
    [nodes, query],
  )
  const shown = matches.slice(0, MAX_MATCHES)
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1))

  const jump = (match: FindMatch | undefined) => {
    if (!match) return
    reveal(match.nodeId)
    onClose()
    focusNode(match.nodeId)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = arrowStep(event.key, activeIndex, shown.length)
      if (step !== undefined) setActive(step)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      jump(shown[activeIndex])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    }
  }

  const status =
    query.trim() === ''
      ? 'Type a name, site code, FQDN, kind or rule id.'
      : matches.length === 0
        ? `No element matches “${query.trim()}”.`
        : matches.length > shown.length
          ? `${matches.length} matches; the first ${shown.length} are listed.`
          : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`

  const optionId = (i: number) => `${listId}-option-${i}`
  return (
    <div className="find-bar" role="search" aria-label="Find elements">
      <div className="find-input-row">
        <svg className="find-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          className="find-input"
          type="search"
          role="combobox"
          aria-label="Find elements"
          aria-expanded={shown.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
          placeholder="Find by name, site code, FQDN, kind…"
          value={query}
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.currentTarget.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="find-close"
          aria-label="Close find"
          title="Close (Esc)"
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <p className="find-status" role="status" aria-live="polite">
        {status}
      </p>
      {shown.length > 0 ? (
        <ul className="find-results" id={listId} role="listbox" aria-label="Matching elements">
          {shown.map((m, i) => (
            <ElementOption
              key={m.nodeId}
              id={optionId(i)}
              kind={m.kind}
              title={m.title}
              detail={[
                m.field === 'name' || m.field === 'kind' ? '' : m.detail,
                m.location && `in ${m.location}`,
              ]
                .filter(Boolean)
                .join(' · ')}
              active={i === activeIndex}
              onActivate={() => setActive(i)}
              onChoose={() => jump(m)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function FindBar() {
  const [open, setOpen] = useState(false)
  const [focusToken, setFocusToken] = useState(0)
  const opener = useRef<HTMLElement | null>(null)

  useEffect(
    () =>
      registerCommand('find', () => {
        if (!(document.activeElement instanceof HTMLElement && document.activeElement.closest('.find-bar')))
          opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
        setOpen(true)
        setFocusToken((t) => t + 1)
      }),
    [],
  )

  if (!open) return null
  const close = () => {
    setOpen(false)
    const back = opener.current
    if (back?.isConnected) back.focus({ preventScroll: true })
  }
  return <FindPanel onClose={close} focusToken={focusToken} />
}
