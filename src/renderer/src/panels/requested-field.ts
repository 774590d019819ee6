// Shows the inspector field another panel asked for ("Show the field", "Open the price book";
// store/side-tab.ts holds the request): the inspector form it belongs to scrolls it into the middle
// of the side panel, focuses it and marks its row. Also the attribute that names each control's
// field. Runs in the renderer.
import { useEffect, type RefObject } from 'react'
import { clearFieldRequest, useSideTab } from '../store/side-tab'

/** The attribute naming an inspector control's dotted field path (set by inspector/fields.tsx). */
export const FIELD_PATH_ATTRIBUTE = 'data-field-path'

/**
 * The control of the field at dotted `path` inside `container`: the field's own, the first control
 * of a group (a fieldset, a list), or the first field inside an object the form shows unwrapped.
 */
function fieldElement(container: ParentNode, path: string): HTMLElement | null {
  const marked =
    container.querySelector<HTMLElement>(`[${FIELD_PATH_ATTRIBUTE}="${CSS.escape(path)}"]`) ??
    container.querySelector<HTMLElement>(`[${FIELD_PATH_ATTRIBUTE}^="${CSS.escape(`${path}.`)}"]`)
  if (!marked || marked.matches('input, select, textarea, button')) return marked
  return marked.querySelector<HTMLElement>('input, select, textarea, button') ?? marked
}

/** The class marking the row of the field just shown (panels/Inspector.css). */
const SHOWN_FIELD_CLASS = 'is-shown-field'

/**
 * Scrolls the nearest scrolling ancestor (the side panel) so that `target` is in its middle; unlike
 * scrollIntoView it leaves the window and the app's frame where they are.
 */
function centreInScroller(target: HTMLElement): void {
  for (let box = target.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box)
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top
      box.scrollTop += offset - (box.clientHeight - target.offsetHeight) / 2
      return
    }
  }
}

/**
 * For the inspector form of `nodeId` (null: the design settings) rendered inside `container`: once
 * a request for one of its fields arrives, scrolls that field into view, focuses it and drops the
 * request.
 */
export function useRequestedField(nodeId: string | null, container: RefObject<HTMLElement | null>): void {
  const request = useSideTab((s) => s.fieldRequest)
  useEffect(() => {
    if (request === null || request.nodeId !== nodeId || !container.current) return
    clearFieldRequest()
    const target = fieldElement(container.current, request.path)
    if (!target) return
    centreInScroller(target)
    target.focus({ preventScroll: true })
    // Focus set by a click elsewhere draws no focus ring, so the field's row is marked until it
    // loses focus.
    const row = target.closest('.insp-row, fieldset') ?? target
    row.classList.add(SHOWN_FIELD_CLASS)
    target.addEventListener('blur', () => row.classList.remove(SHOWN_FIELD_CLASS), { once: true })
  }, [request, nodeId, container])
}
