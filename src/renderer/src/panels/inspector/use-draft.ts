// The editing state of one typed inspector field: what the user typed but has not committed yet,
// and the refusal message of the last commit. Typing changes only the draft (the field keeps its
// native undo and no undo step is made per keystroke); Enter or leaving the field commits once;
// Escape reverts to the stored value. A draft belongs to the stored value it was typed over, so a
// change from elsewhere (undo, another window) replaces it. A field removed while it still holds a
// draft (the selection changed) commits it on the way out. Runs in the renderer.
import { useEffect, useRef, useState } from 'react'

/** Stores the typed text; returns null when stored, or the message saying why not. */
export type SaveText = (text: string) => string | null

export interface Draft {
  /** What the input shows: the draft, or the stored value's text. */
  readonly text: string
  readonly dirty: boolean
  readonly error: string | null
  readonly change: (text: string) => void
  readonly commit: () => void
  /** Drops the draft and the error; false when there was nothing to revert. */
  readonly revert: () => boolean
}

interface Pending<T> {
  readonly value: T
  /** The stored text the value was typed over or reported against. */
  readonly base: string
}

export function useDraft(storedText: string, save: SaveText): Draft {
  const [draft, setDraft] = useState<Pending<string> | null>(null)
  const [error, setError] = useState<Pending<string> | null>(null)
  const typed = draft !== null && draft.base === storedText ? draft.value : null
  const message = error !== null && error.base === storedText ? error.value : null

  const commit = () => {
    if (typed === null) return
    const refusal = save(typed)
    if (refusal === null) {
      setDraft(null)
      setError(null)
    } else setError({ value: refusal, base: storedText })
  }

  const pending = useRef<(() => void) | null>(null)
  useEffect(() => {
    pending.current = typed === null ? null : () => void save(typed)
  })
  useEffect(() => {
    const latest = pending
    return () => latest.current?.()
  }, [])

  return {
    text: typed ?? storedText,
    dirty: typed !== null,
    error: message,
    change: (text) => setDraft({ value: text, base: storedText }),
    commit,
    revert: () => {
      const had = typed !== null || message !== null
      setDraft(null)
      setError(null)
      return had
    },
  }
}

/** The refusal message of a field that commits on every change (checkbox, select, checkbox group). */
export function useCommitError(storedText: string): {
  readonly error: string | null
  readonly report: (refusal: string | null) => void
} {
  const [error, setError] = useState<Pending<string> | null>(null)
  return {
    error: error !== null && error.base === storedText ? error.value : null,
    report: (refusal) => setError(refusal === null ? null : { value: refusal, base: storedText }),
  }
}
