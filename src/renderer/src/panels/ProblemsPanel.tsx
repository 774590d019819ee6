// The Problems panel: every finding of the latest evaluation grouped by severity (suppressed ones in
// a group of their own, with their reasons), with a filter by severity or by the selected element
// and the counts. Clicking a finding selects its element and brings it into view; the selected
// finding shows its explanation, fix, one-click quick fixes, "Show the field" (when a fix sets a
// property: opens the Inspector on that element's field), "Suppress…"/"Unsuppress" and its
// Microsoft documentation links as selectable text with "Copy link" (the app never opens windows
// or navigates). Runs in the renderer.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import type { Finding, Severity } from '../../../shared/rules/types'
import {
  SEVERITIES,
  SEVERITY_FILTER,
  SEVERITY_GROUP,
  SEVERITY_WORD,
  StateIcon,
  countLabel,
} from '../components/SeverityIcon'
import { countBySeverity, formatGrowth } from '../design/findings-view'
import { quickFixesFor, type QuickFix } from '../design/quick-fixes'
import { KindIcon } from '../editor/nodes/KindIcon'
import { addSuppression, commitChange, removeSuppression, useDocument } from '../store/document'
import { setGrowth, useFindings } from '../store/findings'
import { useSelection } from '../store/selection'
import { showToast } from '../store/ui'
import { useNodeNames, useRevealNode, useShowNodeField, type NodeName } from './reveal'
import { keepTabInside } from '../components/focus-trap'
import './findings-panels.css'
import './ProblemsPanel.css'

const findingKey = (f: Finding) => `${f.ruleId}|${f.nodeIds.join(',')}|${f.message}`

/** Copies text to the clipboard: the async API where allowed, else a selected text area and "copy". */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    } finally {
      area.remove()
    }
  }
}

function ElementName({ name }: { name: NodeName }) {
  return (
    <span className="finding-element" title={name.full}>
      {name.kind ? <KindIcon kind={name.kind} size={12} /> : null}
      <span className="finding-element-name">{name.name}</span>
    </span>
  )
}

function DocLink({ url }: { url: string }) {
  const id = useId()
  const onCopy = async () => {
    if (await copyText(url)) showToast('Link copied. Paste it into a browser to read the article.', 'success')
    else showToast('The link could not be copied; select the address and press Ctrl+C.', 'error')
  }
  return (
    <li className="doc-link">
      <code id={id} className="doc-url">
        {url}
      </code>
      <button type="button" className="link-button" aria-describedby={id} onClick={() => void onCopy()}>
        Copy link
      </button>
    </li>
  )
}

