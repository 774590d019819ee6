// In-place editing on the canvas: an element's name (double-click or F2) and a note's text.
// Enter (Ctrl/Cmd+Enter for note text) or leaving the field commits through the document store,
// which refuses invalid values with a message; Escape cancels. Runs in the renderer.
import { useRef, type KeyboardEvent } from 'react'
import { renameNode, updateNodeProps, type ActionResult } from '../../store/document'
import { showToast, stopEditing } from '../../store/ui'

function finish(result: ActionResult): void {
  stopEditing()
  if (!result.ok) showToast(result.reason, 'error')
}

export function InlineNameEditor({ nodeId, name }: { nodeId: string; name: string }) {
  const cancelled = useRef(false)
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
    else if (event.key === 'Escape') {
      cancelled.current = true
      event.currentTarget.blur()
    }
  }
  return (
    <input
      className="inline-edit nodrag nopan"
      aria-label="Element name"
      defaultValue={name}
      maxLength={128}
      autoFocus
      spellCheck={false}
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={onKeyDown}
      onBlur={(e) => (cancelled.current ? stopEditing() : finish(renameNode(nodeId, e.currentTarget.value)))}
    />
  )
}

export function InlineNoteEditor({ nodeId, text }: { nodeId: string; text: string }) {
  const cancelled = useRef(false)
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.blur()
    else if (event.key === 'Escape') {
      cancelled.current = true
      event.currentTarget.blur()
    }
  }
  return (
    <textarea
      className="inline-edit note-editor nodrag nopan nowheel"
      aria-label="Note text"
      defaultValue={text}
      maxLength={10_000}
      autoFocus
      onKeyDown={onKeyDown}
      onBlur={(e) =>
        cancelled.current ? stopEditing() : finish(updateNodeProps(nodeId, { text: e.currentTarget.value }))
      }
    />
  )
}
