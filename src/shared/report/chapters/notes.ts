// The design report's notes chapter: the design's notes and the sticky notes on the drawing, with
// their line breaks. Pure; runs in the renderer's report worker and in the CLI
// (`cmg-designer report`).
import type { NodeOfKind } from '../../model/schema'
import { el, fragment, type Html } from '../html'
import type { ReportInput } from '../report-input'

export function notes(input: ReportInput): Html {
  const designNotes = input.doc.design.notes.trim()
  const noteNodes = input.doc.nodes.filter((n): n is NodeOfKind<'note'> => n.kind === 'note')
  if (designNotes === '' && noteNodes.length === 0)
    return el('p', { class: 'empty' }, 'The design has no notes.')
  return fragment([
    designNotes === '' ? '' : [el('h3', {}, 'Design notes'), el('div', { class: 'note-text' }, designNotes)],
    noteNodes.length === 0
      ? ''
      : [
          el('h3', {}, 'Notes on the drawing'),
          noteNodes.map((n) =>
            el(
              'div',
              { class: 'sticky', 'data-node-id': n.id },
              n.name.trim() === '' ? '' : el('h4', {}, n.name),
              n.props.text.trim() === ''
                ? el('p', { class: 'muted' }, '(empty note)')
                : el('div', { class: 'note-text' }, n.props.text),
            ),
          ),
        ],
  ])
}
