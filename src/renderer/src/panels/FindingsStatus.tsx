// The checking status in the status bar: "Checking…" while the rules worker is busy (shown only
// when a check takes noticeably long, so quick edits do not flicker), "✓ 0 errors · 2 warnings ·
// 3 info" when done, or "Checking paused — <reason>; restarting" after the worker failed. Icons and
// words together; clicking opens the Problems tab. Runs in the renderer.
import { useEffect, useState } from 'react'
import { SEVERITIES, StateIcon, countLabel } from '../components/SeverityIcon'
import { countBySeverity } from '../design/findings-view'
import { useFindings } from '../store/findings'
import { showSideTab } from '../store/side-tab'
import './FindingsStatus.css'

/** A check shorter than this keeps showing the previous counts. */
const CHECKING_DELAY_MS = 300

function useDelayedChecking(checking: boolean): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!checking) return
    const timer = setTimeout(() => setShown(true), CHECKING_DELAY_MS)
    return () => {
      clearTimeout(timer)
      setShown(false)
    }
  }, [checking])
  return checking && shown
}

export function FindingsStatus() {
  const status = useFindings((s) => s.status)
  const detail = useFindings((s) => s.statusDetail)
  const counts = useFindings((s) => {
    const c = s.evaluation ? countBySeverity(s.evaluation.findings) : null
    return c ? `${c.error}|${c.warning}|${c.info}` : ''
  })
  const slow = useDelayedChecking(status === 'checking')
  const open = () => showSideTab('problems')

  let content
  if (status === 'paused')
    content = (
      <>
        <StateIcon name="paused" />
        <span>Checking paused — {detail}; restarting</span>
      </>
    )
  else if (counts === '' || slow)
    content = (
      <>
        <StateIcon name="checking" />
        <span>Checking…</span>
      </>
    )
  else {
    const [error = 0, warning = 0, info = 0] = counts.split('|').map(Number)
    const byName = { error, warning, info }
    const clean = error === 0 && warning === 0
    content = (
      <>
        {clean ? <StateIcon name="ok" /> : null}
        {SEVERITIES.map((s, i) => (
          <span key={s} className={`status-count sev-${s}${byName[s] > 0 ? ' is-nonzero' : ''}`}>
            {i > 0 ? <span className="status-sep">·</span> : null}
            {!clean && byName[s] > 0 ? <StateIcon name={s} size={12} /> : null}
            {countLabel(s, byName[s])}
          </span>
        ))}
      </>
    )
  }

  return (
    <button
      type="button"
      className={`findings-status is-${status === 'paused' ? 'paused' : slow || counts === '' ? 'checking' : 'done'}`}
      data-testid="status-findings"
      title="Show the Problems panel"
      onClick={open}
    >
      <span role="status" className="findings-status-text">
        {content}
      </span>
    </button>
  )
}
