// The right-hand side panel's tabs: Inspector (the selection/inspector slot the app passes in),
// Problems, Capacity (what-if growth and the capacity table) and Cost; which one is open lives in
// store/side-tab.ts. Only the open tab is rendered, and the Problems, Capacity and Cost panels are
// separate chunks loaded when their tab is first opened (the app starts on the inspector). Arrow
// keys, Home and End move between the tabs. Runs in the renderer.
import { lazy, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { LazyPart } from '../components/LazyPart'
import { countBySeverity } from '../design/findings-view'
import { useFindings } from '../store/findings'
import { showSideTab, useSideTab, type SideTab } from '../store/side-tab'
import './SideTabs.css'

const ProblemsPanel = lazy(() => import('./ProblemsPanel').then((m) => ({ default: m.ProblemsPanel })))
const WhatIfPanel = lazy(() => import('./WhatIfPanel').then((m) => ({ default: m.WhatIfPanel })))
const CapacityTable = lazy(() => import('./CapacityTable').then((m) => ({ default: m.CapacityTable })))
const CostPanel = lazy(() => import('./CostPanel').then((m) => ({ default: m.CostPanel })))

const TABS: readonly { readonly id: SideTab; readonly label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'problems', label: 'Problems' },
  { id: 'capacity', label: 'Capacity' },
  { id: 'cost', label: 'Cost' },
]

/** Unsuppressed findings, for the count on the Problems tab. */
function ProblemsCount() {
  const counts = useFindings((s) => {
    const c = s.evaluation ? countBySeverity(s.evaluation.findings) : null
    return c ? `${c.error}|${c.warning}|${c.info}` : ''
  })
  if (counts === '') return null
  const [errors = 0, warnings = 0] = counts.split('|').map(Number)
  const shown = errors + warnings
  if (shown === 0) return null
  return (
    <span className={`tab-count ${errors > 0 ? 'is-error' : 'is-warning'}`} aria-hidden="true">
      {shown}
    </span>
  )
}

export function SideTabs({ inspector }: { inspector: ReactNode }) {
  const tab = useSideTab((s) => s.tab)
  const list = useRef<HTMLDivElement>(null)

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab)
    const moves: Readonly<Record<string, number>> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    }
    const next = moves[event.key]
    const target = next === undefined ? undefined : TABS[next]
    if (!target) return
    event.preventDefault()
    showSideTab(target.id)
    list.current?.querySelector<HTMLButtonElement>(`#side-tab-${target.id}`)?.focus()
  }

  let body: ReactNode
  switch (tab) {
    case 'inspector':
      body = inspector
      break
    case 'problems':
      body = <ProblemsPanel />
      break
    case 'capacity':
      body = (
        <>
          <WhatIfPanel />
          <CapacityTable />
        </>
      )
      break
    case 'cost':
      body = <CostPanel />
      break
  }

  return (
    <div className="side-tabs">
      <div ref={list} className="side-tab-list" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`side-tab-${t.id}`}
            type="button"
            role="tab"
            className="side-tab"
            aria-selected={tab === t.id}
            aria-controls={`side-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => showSideTab(t.id)}
          >
            {t.label}
            {t.id === 'problems' ? <ProblemsCount /> : null}
          </button>
        ))}
      </div>
      <div
        id={`side-tabpanel-${tab}`}
        className="side-tab-panel"
        role="tabpanel"
        aria-labelledby={`side-tab-${tab}`}
      >
        <LazyPart key={tab} name="This panel">
          {body}
        </LazyPart>
      </div>
    </div>
  )
}