function FindingDetails({
  finding,
  onSuppress,
}: {
  finding: Finding
  onSuppress: (finding: Finding, opener: HTMLElement) => void
}) {
  const doc = useDocument((s) => s.doc)
  const growth = useFindings((s) => s.evaluation?.growth ?? 1)
  const showNodeField = useShowNodeField()
  const allFixes = useMemo(() => quickFixesFor(doc, finding, { growth }), [doc, finding, growth])
  const fixes = finding.suppressed ? [] : allFixes
  const field = allFixes.find((fix) => fix.field !== undefined)?.field
  const applyFix = (fix: QuickFix) => {
    const result = commitChange(fix.apply)
    if (result.ok) showToast(`${fix.label}: done. Undo with Ctrl+Z.`, 'success')
    else showToast(`The fix could not be applied: ${result.reason}`, 'error')
  }
  const unsuppress = () => {
    const result = removeSuppression(finding.ruleId, finding.nodeIds)
    if (!result.ok) showToast(result.reason, 'error')
  }
  return (
    <div className="finding-details">
      <p className="finding-category">{finding.category}</p>
      <h4 className="finding-label">How to fix</h4>
      <p className="finding-fix">{finding.fix}</p>
      <div className="finding-actions">
        {fixes.map((fix) => (
          <button
            key={fix.label}
            type="button"
            className="button is-primary is-small"
            onClick={() => applyFix(fix)}
          >
            Fix: {fix.label}
          </button>
        ))}
        {field ? (
          <button
            type="button"
            className="button is-small"
            onClick={() => showNodeField(field.nodeId, field.path)}
          >
            Show the field
          </button>
        ) : null}
        {finding.suppressed ? (
          <button type="button" className="button is-small" onClick={unsuppress}>
            Unsuppress
          </button>
        ) : finding.nodeIds.length > 0 ? (
          <button
            type="button"
            className="button is-small"
            onClick={(e) => onSuppress(finding, e.currentTarget)}
          >
            Suppress…
          </button>
        ) : null}
      </div>
      {finding.docs.length > 0 ? (
        <>
          <h4 className="finding-label">Microsoft documentation</h4>
          <ul className="doc-links">
            {finding.docs.map((url) => (
              <DocLink key={url} url={url} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}

function FindingItem({
  finding,
  selected,
  onSelect,
  onSuppress,
  nameOf,
}: {
  finding: Finding
  selected: boolean
  onSelect: (finding: Finding) => void
  onSuppress: (finding: Finding, opener: HTMLElement) => void
  nameOf: (id: string) => NodeName
}) {
  const primary = finding.nodeIds[0]
  const more = finding.nodeIds.length - 1
  return (
    <li
      className={`finding sev-${finding.severity}${selected ? ' is-selected' : ''}${finding.suppressed ? ' is-suppressed' : ''}`}
    >
      <button
        type="button"
        className="finding-head"
        aria-expanded={selected}
        onClick={() => onSelect(finding)}
      >
        <span className="finding-meta">
          <span className={`finding-sev sev-${finding.severity}`}>
            <StateIcon name={finding.severity} />
            {SEVERITY_WORD[finding.severity]}
          </span>
          <span className="finding-rule">{finding.ruleId}</span>
          {primary !== undefined ? <ElementName name={nameOf(primary)} /> : null}
          {more > 0 ? (
            <span
              className="finding-more"
              title={`Also on ${finding.nodeIds
                .slice(1)
                .map((id) => nameOf(id).full)
                .join(', ')}`}
            >
              +{more}
            </span>
          ) : null}
        </span>
        <span className="finding-title">{finding.title}</span>
        <span className="finding-message">{finding.message}</span>
        {finding.suppressed ? (
          <span className="finding-reason">
            <StateIcon name="suppressed" size={12} />
            Suppressed: {finding.suppressionReason}
          </span>
        ) : null}
      </button>
      {selected ? <FindingDetails finding={finding} onSuppress={onSuppress} /> : null}
    </li>
  )
}

function SuppressDialog({
  finding,
  elementName,
  onClose,
}: {
  finding: Finding
  elementName: string
  onClose: () => void
}) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const panel = useRef<HTMLFormElement>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const titleId = useId()
  const fieldId = useId()
  const errorId = useId()

  useEffect(() => field.current?.focus(), [])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') {
      setError('Enter a reason. It is saved in the design so that reviewers see why.')
      field.current?.focus()
      return
    }
    const nodeId = finding.nodeIds[0]
    if (nodeId === undefined) return
    const result = addSuppression(finding.ruleId, nodeId, reason)
    if (!result.ok) {
      setError(result.reason)
      return
    }
    showToast(`${finding.ruleId} is suppressed on ${elementName}. Undo with Ctrl+Z.`, 'success')
    onClose()
  }

  // Keys stay in the dialog: Escape cancels, Tab cycles, and no canvas shortcut (Delete…) fires.
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
      return
    }
    keepTabInside(event, panel.current)
  }

  return createPortal(
    <div className="modal-backdrop">
      <form
        ref={panel}
        className="dialog suppress-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
      >
        <h2 id={titleId} className="dialog-title">
          Suppress {finding.ruleId} on {elementName}
        </h2>
        <p className="dialog-message">
          “{finding.title}” moves to the Suppressed group and no longer counts. The reason is stored in the
          design file, so everyone who opens it sees why.
        </p>
        <label className="field-label" htmlFor={fieldId}>
          Reason (required)
        </label>
        <textarea
          ref={field}
          id={fieldId}
          className="text-area"
          rows={3}
          maxLength={2000}
          value={reason}
          aria-required="true"
          aria-invalid={error !== ''}
          aria-describedby={error !== '' ? errorId : undefined}
          placeholder="For example: the customer accepts a single instance in the pilot phase."
          onChange={(e) => {
            setReason(e.target.value)
            if (error !== '') setError('')
          }}
        />
        {error !== '' ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button is-primary">
            Suppress
          </button>
        </div>
      </form>
    </div>,
    document.body,
  )
}

export function ProblemsPanel() {
  const evaluation = useFindings((s) => s.evaluation)
  const status = useFindings((s) => s.status)
  const statusDetail = useFindings((s) => s.statusDetail)
  const selectedNodes = useSelection((s) => s.nodeIds)
  const nameOf = useNodeNames()
  const reveal = useRevealNode()
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES))
  const [onlySelection, setOnlySelection] = useState(false)
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const [suppressing, setSuppressing] = useState<{ finding: Finding; opener: HTMLElement } | null>(null)

  const findings = useMemo(() => evaluation?.findings ?? [], [evaluation])
  const counts = useMemo(() => countBySeverity(findings), [findings])
  const visible = useMemo(
    () => (onlySelection ? findings.filter((f) => f.nodeIds.some((id) => selectedNodes.has(id))) : findings),
    [findings, onlySelection, selectedNodes],
  )
  const suppressed = visible.filter((f) => f.suppressed)

  const toggle = (severity: Severity) =>
    setShown((s) => {
      const next = new Set(s)
      if (next.has(severity)) next.delete(severity)
      else next.add(severity)
      return next
    })

  const onSelect = (finding: Finding) => {
    const key = findingKey(finding)
    setSelectedKey(key)
    const primary = finding.nodeIds[0]
    if (primary !== undefined) reveal(primary)
  }

  const closeDialog = () => {
    const opener = suppressing?.opener
    setSuppressing(null)
    if (opener?.isConnected) opener.focus()
  }

  const growth = evaluation?.growth ?? 1
  const total = counts.error + counts.warning + counts.info

  return (
    <section className="findings-panel problems-panel" aria-label="Problems">
      <header className="findings-header">
        <h2 className="panel-title">Problems</h2>
        <p className="problems-total" aria-live="polite">
          {evaluation === null
            ? 'Checking the design…'
            : total === 0
              ? 'No problems'
              : SEVERITIES.filter((s) => counts[s] > 0)
                  .map((s) => countLabel(s, counts[s]))
                  .join(' · ')}
          {evaluation !== null && evaluation.summary.suppressed > 0
            ? ` · ${evaluation.summary.suppressed} suppressed`
            : ''}
        </p>
        <div className="severity-filter" role="group" aria-label="Show severities">
          {SEVERITIES.map((s) => (
            <button
              key={s}
              type="button"
              className={`filter-chip sev-${s}`}
              aria-pressed={shown.has(s)}
              onClick={() => toggle(s)}
            >
              <StateIcon name={s} />
              {SEVERITY_FILTER[s]} <span className="chip-count">{counts[s]}</span>
            </button>
          ))}
        </div>
        <label className="check-row">
          <input
            type="checkbox"
            checked={onlySelection}
            onChange={(e) => setOnlySelection(e.target.checked)}
          />
          Only the selected elements
        </label>
      </header>
      {status === 'paused' ? (
        <p className="findings-banner is-paused" role="status">
          <StateIcon name="paused" />
          Checking paused — {statusDetail}; restarting. The list shows the last completed check.
        </p>
      ) : null}
      {growth !== 1 ? (
        <div className="findings-banner is-whatif">
          <span>
            What-if {formatGrowth(growth)}: findings for {growth > 1 ? 'grown' : 'reduced'} client numbers;
            the design is not changed.
          </span>
          <button type="button" className="link-button" onClick={() => setGrowth(1)}>
            Back to ×1
          </button>
        </div>
      ) : null}
      {evaluation !== null && visible.length === 0 ? (
        <p className="findings-empty">
          <StateIcon name="ok" size={18} />
          {onlySelection ? 'No findings on the selected elements.' : 'No problems found in this design.'}
        </p>
      ) : null}
      {SEVERITIES.map((severity) => {
        if (!shown.has(severity)) return null
        const group = visible.filter((f) => !f.suppressed && f.severity === severity)
        if (group.length === 0) return null
        return (
          <section key={severity} className="finding-group" aria-label={SEVERITY_GROUP[severity]}>
            <h3 className={`finding-group-title sev-${severity}`}>
              <StateIcon name={severity} />
              {SEVERITY_GROUP[severity]} <span className="group-count">{group.length}</span>
            </h3>
            <ul className="finding-list">
              {group.map((f) => (
                <FindingItem
                  key={findingKey(f)}
                  finding={f}
                  selected={selectedKey === findingKey(f)}
                  onSelect={onSelect}
                  onSuppress={(finding, opener) => setSuppressing({ finding, opener })}
                  nameOf={nameOf}
                />
              ))}
            </ul>
          </section>
        )
      })}
      {suppressed.length > 0 ? (
        <section className="finding-group" aria-label="Suppressed">
          <h3 className="finding-group-title is-suppressed">
            <StateIcon name="suppressed" />
            Suppressed <span className="group-count">{suppressed.length}</span>
          </h3>
          <ul className="finding-list">
            {suppressed.map((f) => (
              <FindingItem
                key={findingKey(f)}
                finding={f}
                selected={selectedKey === findingKey(f)}
                onSelect={onSelect}
                onSuppress={(finding, opener) => setSuppressing({ finding, opener })}
                nameOf={nameOf}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {suppressing ? (
        <SuppressDialog
          finding={suppressing.finding}
          elementName={nameOf(suppressing.finding.nodeIds[0] ?? '').name}
          onClose={closeDialog}
        />
      ) : null}
    </section>
  )
}
