// Presentation mode: the design full screen for a workshop, read-only and without the editing
// chrome (no palette, inspector, handles or grips), in large type. It steps through the design's
// phases (arrow keys, Page Up/Down of a presenter remote, or the phase strip); each step shows the
// elements up to that phase, on a camera fitted to the whole design so nothing jumps between
// steps, with the findings, capacity and cost of evaluating that step's sub-design (in a worker,
// step-evaluation.ts: the step is drawn at once and reads "Checking…" until they come). While it
// is on, only the present, theme and save commands run (Save: its shortcut, and main's close prompt
// asking the page to save); the design is never touched, so entering or leaving never marks it
// unsaved. Esc (or F5) leaves. Runs in the renderer.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import {
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react'
import { runsWhilePresenting } from '../../../shared/commands/table'
import type { DesignDocument } from '../../../shared/model/document'
import { NODE_KINDS, type EdgeKind } from '../../../shared/model/schema'
import { SEVERITY_ORDER } from '../../../shared/rules/types'
import { runCommand, setCommandGuard } from '../commands'
import { Icon } from '../components/icons'
import { designBounds, type Rect } from '../design/geometry'
import { EdgeMarkers } from '../editor/EdgeMarkers'
import DesignEdgeView from '../editor/edges/DesignEdgeView'
import {
  FlowEdgeCache,
  FlowNodeCache,
  type DesignFlowEdge,
  type DesignFlowNode,
} from '../editor/flow-elements'
import { shortcutFor } from '../keyboard'
import { useDocument } from '../store/document'
import './PresentationMode.css'
import { PhaseStrip } from './PhaseStrip'
import PresentationNode, { StepNodeContext, type NodeVerdict, type StepNodeInfo } from './PresentationNode'
import { designAtPhase, newAtPhase, presentationSteps } from './phase-filter'
import { goToStep, stopPresentation, usePresentation } from '../store/presentation'
import { useToday } from '../store/today'
import { StepSummary } from './StepSummary'
import { useStepEvaluation } from './step-evaluation'

const nodeTypes: NodeTypes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, PresentationNode]))
const edgeTypes: EdgeTypes = { design: DesignEdgeView }
const NOTHING_SELECTED: ReadonlySet<string> = new Set()
const NO_LIVE_GEOMETRY = { positions: new Map(), sizes: new Map() }
const FIT_PADDING = 0.06
const MIN_ZOOM = 0.05
const MAX_ZOOM = 1.6
/** A projected slide shows the design only. */
const PRO_OPTIONS = { hideAttribution: true }

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])

const presentMarkerId = (kind: EdgeKind) => `cmg-present-arrow-${kind}`

/** Keeps the whole design fitted to the pane, also when the window or the screen changes size. */
function useFitWholeDesign(pane: RefObject<HTMLDivElement | null>, bounds: Rect | null): void {
  const flow = useReactFlow()
  useEffect(() => {
    const element = pane.current
    if (!element || !bounds) return
    const fit = () => {
      const { clientWidth: width, clientHeight: height } = element
      if (width === 0 || height === 0) return
      void flow.setViewport(getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, FIT_PADDING))
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(element)
    return () => observer.disconnect()
  }, [flow, pane, bounds])
}

/** Height of the summary band when it sits below the canvas; width of the side panel (PresentationMode.css). */
const SUMMARY_BAND_HEIGHT = 232
const sidePanelWidth = (windowWidth: number) => Math.min(440, Math.max(320, windowWidth * 0.26))
/** Header and phase strip together, roughly. */
const CHROME_HEIGHT = 160

export type SummaryPlacement = 'side' | 'below'

/**
 * Where the step summary goes so that the design is drawn as large as possible: beside the canvas
 * for a tall design, below it for a wide one (most topologies read left to right).
 */
export function summaryPlacement(bounds: Rect | null, width: number, height: number): SummaryPlacement {
  if (!bounds || bounds.width <= 0 || bounds.height <= 0) return 'side'
  const zoom = (w: number, h: number) => Math.min(w / bounds.width, h / bounds.height)
  const side = zoom(width - sidePanelWidth(width), height - CHROME_HEIGHT)
  const below = zoom(width, height - CHROME_HEIGHT - SUMMARY_BAND_HEIGHT)
  return below > side * 1.05 ? 'below' : 'side'
}

function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }))
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight })
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return size
}

