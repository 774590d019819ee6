// @vitest-environment happy-dom
// Node views read their element from the document through useElement: a view re-renders when its
// own element changes and shows the new content, and neither another element's edit nor a drag
// frame (live geometry only) re-renders it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import {
  deleteElements,
  loadOpened,
  setLivePositions,
  updateNodeProps,
} from '../../../src/renderer/src/store/document'
import { useElement } from '../../../src/renderer/src/store/element-content'
import { DesignDocument, type DesignDocumentInput } from '../../../src/shared/model/document'

const fourthCoffee = DesignDocument.parse(
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', 'resources', 'templates', 'fourth-coffee.cmgd'), 'utf8'),
  ) as DesignDocumentInput,
)

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

const renders = new Map<string, number>()

function Shown({ id }: { readonly id: string }) {
  const element = useElement(id)
  renders.set(id, (renders.get(id) ?? 0) + 1)
  const text = element?.kind === 'clientPopulation' ? String(element.props.count) : 'gone'
  return <p data-id={id}>{text}</p>
}

describe('an element read by its view', () => {
  it('re-renders that view only, for its own changes and not for drag frames', async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    loadOpened({
      ok: true,
      handle: 'h',
      fileName: 'x.cmgd',
      hasFile: false,
      dirty: false,
      doc: fourthCoffee,
    } as Parameters<typeof loadOpened>[0])
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    await act(async () =>
      root.render(
        <>
          {['pop-sea', 'pop-par'].map((id) => (
            <Shown key={id} id={id} />
          ))}
        </>,
      ),
    )
    const shown = (id: string) => host.querySelector(`[data-id="${id}"]`)!.textContent
    const start = new Map(renders)

    await act(async () => void updateNodeProps('pop-sea', { count: 4321 }))
    expect(shown('pop-sea')).toBe('4321')
    expect(renders.get('pop-sea')).toBe(start.get('pop-sea')! + 1)
    expect(renders.get('pop-par')).toBe(start.get('pop-par'))

    await act(async () => setLivePositions(new Map([['pop-sea', { x: 5, y: 5 }]])))
    expect(renders.get('pop-sea')).toBe(start.get('pop-sea')! + 1)

    await act(async () => void deleteElements(['pop-sea']))
    expect(shown('pop-sea')).toBe('gone')
    expect(renders.get('pop-par')).toBe(start.get('pop-par'))
    await act(async () => root.unmount())
  })
})
