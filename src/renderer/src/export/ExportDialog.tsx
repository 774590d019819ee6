// The export dialog (File ▸ Export ▸ PNG/SVG, the toolbar's Export menu): PNG, SVG, a draw.io
// diagram (src/shared/export/drawio.ts) or a PowerPoint deck (export-pptx.ts, loaded on first use);
// for the pictures the whole design or the selection (with everything inside the selected
// containers), the whole design or the design at one phase, light or dark, with or without the
// legend, and for a PNG 1×, 2× or 3×. A preview shows the picture the export draws (the deck's
// slides and a draw.io diagram show the same picture, of the whole design). The picture is the
// report's (export-image.ts: plain SVG with full names, phase tags and the finding markers of
// export-findings.ts) and carries the whole design (opening the image in CMG Designer reopens it;
// a draw.io diagram carries the elements' properties as shape data instead). Everything is written through
// export:write (a save dialog in the desktop app, a download in the browser) and never changes the
// design. Whether the dialog is open lives in store/export-dialog.ts, the export commands in
// export-commands.ts; this module (with the picture renderer) is loaded when the dialog first
// opens. Runs in the renderer.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { renderDrawio } from '../../../shared/export/drawio'
import { serializeDesign } from '../../../shared/format/serialize'
import type { PictureTheme } from '../../../shared/report/topology-svg'
import { reportFailure } from '../document-commands'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { closeExportDialog, useExportDialog, type ExportDialogFormat as Format } from '../store/export-dialog'
import { useFindings } from '../store/findings'
import { knownToday } from '../store/today'
import { useSelection } from '../store/selection'
import { showToast } from '../store/ui'
import './ExportDialog.css'
import {
  canRasterise,
  drawPicture,
  renderImage,
  selectedPart,
  withDescendants,
  type ImageFormat,
  type ImageScale,
  type Picture,
} from './export-image'
import { useFindingsAsDesigned } from './export-findings'
import { exportBaseName } from './export-report'

type Scope = 'design' | 'selection'

/** Writes a draw.io diagram of the design (or of the selected part) at the phase; true once written. */
async function exportDrawio(nodeIds: ReadonlySet<string> | null, phase: string | null): Promise<boolean> {
  const { doc, fileName, hasFile } = useDocument.getState()
  const data = renderDrawio(nodeIds ? selectedPart(doc, nodeIds) : doc, { phase })
  const suggestedName = `${exportBaseName(fileName, hasFile, doc.design.name)}.drawio`
  const result = await invoke('export:write', { kind: 'drawio', suggestedName, data })
  if (result.ok) {
    showToast(`Exported ${result.fileName}`, 'success')
    return true
  }
  await reportFailure(result, 'The diagram could not be exported')
  return result.code === 'CANCELLED'
}

