// Markup building for the design report (report-html.ts and its chapters): plain strings are always
// escaped; only Html values pass through unchanged. Html holds its pieces until the whole report is
// written out (render), so the markup of nested elements (the picture alone is tens of MB on the
// largest designs) is copied once, not once per level. Also the small pieces several chapters
// share: data tables, severity icons and element names. Pure; runs in the renderer's report worker
// and in the CLI (`cmg-designer report`).
import type { DesignNode } from '../model/schema'
import type { Severity } from '../rules/types'
import { escapeMarkup } from './escape'
import { nodeName } from './labels'
import { severityShape } from './topology-svg'

export type Html = { readonly html: string } | { readonly parts: readonly Content[] }
export const raw = (html: string): Html => ({ html })
/** Several pieces of content as one Html value, joined only when the report is written out. */
export const fragment = (parts: readonly Content[]): Html => ({ parts })
export type Content = string | Html | readonly Content[]

function write(content: Content, out: string[]): void {
  if (typeof content === 'string') out.push(escapeMarkup(content))
  else if ('html' in content) out.push(content.html)
  else
    for (const part of 'parts' in content ? content.parts : (content as readonly Content[])) write(part, out)
}

export function render(content: Content): string {
  const out: string[] = []
  write(content, out)
  return out.join('')
}

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>

export function el(name: string, attributes: Attributes, ...children: Content[]): Html {
  let open = `<${name}`
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined || v === false) continue
    open += v === true ? ` ${k}` : ` ${k}="${escapeMarkup(String(v))}"`
  }
  return fragment([raw(`${open}>`), children, raw(`</${name}>`)])
}

export const p = (...children: Content[]): Html => el('p', {}, ...children)

interface Column {
  readonly label: string
  /** Class of the header and body cells, e.g. "num" for right-aligned numbers. */
  readonly cls?: string
}

export function table(
  className: string,
  columns: readonly Column[],
  rows: readonly (readonly Content[])[],
  empty: string,
): Html {
  if (rows.length === 0) return el('p', { class: 'empty' }, empty)
  return el(
    'table',
    { class: `data ${className}` },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        columns.map((c) => el('th', { class: c.cls, scope: 'col' }, c.label)),
      ),
    ),
    el(
      'tbody',
      {},
      rows.map((cells) =>
        el(
          'tr',
          {},
          cells.map((cell, i) => el('td', { class: columns[i]?.cls }, cell)),
        ),
      ),
    ),
  )
}

export function severityIcon(severity: Severity, size = 14): Html {
  return raw(
    `<svg class="icon" viewBox="-11 -11 22 22" width="${size}" height="${size}" aria-hidden="true">${severityShape(severity, 0, 0, 9.5)}</svg>`,
  )
}

/** Names up to this many characters stay on one line in tables ("NYC-CP1" must not break at its hyphen). */
const SHORT_NAME = 24

/** The element's name in bold, on one line when it is short. */
export function strongName(n: DesignNode): Html {
  const name = nodeName(n)
  return el('strong', { class: [...name].length <= SHORT_NAME ? 'nowrap' : undefined }, name)
}
