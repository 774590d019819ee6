// @vitest-environment happy-dom
// A presentation step's summary while its evaluation comes from the worker: "Checking…" until it
// answers (the elements are counted at once; the summary is busy meanwhile), never the previous
// step's numbers once a frame has passed, a quick answer straight after the previous numbers, a step
// left abandons its request, a failure says why, and a design without a date of its own is checked
// on today's date.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StepSummary } from '../../../src/renderer/src/presentation/StepSummary'
import {
  PREVIOUS_ANSWER_MS,
  useStepEvaluation,
  type EvaluateStep,
} from '../../../src/renderer/src/presentation/step-evaluation'
import type { DesignDocument } from '../../../src/shared/model/document'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'
import { designAtPhase } from '../../../src/shared/picture/design-at-phase'
import { fixture } from '../../../src/shared/testing/fixture'
import { TEST_TODAY } from '../../support/today'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

interface Asked {
  readonly doc: DesignDocument
  readonly options: EvaluationOptions
  readonly signal: AbortSignal
  readonly answer: () => Promise<void>
  readonly fail: (message: string) => Promise<void>
}

const doc = fixture('contoso').build()
const pilot = designAtPhase(doc, 'pilot')
const target = designAtPhase(doc, 'target')

function Step(props: { doc: DesignDocument; today: string | null; evaluate: EvaluateStep }) {
  const evaluation = useStepEvaluation(props.doc, props.today, props.evaluate)
  return <StepSummary doc={props.doc} evaluation={evaluation} newCount={0} stepName="Step" compact={false} />
}

describe('a presentation step evaluated in the worker', () => {
  let host: HTMLDivElement
  let root: Root
  let asked: Asked[]
  const evaluate: EvaluateStep = (stepDoc, options, signal) =>
    new Promise<Evaluation>((resolve, reject) => {
      asked.push({
        doc: stepDoc,
        options,
        signal,
        answer: () => act(async () => resolve(evaluateDesign(stepDoc, options))),
        fail: (message) => act(async () => reject(new Error(message))),
      })
    })
  const last = () => asked.at(-1) ?? raiseNone()
  const show = (stepDoc: DesignDocument, today: string | null = TEST_TODAY) =>
    act(() => root.render(<Step doc={stepDoc} today={today} evaluate={evaluate} />))
  const findingsText = () => host.querySelector('#present-findings-title')?.parentElement?.textContent ?? ''
  const busy = () => host.querySelector('aside')?.getAttribute('aria-busy')
  const aFramePasses = () => act(() => vi.advanceTimersByTime(PREVIOUS_ANSWER_MS))

  beforeEach(() => {
    vi.useFakeTimers()
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    asked = []
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
  })

  afterEach(() => {
    act(() => root.unmount())
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('reads "Checking…" until the answer, then the findings, capacity and cost; elements at once', async () => {
    await show(pilot)
    expect(host.querySelector('[data-testid="present-elements"]')?.textContent).toBe('10 elements')
    expect(findingsText()).toContain('Checking…')
    expect(host.querySelector('[data-testid="present-finding-counts"]')).toBeNull()
    expect(host.querySelector('[data-testid="present-cost"]')).toBeNull()
    expect(busy()).toBe('true')
    await last().answer()
    expect(busy()).toBe('false')
    expect(findingsText()).not.toContain('Checking…')
    expect(host.querySelector('[data-testid="present-finding-counts"]')?.textContent).toBe(
      '0 errors1 warning2 notices',
    )
    expect(host.querySelector('[data-testid="present-capacity"]')).not.toBeNull()
    expect(host.querySelector('[data-testid="present-cost"]')).not.toBeNull()
  })

  it("checks the step on today's date, the editor's", async () => {
    await show(pilot)
    expect(last().doc).toBe(pilot)
    expect(last().options).toEqual({ today: TEST_TODAY })
  })

  it("never shows the previous step's numbers once a frame has passed", async () => {
    await show(pilot)
    await last().answer()
    expect(findingsText()).toContain('1 warning')
    await show(target)
    await aFramePasses()
    expect(findingsText()).toContain('Checking…')
    expect(findingsText()).not.toContain('1 warning')
    expect(findingsText()).not.toContain('Fewer than two CMG connection points per site')
    await last().answer()
    expect(findingsText()).toContain('0 warnings')
  })

  it('goes straight from the previous numbers to a quick answer, without "Checking…" between', async () => {
    await show(pilot)
    await last().answer()
    await show(target)
    expect(findingsText()).not.toContain('Checking…')
    expect(busy()).toBe('true')
    await last().answer()
    expect(busy()).toBe('false')
    expect(findingsText()).not.toContain('Checking…')
    expect(findingsText()).toContain('0 warnings')
    await aFramePasses()
    expect(findingsText()).toContain('0 warnings')
  })

  it('abandons the request of a step left before its answer, and ignores a late answer', async () => {
    await show(pilot)
    const left = last()
    await show(target)
    expect(left.signal.aborted).toBe(true)
    expect(last().signal.aborted).toBe(false)
    await left.answer()
    await aFramePasses()
    expect(findingsText()).toContain('Checking…')
    await last().answer()
    expect(findingsText()).toContain('0 warnings')
  })

  it('says the step is not checked, and why, when the evaluation fails', async () => {
    await show(pilot)
    await last().fail('the checker did not answer within 30 s')
    expect(findingsText()).toContain('Not checked')
    expect(findingsText()).toContain('The checks could not run: the checker did not answer within 30 s.')
    expect(busy()).toBe('false')
    expect(host.querySelector('[data-testid="present-finding-counts"]')).toBeNull()
  })
})

function raiseNone(): never {
  throw new Error('nothing was asked')
}
