// @vitest-environment happy-dom
// The export dialog's finding markers while a what-if factor is in force: the picture waits
// ("checking") for the findings at ×1 from the worker, which then replace the inflated ones; the
// canvas's own findings at ×1 are used at once; a failed evaluation is announced and marks none.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useFindingsAsDesigned, type EvaluateAtOne } from '../../../src/renderer/src/export/export-findings'
import { useUi } from '../../../src/renderer/src/store/ui'
import type { DesignDocument } from '../../../src/shared/model/document'
import { evaluateDesign, type Evaluation } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

const doc = fixture('contoso').build()
const atOne = evaluateDesign(doc)
const inflated = evaluateDesign(doc, { growth: 3 })

function Markers(props: { evaluation: Evaluation | null; doc: DesignDocument; evaluate: EvaluateAtOne }) {
  const { findings, checking } = useFindingsAsDesigned(props.evaluation, props.doc, props.evaluate)
  return <p data-checking={String(checking)}>{findings.map((f) => f.ruleId).join(' ')}</p>
}

describe("the export dialog's findings", () => {
  let host: HTMLDivElement
  let root: Root
  let pending: { resolve: (e: Evaluation) => void; reject: (e: Error) => void }[]
  const evaluate: EvaluateAtOne = () =>
    new Promise((resolve, reject) => {
      pending.push({ resolve, reject })
    })
  const shown = () => host.querySelector('p')
  const render = (evaluation: Evaluation | null) =>
    act(() => root.render(<Markers evaluation={evaluation} doc={doc} evaluate={evaluate} />))

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    pending = []
    useUi.setState({ toasts: [] })
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
  })

  afterEach(() => {
    act(() => root.unmount())
    document.body.innerHTML = ''
  })

  it("are the canvas's at once when it evaluated at x1", async () => {
    await render(atOne)
    expect(shown()?.dataset.checking).toBe('false')
    expect(shown()?.textContent).toBe(atOne.findings.map((f) => f.ruleId).join(' '))
    expect(pending).toHaveLength(0)
  })

  it('wait for the findings at x1 while a what-if factor is in force, never showing the inflated ones', async () => {
    await render(inflated)
    expect(shown()?.dataset.checking).toBe('true')
    expect(shown()?.textContent).toBe('')
    await act(async () => pending[0]?.resolve(atOne))
    expect(shown()?.dataset.checking).toBe('false')
    expect(shown()?.textContent).toBe(atOne.findings.map((f) => f.ruleId).join(' '))
    expect(shown()?.textContent).not.toContain('CMG-CAP-001')
  })

  it('say so and mark none when the evaluation at x1 fails', async () => {
    await render(inflated)
    await act(async () => pending[0]?.reject(new Error('the checker stopped: out of memory')))
    expect(shown()?.dataset.checking).toBe('false')
    expect(shown()?.textContent).toBe('')
    expect(useUi.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
      [
        'error',
        'The findings at ×1 could not be checked (the checker stopped: out of memory); the picture marks none.',
      ],
    ])
  })
})