function StepCanvas({ doc, step, bounds }: { doc: DesignDocument; step: StepNodeInfo; bounds: Rect | null }) {
  const pane = useRef<HTMLDivElement>(null)
  const [nodeCache, edgeCache] = useMemo(() => [new FlowNodeCache(), new FlowEdgeCache()] as const, [])
  const nodes = useMemo(
    () => nodeCache.derive(doc.nodes, NOTHING_SELECTED, NO_LIVE_GEOMETRY),
    [nodeCache, doc],
  )
  const edges = useMemo(
    () =>
      edgeCache
        .derive(doc.edges, doc.nodes, NOTHING_SELECTED)
        .map((e) => (e.data ? { ...e, markerEnd: presentMarkerId(e.data.kind) } : e)),
    [edgeCache, doc],
  )
  useFitWholeDesign(pane, bounds)
  return (
    <div className="present-canvas" ref={pane}>
      <StepNodeContext.Provider value={step}>
        <ReactFlow<DesignFlowNode, DesignFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
          panOnDrag={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          preventScrolling={false}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          proOptions={PRO_OPTIONS}
          aria-label={`Design at step “${step.stepName}”`}
        >
          <EdgeMarkers idFor={presentMarkerId} />
        </ReactFlow>
      </StepNodeContext.Provider>
    </div>
  )
}

/** Read-only and full screen while mounted: the command guard, the keys, the fullscreen request. */
function usePresentingSession(root: RefObject<HTMLDivElement | null>, stepCount: number): void {
  useEffect(() => {
    // Only the table's inPresentation commands run: leaving, switching the theme, and saving.
    const removeGuard = setCommandGuard(runsWhilePresenting)
    const html = document.documentElement
    html.classList.add('is-presenting')
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null
    root.current?.focus()

    let wasFullscreen = false
    const onFullscreenChange = () => {
      if (document.fullscreenElement) wasFullscreen = true
      // Leaving full screen by the browser's own means (its Esc handling) ends the presentation.
      else if (wasFullscreen) stopPresentation()
    }
    document.addEventListener('fullscreenchange', onFullscreenChange)
    if (!document.fullscreenElement && html.requestFullscreen)
      // Refused without a user gesture (e.g. a menu command over IPC): the window stays as it is.
      html.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined)

    return () => {
      removeGuard()
      html.classList.remove('is-presenting')
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
      previousFocus?.focus()
    }
  }, [root])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Nothing below the presentation sees a key: no editing shortcut can act.
      event.stopPropagation()
      const { key } = event
      if (key === 'Escape' || key === 'F5') {
        event.preventDefault()
        stopPresentation()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey) {
        event.preventDefault()
        if (shortcutFor(event)?.command === 'save') runCommand('save')
        return
      }
      const onControl = event.target instanceof HTMLElement && event.target.closest('button') !== null
      if (onControl && (key === ' ' || key === 'Enter')) return
      const { stepIndex } = usePresentation.getState()
      let next: number | undefined
      if (NEXT_KEYS.has(key)) next = stepIndex + 1
      else if (PREVIOUS_KEYS.has(key)) next = stepIndex - 1
      else if (key === 'Home') next = 0
      else if (key === 'End') next = stepCount - 1
      if (next === undefined) return
      event.preventDefault()
      goToStep(next, stepCount)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [stepCount])
}

export function PresentationMode() {
  const root = useRef<HTMLDivElement>(null)
  const doc = useDocument((s) => s.doc)
  const steps = useMemo(() => presentationSteps(doc.design.phases), [doc.design.phases])
  const stepIndex = usePresentation((s) => Math.min(s.stepIndex, steps.length - 1))
  const step = steps[stepIndex] ?? steps[0]
  const phaseId = step?.phaseId ?? null
  const stepName = step?.name ?? ''
  const stepDoc = useMemo(() => designAtPhase(doc, phaseId), [doc, phaseId])
  // On today's date, as the editor checks it, when the design has no evaluation date of its own.
  const today = useToday()
  const evaluation = useStepEvaluation(stepDoc, today)
  const newIds = useMemo(() => newAtPhase(doc, phaseId), [doc, phaseId])
  const stepInfo = useMemo<StepNodeInfo>(() => {
    const verdicts = new Map<string, NodeVerdict>()
    const findings = evaluation.status === 'done' ? evaluation.evaluation.findings : []
    for (const finding of findings) {
      const id = finding.nodeIds[0]
      if (finding.suppressed || id === undefined) continue
      const previous = verdicts.get(id)
      if (!previous || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[previous.severity])
        verdicts.set(id, { severity: finding.severity, count: 1 })
      else if (previous.severity === finding.severity)
        verdicts.set(id, { severity: previous.severity, count: previous.count + 1 })
    }
    // "New" marks the outermost new elements: what is inside a new container is new as well.
    const parents = new Map(stepDoc.nodes.map((n) => [n.id, n.parentId]))
    const newRoots = new Set(
      [...newIds].filter((id) => {
        const parent = parents.get(id)
        return parent === undefined || !newIds.has(parent)
      }),
    )
    return { verdicts, newIds: newRoots, stepName }
  }, [evaluation, newIds, stepName, stepDoc])
  usePresentingSession(root, steps.length)
  const bounds = useMemo(() => designBounds(doc), [doc])
  const windowSize = useWindowSize()
  const placement = summaryPlacement(bounds, windowSize.width, windowSize.height)

  return (
    <div
      ref={root}
      className={`presentation summary-${placement}`}
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation of ${doc.design.name}`}
      tabIndex={-1}
    >
      <header className="present-header">
        <span className="present-logo" aria-hidden="true">
          <Icon name="logo" size={26} />
        </span>
        <div className="present-titles">
          <h1 className="present-design-name">{doc.design.name}</h1>
          <p className="present-step-label" aria-live="polite">
            {steps.length > 1 ? `Step ${stepIndex + 1} of ${steps.length}: ` : ''}
            <strong>{stepName}</strong>
          </p>
        </div>
        <button type="button" className="present-exit" onClick={stopPresentation}>
          Exit presentation <kbd>Esc</kbd>
        </button>
      </header>
      <ReactFlowProvider>
        <StepCanvas doc={stepDoc} step={stepInfo} bounds={bounds} />
      </ReactFlowProvider>
      <StepSummary
        doc={stepDoc}
        evaluation={evaluation}
        newCount={newIds.size}
        stepName={stepName}
        compact={placement === 'below'}
      />
      <PhaseStrip steps={steps} current={stepIndex} onSelect={(i) => goToStep(i, steps.length)} />
    </div>
  )
}
