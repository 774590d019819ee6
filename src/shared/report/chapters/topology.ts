// The design report's topology chapter: the picture of the design (the app's own capture when it is
// safe to embed, else renderTopologySvg's with finding markers) and whether it needs a landscape
// page. Pure; runs in the renderer's report worker and in the CLI (`cmg-designer report`).
import { el, fragment, p, raw, type Html } from '../html'
import { plural } from '../labels'
import type { ReportInput } from '../report-input'
import { renderTopologySvg } from '../topology-svg'

/**
 * Accepts only a single SVG document without scripts, event handlers, embedded documents or
 * references to anything on the network (see ReportInput.topologySvg). Inline styles and data: URLs,
 * as a canvas capture contains them, are fine.
 */
function acceptableSvg(svg: string | undefined): svg is string {
  if (svg === undefined) return false
  const t = svg.trim()
  return (
    /^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(t) &&
    /<\/svg>$/i.test(t) &&
    !/<\s*(script|iframe|frame|object|embed|link|meta|base)\b/i.test(t) &&
    !/\son[a-z]+\s*=|javascript:|@import/i.test(t) &&
    !/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\/|url\(\s*["']?\s*(https?:)?\/\//i.test(t)
  )
}

/** Width over height of an SVG document, from its viewBox or its width and height attributes. */
function aspectRatio(svg: string): number | undefined {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? ''
  const box = /\bviewBox\s*=\s*["']\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)/i.exec(open)
  const width = Number(box?.[1] ?? /\bwidth\s*=\s*["']\s*([\d.]+)/i.exec(open)?.[1])
  const height = Number(box?.[2] ?? /\bheight\s*=\s*["']\s*([\d.]+)/i.exec(open)?.[1])
  return width > 0 && height > 0 ? width / height : undefined
}

/** The picture to show: the app's, when acceptable, else the built-in one with finding markers. */
export function topologyPicture(input: ReportInput): string {
  return acceptableSvg(input.topologySvg)
    ? input.topologySvg.trim().replace(/^<\?xml[^>]*>\s*/i, '')
    : renderTopologySvg(input.doc, { findings: input.evaluation.findings, idPrefix: 'report-topology' })
}

/** Pictures wider than this (width / height) are printed on a landscape page. */
const LANDSCAPE_ABOVE = 1.3

/** Whether the picture is printed on a landscape page. */
export const printsLandscape = (svg: string): boolean => (aspectRatio(svg) ?? 1) > LANDSCAPE_ABOVE

export function topology(input: ReportInput, svg: string): Html {
  const d = input.doc
  return fragment([
    p(
      'The design as drawn in the designer. Containers hold their elements: sites hold servers, servers hold site system roles, Azure subscriptions hold CMGs. Markers at the top right of an element count its findings by severity (section ',
      el('a', { href: '#findings' }, 'Findings'),
      ').',
    ),
    el(
      'figure',
      { class: 'topology-figure' },
      raw(svg),
      el(
        'figcaption',
        {},
        `Topology of ${d.design.name}: ${plural(d.nodes.length, 'element')}, ${plural(d.edges.length, 'connection')}.`,
      ),
    ),
  ])
}