/** Embeds the design in the picture and writes the image; true once it is written. */
async function exportImage(picture: Picture, format: ImageFormat, scale: ImageScale): Promise<boolean> {
  const { doc, fileName, hasFile } = useDocument.getState()
  let data: string
  try {
    data = (await renderImage(picture, format, scale, serializeDesign(doc))).data
  } catch (error) {
    console.error('The image could not be drawn', error)
    showToast('The image could not be drawn. Try a smaller scale.', 'error')
    return false
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

interface Option<T> {
  readonly value: T
  readonly title: string
  readonly text?: string
}

const FORMATS: readonly Option<Format>[] = [
  { value: 'png', title: 'PNG', text: 'A picture for slides and documents' },
  { value: 'svg', title: 'SVG', text: 'Stays sharp when enlarged; opens in Office, Visio, Inkscape' },
  { value: 'drawio', title: 'draw.io', text: 'Editable shapes and connectors for draw.io / diagrams.net' },
  {
    value: 'pptx',
    title: 'PowerPoint',
    text: 'A slide per phase with what it adds, findings, capacity and cost',
  },
]

const THEMES: readonly Option<PictureTheme>[] = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
]

const SCALES: readonly ImageScale[] = [1, 2, 3]

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** The open dialog (store/export-dialog.ts says when it is shown). */
export default function ExportDialog() {
  const titleId = useId()
  const phaseId = useId()
  const form = useRef<HTMLFormElement>(null)
  const [format, setFormat] = useState<Format>(() => useExportDialog.getState().format)
  const [scope, setScope] = useState<Scope>('design')
  const [scale, setScale] = useState<ImageScale>(2)
  const [phase, setPhase] = useState<string | null>(null)
  const [theme, setTheme] = useState<PictureTheme>('light')
  const [legend, setLegend] = useState(true)
  const [busy, setBusy] = useState(false)
  const doc = useDocument((s) => s.doc)
  const evaluation = useFindings((s) => s.evaluation)
  // While a what-if factor is in force the findings at ×1 are checked first; a picture waits for them.
  const { findings, checking } = useFindingsAsDesigned(evaluation, doc)
  const selected = useSelection((s) => s.nodeIds)
  const selection = useMemo(() => withDescendants(doc, selected), [doc, selected])
  // A deck always shows the whole design, and has a slide for every phase.
  const isDeck = format === 'pptx'
  const chosen = !isDeck && scope === 'selection' && selection.size > 0 ? selection : null
  const shownPhase = !isDeck && doc.design.phases.some((p) => p.id === phase) ? phase : null
  const picture = useMemo(
    () => drawPicture({ doc, findings, nodeIds: chosen, phase: shownPhase, theme, legend }),
    [doc, findings, chosen, shownPhase, theme, legend],
  )
  const previewUrl = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`,
    [picture.svg],
  )
  const fits = (s: ImageScale) => format !== 'png' || canRasterise(picture, s)
  const largestFitting = ([3, 2, 1] as const).find(fits)
  const checkingFindings = checking && (format === 'png' || format === 'svg')

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
  }, [])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || checkingFindings) return
    if (format === 'drawio' || format === 'pptx') {
      setBusy(true)
      const done =
        format === 'drawio'
          ? await exportDrawio(chosen, shownPhase)
          : await (await import('./export-pptx')).exportPptx(evaluation, knownToday(), { theme, legend })
      setBusy(false)
      if (done) closeExportDialog()
      return
    }
    const drawnScale = fits(scale) ? scale : largestFitting
    if (drawnScale === undefined) {
      showToast('The picture is too large to draw as PNG. Export it as SVG instead.', 'error')
      return
    }
    setBusy(true)
    const done = await exportImage(picture, format, drawnScale)
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
          Export
        </h2>
        <div className="export-body">
          <div className="export-options">
            <fieldset>
              <legend>Format</legend>
              <div className="export-choices is-grid">
                {FORMATS.map((option) => (
                  <Choice
                    key={option.value}
                    name="format"
                    {...option}
                    checked={format === option.value}
                    onChange={setFormat}
                  />
                ))}
              </div>
            </fieldset>
            {isDeck ? null : (
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
                      selection.size === 0
                        ? 'Nothing is selected'
                        : plural(selection.size, 'element', 'elements')
                    }
                    onChange={setScope}
                  />
                </div>
              </fieldset>
            )}
            {!isDeck && doc.design.phases.length > 0 ? (
              <div className="export-field">
                <label htmlFor={phaseId}>Phase</label>
                <select
                  id={phaseId}
                  value={shownPhase ?? ''}
                  onChange={(e) => setPhase(e.target.value === '' ? null : e.target.value)}
                >
                  <option value="">Whole design (every phase)</option>
                  {doc.design.phases.map((p) => (
                    <option key={p.id} value={p.id}>
                      {`Up to ${p.name.trim() === '' ? p.id : p.name}`}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {format === 'drawio' ? null : (
              <>
                <fieldset>
                  <legend>Theme</legend>
                  <div className="export-choices">
                    {THEMES.map((option) => (
                      <Choice
                        key={option.value}
                        name="theme"
                        {...option}
                        checked={theme === option.value}
                        onChange={setTheme}
                      />
                    ))}
                  </div>
                </fieldset>
                <label className="export-check">
                  <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
                  Legend of connections and finding markers
                </label>
              </>
            )}
            {format === 'png' ? (
              <fieldset>
                <legend>Scale</legend>
                <div className="export-choices">
                  {SCALES.map((s) => (
                    <Choice
                      key={s}
                      name="scale"
                      value={s}
                      checked={scale === s}
                      disabled={!fits(s)}
                      title={`${s}×`}
                      text={
                        fits(s)
                          ? `${(picture.width * s).toLocaleString('en-US')} × ${(picture.height * s).toLocaleString('en-US')} px`
                          : 'Too large to draw'
                      }
                      onChange={setScale}
                    />
                  ))}
                </div>
              </fieldset>
            ) : null}
            <p className="export-note">
              {format === 'drawio'
                ? 'The diagram keeps every element’s properties as shape data (Edit Data in draw.io); it does not reopen in CMG Designer.'
                : isDeck
                  ? 'A title slide, a slide per phase (its picture, what it adds, its findings and capacity), then the findings and the capacity and cost. The deck does not reopen in CMG Designer.'
                  : 'The image carries the whole design: open it in CMG Designer (File ▸ Open) to continue working on it.'}
            </p>
          </div>
          <figure className="export-preview">
            <img src={previewUrl} alt={`Preview of the picture: ${doc.design.name}`} />
            <figcaption>
              {isDeck
                ? 'The whole design; each phase slide shows it as it stands at that phase'
                : `Preview · ${picture.width.toLocaleString('en-US')} × ${picture.height.toLocaleString('en-US')}`}
            </figcaption>
          </figure>
        </div>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={closeExportDialog} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button is-primary" disabled={busy || checkingFindings}>
            {busy ? 'Exporting…' : checkingFindings ? 'Checking…' : 'Export'}
          </button>
        </div>
      </form>
    </div>
  )
}
