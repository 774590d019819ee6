// The design's phases ("Today", "Pilot", "Target") as an ordered list: add, rename, move up or
// down, remove. Removing a phase that elements belong to asks first and then shows those elements
// in all phases. Each change is one undoable step. Runs in the renderer.
import { useMemo, useState } from 'react'
import { MAX_PHASES } from '../../../../shared/model/limits'
import type { Phase } from '../../../../shared/model/schema'
import { fieldErrorText } from '../../design/schema-fields'
import { removePhase, updateDesign, useDocument } from '../../store/document'
import { askDialog } from '../../store/ui'
import { FieldError } from './FieldRow'
import { CloseGlyph } from './fields'
import { FormGroup } from './SchemaForm'
import { nextFreeId } from './TenantsEditor'
import { useDraft } from './use-draft'
import { displayName } from './NodeInspector'

function PhaseName({ phase, index, autoFocus }: { phase: Phase; index: number; autoFocus: boolean }) {
  const phases = useDocument((s) => s.doc.design.phases)
  const draft = useDraft(phase.name, (text) => {
    const name = text.trim()
    if (name === '') return 'A phase needs a name'
    const result = updateDesign({ phases: phases.map((p) => (p.id === phase.id ? { ...p, name } : p)) })
    return result.ok ? null : fieldErrorText(result, ['phases', index, 'name'])
  })
  const errorId = `phase-error-${phase.id}`
  return (
    <>
      <input
        className={`insp-input${draft.dirty ? ' is-dirty' : ''}`}
        aria-label={`Phase ${index + 1} name`}
        value={draft.text}
        maxLength={128}
        spellCheck={false}
        autoFocus={autoFocus}
        onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? errorId : undefined}
        onChange={(e) => draft.change(e.currentTarget.value)}
        onBlur={draft.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.commit()
          else if (e.key === 'Escape' && draft.revert()) e.stopPropagation()
        }}
      />
      {draft.error ? (
        <div className="phase-error">
          <FieldError id={errorId} text={draft.error} />
        </div>
      ) : null}
    </>
  )
}

export function PhasesEditor({ phases }: { phases: readonly Phase[] }) {
  const nodes = useDocument((s) => s.doc.nodes)
  const [added, setAdded] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const members = useMemo(() => {
    const byPhase = new Map<string, string[]>()
    for (const n of nodes)
      if (n.phase !== undefined) byPhase.set(n.phase, [...(byPhase.get(n.phase) ?? []), displayName(n)])
    return byPhase
  }, [nodes])
  const full = phases.length >= MAX_PHASES

  const apply = (next: readonly Phase[]) => {
    const result = updateDesign({ phases: [...next] })
    setRefusal(result.ok ? null : result.reason)
    return result.ok
  }
  const add = () => {
    const id = nextFreeId(
      'phase',
      phases.map((p) => p.id),
    )
    if (apply([...phases, { id, name: `Phase ${phases.length + 1}` }])) setAdded(id)
  }
  const move = (index: number, by: -1 | 1) => {
    const next = [...phases]
    const [moved] = next.splice(index, 1)
    if (!moved) return
    next.splice(index + by, 0, moved)
    apply(next)
  }
  const remove = async (phase: Phase) => {
    const users = members.get(phase.id) ?? []
    if (users.length > 0) {
      const listed = users.slice(0, 5).join(', ') + (users.length > 5 ? ` and ${users.length - 5} more` : '')
      const choice = await askDialog({
        tone: 'question',
        title: `Remove phase "${phase.name}"?`,
        message: `${users.length} element${users.length === 1 ? '' : 's'} first appear in this phase (${listed}). They will then appear in all phases.`,
        buttons: [
          { id: 'cancel', label: 'Cancel', variant: 'primary' },
          { id: 'remove', label: 'Remove phase', variant: 'danger' },
        ],
        cancelId: 'cancel',
      })
      if (choice !== 'remove') return
    }
    const result = removePhase(phase.id)
    setRefusal(result.ok ? null : result.reason)
  }

  return (
    <FormGroup
      title="Phases"
      actions={
        <button
          type="button"
          className="insp-button"
          onClick={add}
          disabled={full}
          title={full ? `A design can have at most ${MAX_PHASES} phases` : 'Add a phase at the end'}
        >
          + Add phase
        </button>
      }
    >
      {phases.length === 0 ? (
        <p className="inspector-empty">
          No phases: every element is always shown. Add phases such as Today, Pilot and Target to present the
          design step by step.
        </p>
      ) : (
        <ol className="phase-list">
          {phases.map((phase, index) => {
            const count = members.get(phase.id)?.length ?? 0
            return (
              <li key={phase.id} className="phase-item">
                <span className="phase-number" aria-hidden="true">
                  {index + 1}
                </span>
                <PhaseName phase={phase} index={index} autoFocus={added === phase.id} />
                <span
                  className="phase-count"
                  title={`${count} element${count === 1 ? '' : 's'} in this phase`}
                >
                  {count}
                </span>
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={`Move phase ${phase.name} up`}
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <Chevron up />
                </button>
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={`Move phase ${phase.name} down`}
                  title="Move down"
                  disabled={index === phases.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <Chevron up={false} />
                </button>
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={`Remove phase ${phase.name}`}
                  title="Remove phase"
                  onClick={() => void remove(phase)}
                >
                  <CloseGlyph />
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {refusal ? <FieldError id="phase-refusal" text={refusal} /> : null}
    </FormGroup>
  )
}

function Chevron({ up }: { up: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path
        d={up ? 'M3 7.5 6 4.5l3 3' : 'M3 4.5 6 7.5l3-3'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
