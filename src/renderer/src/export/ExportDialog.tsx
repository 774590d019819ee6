// The image export dialog (File ▸ Export ▸ PNG/SVG, the toolbar's Export menu): PNG or SVG, the
// whole design or the selection (with everything inside the selected containers), at 1×, 2× or 3×.
// The picture is drawn without selection outlines or handles, carries the whole design (opening the
// image in CMG Designer reopens it), and is written through export:write (a save dialog in the
// desktop app, a download in the browser). Whether it is open, and the export commands, live in
// export-state.ts; this module (with html-to-image) is loaded when the dialog first opens. Runs in
// the renderer.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react'
import type { DesignDocument } from '../../../shared/model/document'
import { serializeDesign } from '../../../shared/format/serialize'
import { reportFailure } from '../document-commands'
import type { DesignFlowEdge, DesignFlowNode } from '../editor/flow-elements'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { selectOnly, useSelection } from '../store/selection'
import { showToast } from '../store/ui'
import '../styles/export.css'
import {
  IMAGE_PADDING,
  imageSize,
  renderCanvasImage,
  type ImageFormat,
  type ImageScale,
} from './export-image'
import { exportBaseName } from './export-report'
import { closeExportDialog, useExportDialog } from './export-state'

type Scope = 'design' | 'selection'

/** The selected elements with everything inside them (a selected site brings its servers and roles). */
export function withDescendants(doc: DesignDocument, ids: ReadonlySet<string>): Set<string> {
  const chosen = new Set([...ids].filter((id) => doc.nodes.some((n) => n.id === id)))
  let grew = true
  while (grew) {
    grew = false
    for (const node of doc.nodes)
      if (node.parentId !== undefined && chosen.has(node.parentId) && !chosen.has(node.id)) {
        chosen.add(node.id)
        grew = true
      }
  }
  return chosen
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

type Flow = ReactFlowInstance<DesignFlowNode, DesignFlowEdge>

/** Draws, embeds and writes the image; true once it is written. */
async function exportImage(
  flow: Flow,
  format: ImageFormat,
  scale: ImageScale,
  nodeIds: ReadonlySet<string> | null,
): Promise<boolean> {
  const { doc, fileName, hasFile } = useDocument.getState()
  const viewport = document.querySelector<HTMLElement>('.canvas .react-flow__viewport')
  if (!viewport) return false
  const bounds = flow.getNodesBounds(nodeIds ? [...nodeIds] : doc.nodes.map((n) => n.id))
  const selection = useSelection.getState()
  // Selection outlines, connect dots and resize grips stay out of the picture.
  selectOnly([])
  let data: string
  try {
    await nextFrame()
    await nextFrame()
    const edgeEnds = new Map(doc.edges.map((e) => [e.id, [e.source, e.target] as const]))
    const image = await renderCanvasImage(
      viewport,
      { format, scale, bounds, nodeIds, designJson: serializeDesign(doc) },
      edgeEnds,
    )
    data = image.data
  } catch (error) {
    console.error('The image could not be drawn', error)
    showToast('The image could not be drawn. Try a smaller scale.', 'error')
    return false
  } finally {
    selectOnly(selection.nodeIds, selection.edgeIds)
  }
  const suggestedName = `${exportBaseName(fileName, hasFile, doc.design.name)}.${format}`
  const result = await invoke('export:write', { kind: format, suggestedName, data })
  if (result.ok) {
    showToast(`Exported ${result.fileName}`, 'success')
    return true
  }
  await reportFailure(result, 'The image could not be exported')
  return result.code === 'CANCELLED'
}

function Choice<T extends string | number>(props: {
  name: string
  value: T
  checked: boolean
  disabled?: boolean
  title: string
  text?: string
  onChange: (value: T) => void
}) {
  return (
    <label className="export-choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={() => props.onChange(props.value)}
      />
      <span className="export-choice-title">{props.title}</span>
      {props.text ? <span className="export-choice-text">{props.text}</span> : null}
    </label>
  )
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** The open dialog (export-state.ts decides when it is shown). */
export default function ExportDialog() {
  const flow = useReactFlow<DesignFlowNode, DesignFlowEdge>()
  const titleId = useId()
  const form = useRef<HTMLFormElement>(null)
  const [format, setFormat] = useState<ImageFormat>(() => useExportDialog.getState().format)
  const [scope, setScope] = useState<Scope>('design')
  const [scale, setScale] = useState<ImageScale>(2)
  const [busy, setBusy] = useState(false)
  const doc = useDocument((s) => s.doc)
  const selected = useSelection((s) => s.nodeIds)
  const selection = useMemo(() => withDescendants(doc, selected), [doc, selected])
  const chosen = scope === 'selection' && selection.size > 0 ? selection : null
  const size = useMemo(() => {
    const ids = chosen ? [...chosen] : doc.nodes.map((n) => n.id)
    return ids.length > 0
      ? imageSize(flow.getNodesBounds(ids))
      : { width: 2 * IMAGE_PADDING, height: 2 * IMAGE_PADDING }
  }, [flow, chosen, doc])

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
  }, [])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const done = await exportImage(flow, format, scale, chosen)
    setBusy(false)
    if (done) closeExportDialog()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    // The editor's shortcuts must not act on the canvas behind the dialog.
    event.stopPropagation()
    if (event.key === 'Escape' && !busy) closeExportDialog()
  }

  return (
    <div className="modal-backdrop" onKeyDown={onKeyDown}>
      <form
        ref={form}
        className="dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={(e) => void onSubmit(e)}
      >
        <h2 className="dialog-title" id={titleId}>
          Export image
        </h2>
        <fieldset>
          <legend>Format</legend>
          <div className="export-choices">
            <Choice
              name="format"
              value="png"
              checked={format === 'png'}
              title="PNG"
              text="A picture for slides and documents"
              onChange={setFormat}
            />
            <Choice
              name="format"
              value="svg"
              checked={format === 'svg'}
              title="SVG"
              text="A picture that stays sharp when enlarged"
              onChange={setFormat}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Content</legend>
          <div className="export-choices">
            <Choice
              name="scope"
              value="design"
              checked={scope === 'design'}
              title="Whole design"
              text={plural(doc.nodes.length, 'element', 'elements')}
              onChange={setScope}
            />
            <Choice
              name="scope"
              value="selection"
              checked={scope === 'selection'}
              disabled={selection.size === 0}
              title="Selection"
              text={
                selection.size === 0 ? 'Nothing is selected' : plural(selection.size, 'element', 'elements')
              }
              onChange={setScope}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Scale</legend>
          <div className="export-choices">
            {([1, 2, 3] as const).map((s) => (
              <Choice
                key={s}
                name="scale"
                value={s}
                checked={scale === s}
                title={`${s}×`}
                text={`${(size.width * s).toLocaleString('en-US')} × ${(size.height * s).toLocaleString('en-US')} px`}
                onChange={setScale}
              />
            ))}
          </div>
        </fieldset>
        <p className="export-note">
          The image carries the whole design: open it in CMG Designer (File ▸ Open) to continue working on it.
        </p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={closeExportDialog} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button is-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </div>
  )
}
