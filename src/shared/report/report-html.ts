// The design report: one self-contained HTML5 document (inline CSS and SVG, no scripts, no external
// resources, and a Content-Security-Policy that forbids both) that a consultant hands to a customer
// and that prints to A4 PDF: cover, topology picture, bill of materials, capacity, cost estimate with
// its assumptions, findings by severity with fixes and Microsoft Learn links, suppressed findings
// with their reasons, phases and notes. Every string from the design is escaped. Pure and
// deterministic: the generation date is passed in. Used by `cmg-designer report` and by the app (in
// its report worker). This module assembles the document: the cover, the chapters (chapters/, one
// module each), the stylesheet (stylesheet.ts) and the head with the report's own
// Content-Security-Policy.
import { APP_NAME, APP_VERSION } from '../model/factory'
import { billOfMaterials } from './chapters/bill-of-materials'
import { capacity } from './chapters/capacity'
import { cost } from './chapters/cost'
import { cover } from './chapters/cover'
import { findings } from './chapters/findings'
import { notes } from './chapters/notes'
import { phases } from './chapters/phases'
import { suppressed } from './chapters/suppressed'
import { printsLandscape, topology, topologyPicture } from './chapters/topology'
import { Design } from './design-index'
import { escapeMarkup } from './escape'
import { el, render, type Html } from './html'
import type { ReportInput } from './report-input'
import { reportStylesheet } from './stylesheet'

export type { ReportInput } from './report-input'

interface Chapter {
  readonly id: string
  readonly title: string
  /** Starts on a new printed page. */
  readonly newPage: boolean
  /** Printed on a landscape page of its own. */
  readonly landscape?: boolean
  readonly body: (number: number) => Html
}

function sectionHtml(chapter: Chapter, number: number): Html {
  return el(
    'section',
    {
      id: chapter.id,
      class: ['chapter', chapter.newPage ? 'new-page' : '', chapter.landscape ? 'landscape' : '']
        .filter((c) => c !== '')
        .join(' '),
    },
    el('h2', {}, el('span', { class: 'chapter-number' }, `${number}`), chapter.title),
    chapter.body(number),
  )
}

/**
 * The report's own Content-Security-Policy, first in its head: nothing may load or run (no scripts,
 * no fetches, no frames, no fonts), only its inline stylesheet and style attributes and data: images
 * (the app's canvas capture embeds its bitmaps as data: URLs). Wherever the file is opened from, a
 * browser then refuses to run or fetch anything, even markup that got past the escaping.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The whole report as one HTML document. */
export function renderReportHtml(input: ReportInput): string {
  const { doc } = input
  const design = new Design(doc)
  const picture = topologyPicture(input)
  const chapters: Chapter[] = [
    {
      id: 'topology',
      title: 'Topology',
      newPage: true,
      landscape: printsLandscape(picture),
      body: () => topology(input, picture),
    },
    {
      id: 'bill-of-materials',
      title: 'Bill of materials',
      newPage: true,
      body: () => billOfMaterials(input, design),
    },
    { id: 'capacity', title: 'Capacity', newPage: true, body: () => capacity(input, design) },
    { id: 'cost', title: 'Cost estimate', newPage: true, body: () => cost(input) },
    { id: 'findings', title: 'Findings', newPage: true, body: () => findings(input, design) },
    { id: 'suppressed', title: 'Suppressed findings', newPage: false, body: () => suppressed(input, design) },
    ...(doc.design.phases.length > 0
      ? [{ id: 'phases', title: 'Phases', newPage: true, body: () => phases(input) }]
      : []),
    { id: 'notes', title: 'Notes', newPage: doc.design.phases.length === 0, body: () => notes(input) },
  ]
  const title = `${doc.design.name} – CMG design report`
  const body = render([
    cover(
      input,
      design,
      chapters.map((c) => ({ id: c.id, title: c.title })),
    ),
    chapters.map((c, i) => sectionHtml(c, i + 1)),
  ])
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeMarkup(`${APP_NAME} ${APP_VERSION}`)}">
<title>${escapeMarkup(title)}</title>
<style>${reportStylesheet(doc.design.name)}</style>
</head>
<body>
<main class="report">
${body}
</main>
</body>
</html>
`
}
