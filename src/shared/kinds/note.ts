// The note element: a sticky note for workshop remarks; no rule reads it. Pure.
import { z } from 'zod'
import { MAX_TEXT } from '../model/limits'
import { text } from '../model/primitives'
import { field } from './field'
import { defineKind } from './kind'

export const NoteProps = z.strictObject({
  text: field(text(MAX_TEXT).default(''), {
    label: 'Text',
    widget: 'textarea',
    help: 'A workshop remark; no rule reads it.',
  }),
})

export const note = defineKind({
  props: NoteProps,
  label: 'Note',
  tag: 'Note',
  inFindings: 'Note',
  phrase: 'a note',
  namePrefix: 'Note',
  nameStyle: 'words',
  idPrefix: 'note',
  group: 'Annotations',
  hint: 'A sticky note for workshop remarks',
  size: { width: 224, height: 128 },
  colour: { line: '#9a7b00', fill: '#fff8c5' },
  form: [{ title: 'Note', fields: ['text'] }],
  oneLine: false,
  summary: (p) => (p.text.trim() === '' ? [{ text: 'Empty note', tone: 'muted' }] : [{ text: p.text }]),
})
