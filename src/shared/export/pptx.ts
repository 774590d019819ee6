// The PowerPoint deck of a design (.pptx, written with pptxgenjs): a title slide; one slide per
// phase with the picture of the design at that phase (src/shared/report/topology-svg.ts, as PNG),
// what that step adds, its findings and its capacity highlights (a design without phases gets one
// "Design" slide); a findings slide; a capacity and cost slide. Every text is a real text box or
// table. The caller rasterises the pictures (the CLI with resvg, the app on a canvas), so this
// module stays pure: it reads no clock (the title's date is the design's evaluation date, else the
// host's today) and touches no file. Used by `cmg-designer export` and the app's export dialog.
import PptxGenJS from 'pptxgenjs'
import type { DesignDocument } from '../model/document'
import type { DesignNode } from '../model/schema'
import { APP_NAME, APP_VERSION } from '../model/factory'
import { designAtPhase } from '../picture/design-at-phase'
import { capacityHeadroom, describeNode, isOverLimit, phaseSteps } from '../report/design-steps'
import { formatMoney, formatNumber } from '../report/labels'
import { pictureSize, renderTopologySvg, type PictureTheme } from '../report/topology-svg'
import { evaluateDesign, type Evaluation } from '../rules/engine'
import type { CapacityRow, Finding, Severity } from '../rules/types'
import { bytesToBase64 } from '../util/base64'

/** A picture of the design to put on a slide: SVG markup and its size in picture units. */
export interface SlidePicture {
  readonly svg: string
  readonly width: number
  readonly height: number
}

/** Draws a picture as PNG bytes, `scale` pixels per picture unit. */
export type RasterisePicture = (picture: SlidePicture, scale: number) => Promise<Uint8Array>

export interface DeckInput {
  readonly doc: DesignDocument
  /** The whole design evaluated as it is (what-if ×1). */
  readonly evaluation: Evaluation
  /** The host's today (YYYY-MM-DD): the evaluation date of a design that has none. */
  readonly today?: string
  readonly theme: PictureTheme
  readonly legend: boolean
  /** Pixels per picture unit of the slides' pictures (default 2), lowered for a picture too large (PICTURE_MAX_SIDE). */
  readonly scale?: number
  readonly rasterise: RasterisePicture
}

/**
 * The longest side of a slide's picture in pixels: about 700 dpi across the picture's place on the
 * slide, sharp when zoomed in, while the picture of a 1,000-element design (over 10,000 units tall)
 * stays a few megabytes and seconds to draw.
 */
export const PICTURE_MAX_SIDE = 6000

/** The scale a picture is drawn at: the one asked for, lowered until its longest side fits PICTURE_MAX_SIDE. */
export function slidePictureScale(picture: { width: number; height: number }, asked = 2): number {
  const longest = Math.max(picture.width, picture.height, 1)
  return Math.min(asked, PICTURE_MAX_SIDE / longest)
}

// Sizes in inches on a 16:9 slide (13.33 × 7.5 in, PowerPoint's "Widescreen").
const SLIDE_W = 13.333
const MARGIN = 0.45
const BODY_TOP = 1.35
const BODY_H = 5.75
const FONT = 'Arial'
const INK = '1F2937'
const MUTED = '6B7280'
const ACCENT = '0F4C81'
const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = {
  error: 'B42318',
  warning: '9A6700',
  info: '1D4ED8',
}
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
}

/** At most this many items of a list on a phase slide; the rest is counted. */
const STEP_ELEMENTS = 8
const STEP_FINDINGS = 3
const STEP_CAPACITY = 3
/** Rows of the findings and capacity tables. */
const TABLE_FINDINGS = 9
const TABLE_CAPACITY = 9

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`

const usedShare = (r: CapacityRow): number => (r.limit > 0 ? r.load / r.limit : 0)

/** Capacity rows most used first (exceeded ones lead). */
const busiest = (rows: readonly CapacityRow[]): CapacityRow[] =>
  [...rows].sort((a, b) => usedShare(b) - usedShare(a))

function summaryCounts(evaluation: Evaluation): string {
  const s = evaluation.summary
  return [
    plural(s.errors, 'error'),
    plural(s.warnings, 'warning'),
    `${formatNumber(s.info)} info`,
    `${formatNumber(s.suppressed)} suppressed`,
  ].join(', ')
}

type Run = PptxGenJS.TextProps

const heading = (text: string): Run => ({
  text,
  options: { bold: true, fontSize: 13, color: ACCENT, breakLine: true, paraSpaceBefore: 6 },
})
const bullet = (text: string, colour = INK): Run => ({
  text,
  options: { bullet: true, fontSize: 10.5, color: colour, breakLine: true },
})
const line = (text: string, colour = MUTED): Run => ({
  text,
  options: { fontSize: 10.5, color: colour, breakLine: true },
})

class Deck {
  readonly pptx = new PptxGenJS()
  private readonly byId: ReadonlyMap<string, DesignNode>

  constructor(private readonly input: DeckInput) {
    this.pptx.layout = 'LAYOUT_WIDE'
    this.pptx.title = input.doc.design.name
    this.pptx.company = APP_NAME
    this.pptx.author = `${APP_NAME} ${APP_VERSION}`
    this.byId = new Map(input.doc.nodes.map((n) => [n.id, n]))
  }

  describe = (id: string): string => {
    const n = this.byId.get(id)
    return n ? describeNode(n) : id
  }

  private slide(title: string, subtitle: string): PptxGenJS.Slide {
    const slide = this.pptx.addSlide()
    slide.addText(title, {
      x: MARGIN,
      y: 0.3,
      w: SLIDE_W - 2 * MARGIN,
      h: 0.6,
      fontFace: FONT,
      fontSize: 24,
      bold: true,
      color: ACCENT,
      valign: 'middle',
      margin: 0,
    })
    slide.addText(subtitle, {
      x: MARGIN,
      y: 0.88,
      w: SLIDE_W - 2 * MARGIN,
      h: 0.35,
      fontFace: FONT,
      fontSize: 12,
      color: MUTED,
      valign: 'top',
      margin: 0,
    })
    return slide
  }

  titleSlide(): void {
    const { doc, evaluation, today } = this.input
    const d = doc.design
    const slide = this.pptx.addSlide()
    slide.background = { color: ACCENT }
    slide.addText(d.name, {
      x: 0.8,
      y: 2.0,
      w: SLIDE_W - 1.6,
      h: 1.4,
      fontFace: FONT,
      fontSize: 40,
      bold: true,
      color: 'FFFFFF',
      valign: 'bottom',
      margin: 0,
    })
    slide.addText('Cloud management gateway design', {
      x: 0.8,
      y: 3.5,
      w: SLIDE_W - 1.6,
      h: 0.5,
      fontFace: FONT,
      fontSize: 20,
      color: 'DCE8F5',
      margin: 0,
    })
    const clients = doc.nodes.reduce((n, x) => n + (x.kind === 'clientPopulation' ? x.props.count : 0), 0)
    const count = (kind: DesignNode['kind']) => doc.nodes.filter((n) => n.kind === kind).length
    const facts = [
      `Configuration Manager ${evaluation.cmVersion} · ${d.environment === 'lab' ? 'lab or proof of concept' : 'production'}`,
      `${plural(count('site'), 'site')} · ${plural(count('server'), 'server')} · ${plural(count('cmg'), 'CMG')} · ${plural(clients, 'client')}`,
      `Findings: ${summaryCounts(evaluation)}`,
      `Evaluated on ${d.evaluationDate ?? today ?? 'no date set'} · ${APP_NAME} ${APP_VERSION}`,
    ]
    slide.addText(
      facts.map((text) => ({ text, options: { breakLine: true } })),
      {
        x: 0.8,
        y: 4.4,
        w: SLIDE_W - 1.6,
        h: 1.6,
        fontFace: FONT,
        fontSize: 14,
        color: 'FFFFFF',
        valign: 'top',
        margin: 0,
        paraSpaceAfter: 4,
      },
    )
  }

  async phaseSlides(): Promise<void> {
    const { doc, evaluation, today } = this.input
    const phases = doc.design.phases
    if (phases.length === 0) {
      await this.stepSlide(
        'Design',
        'The whole design',
        null,
        evaluation,
        doc.nodes.filter((n) => n.kind !== 'note'),
      )
      return
    }
    const steps = phaseSteps(doc)
    for (const [i, phase] of phases.entries()) {
      const atPhase = designAtPhase(doc, phase.id)
      const stepEvaluation = evaluateDesign(atPhase, {
        cmVersion: evaluation.cmVersion,
        ...(today === undefined ? {} : { today }),
      })
      const added = [...(i === 0 ? steps.fromStart : []), ...(steps.added[i] ?? [])]
      const name = phase.name.trim() === '' ? phase.id : phase.name
      await this.stepSlide(
        `Phase ${i + 1} of ${phases.length}: ${name}`,
        `${plural(atPhase.nodes.filter((n) => n.kind !== 'note').length, 'element')} in place at this step`,
        phase.id,
        stepEvaluation,
        added,
      )
    }
  }

  private async stepSlide(
    title: string,
    subtitle: string,
    phase: string | null,
    stepEvaluation: Evaluation,
    added: readonly DesignNode[],
  ): Promise<void> {
    const { doc, theme, legend, rasterise } = this.input
    const slide = this.slide(title, subtitle)
    const svg = renderTopologySvg(doc, {
      findings: stepEvaluation.findings,
      phase,
      theme,
      legend,
      idPrefix: 'deck',
    })
    const size = pictureSize(svg)
    const png = await rasterise({ svg, ...size }, slidePictureScale(size, this.input.scale))
    // The picture keeps its proportions inside the left 8.3 × 5.75 in.
    const boxW = 8.3
    const scale = Math.min(boxW / Math.max(size.width, 1), BODY_H / Math.max(size.height, 1))
    const w = size.width * scale
    const h = size.height * scale
    slide.addImage({
      data: `image/png;base64,${bytesToBase64(png)}`,
      x: MARGIN + (boxW - w) / 2,
      y: BODY_TOP + (BODY_H - h) / 2,
      w,
      h,
      altText: `${doc.design.name}: ${title}`,
    })

    const runs: Run[] = [heading(phase === null ? 'Elements' : 'New at this step')]
    if (added.length === 0) runs.push(line('Nothing new'))
    for (const n of added.slice(0, STEP_ELEMENTS)) runs.push(bullet(describeNode(n)))
    if (added.length > STEP_ELEMENTS)
      runs.push(line(`and ${plural(added.length - STEP_ELEMENTS, 'more element')}`))

    const open = stepEvaluation.findings.filter((f) => !f.suppressed)
    runs.push(heading('Findings'), line(summaryCounts(stepEvaluation)))
    for (const f of open.slice(0, STEP_FINDINGS))
      runs.push(bullet(`${f.ruleId}: ${f.message}`, SEVERITY_COLOUR[f.severity]))
    if (open.length > STEP_FINDINGS)
      runs.push(line(`and ${plural(open.length - STEP_FINDINGS, 'more finding')}`))

    const rows = busiest(stepEvaluation.capacity)
    runs.push(heading('Capacity'))
    if (rows.length === 0) runs.push(line('Nothing with a capacity limit yet'))
    for (const r of rows.slice(0, STEP_CAPACITY))
      runs.push(
        bullet(
          `${this.describe(r.nodeId)}: ${r.label}, ${formatNumber(r.load)} of ${formatNumber(r.limit)} (${Math.round(usedShare(r) * 100)}%${isOverLimit(r) ? ', over the limit' : ''})`,
          isOverLimit(r) ? SEVERITY_COLOUR.error : INK,
        ),
      )
    slide.addText(runs, {
      x: MARGIN + boxW + 0.25,
      y: BODY_TOP,
      w: SLIDE_W - MARGIN - (MARGIN + boxW + 0.25),
      h: BODY_H,
      fontFace: FONT,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    })
  }

  findingsSlide(): void {
    const { evaluation } = this.input
    const open = evaluation.findings.filter((f) => !f.suppressed)
    const slide = this.slide('Findings', `${summaryCounts(evaluation)} for the whole design`)
    if (open.length === 0) {
      slide.addText('No open findings: the design follows every rule that applies to it.', {
        x: MARGIN,
        y: BODY_TOP,
        w: SLIDE_W - 2 * MARGIN,
        h: 0.5,
        fontFace: FONT,
        fontSize: 14,
        color: INK,
      })
      return
    }
    const cell = (text: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
      text,
      options,
    })
    const header = ['Severity', 'Rule', 'Element', 'Finding'].map((t) =>
      cell(t, { bold: true, color: 'FFFFFF', fill: { color: ACCENT } }),
    )
    const rows = open
      .slice(0, TABLE_FINDINGS)
      .map((f: Finding) => [
        cell(SEVERITY_LABEL[f.severity], { bold: true, color: SEVERITY_COLOUR[f.severity] }),
        cell(f.ruleId),
        cell(f.nodeIds[0] === undefined ? '—' : this.describe(f.nodeIds[0])),
        cell(f.message),
      ])
    slide.addTable([header, ...rows], {
      x: MARGIN,
      y: BODY_TOP,
      w: SLIDE_W - 2 * MARGIN,
      colW: [1.0, 1.45, 2.9, SLIDE_W - 2 * MARGIN - 5.35],
      fontFace: FONT,
      fontSize: 10,
      color: INK,
      valign: 'top',
      border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
      margin: 0.05,
    })
    if (open.length > TABLE_FINDINGS)
      slide.addText(
        `and ${plural(open.length - TABLE_FINDINGS, 'more finding')}: the design report lists every finding with its fix.`,
        {
          x: MARGIN,
          y: 6.85,
          w: SLIDE_W - 2 * MARGIN,
          h: 0.35,
          fontFace: FONT,
          fontSize: 11,
          color: MUTED,
          margin: 0,
        },
      )
  }

  capacityCostSlide(): void {
    const { evaluation } = this.input
    const over = evaluation.capacity.filter(isOverLimit).length
    const slide = this.slide(
      'Capacity and cost',
      evaluation.capacity.length === 0
        ? 'Nothing in the design has a capacity limit yet'
        : over === 0
          ? 'No capacity limit is exceeded'
          : `${plural(over, 'limit')} ${over === 1 ? 'is' : 'are'} exceeded`,
    )
    const tableW = 8.3
    if (evaluation.capacity.length > 0) {
      const headerCell = (text: string, align: 'left' | 'right' = 'left'): PptxGenJS.TableCell => ({
        text,
        options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT }, align },
      })
      const rows = busiest(evaluation.capacity)
        .slice(0, TABLE_CAPACITY)
        .map((r): PptxGenJS.TableCell[] => {
          const colour = isOverLimit(r) ? SEVERITY_COLOUR.error : INK
          return [
            { text: this.describe(r.nodeId), options: { color: colour } },
            { text: r.label, options: { color: colour } },
            { text: formatNumber(r.load), options: { align: 'right', color: colour } },
            { text: formatNumber(r.limit), options: { align: 'right', color: colour } },
            {
              text: `${Math.round(usedShare(r) * 100)}%${isOverLimit(r) ? ' OVER' : ''}`,
              options: { align: 'right', color: colour, bold: isOverLimit(r) },
            },
          ]
        })
      slide.addTable(
        [
          [
            headerCell('Element'),
            headerCell('Measure'),
            headerCell('Load', 'right'),
            headerCell('Limit', 'right'),
            headerCell('Used', 'right'),
          ],
          ...rows,
        ],
        {
          x: MARGIN,
          y: BODY_TOP,
          w: tableW,
          colW: [2.4, 3.3, 0.85, 0.85, 0.9],
          fontFace: FONT,
          fontSize: 10,
          color: INK,
          valign: 'top',
          border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
          margin: 0.05,
        },
      )
      const more = evaluation.capacity.length - TABLE_CAPACITY
      if (more > 0)
        slide.addText(
          `The ${plural(TABLE_CAPACITY, 'most used limit')} of ${formatNumber(evaluation.capacity.length)}; the design report lists them all.`,
          { x: MARGIN, y: 6.85, w: tableW, h: 0.35, fontFace: FONT, fontSize: 11, color: MUTED, margin: 0 },
        )
    }
    slide.addText(this.costRuns(), {
      x: MARGIN + tableW + 0.3,
      y: BODY_TOP,
      w: SLIDE_W - MARGIN - (MARGIN + tableW + 0.3),
      h: BODY_H,
      fontFace: FONT,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    })
  }

  private costRuns(): Run[] {
    const c = this.input.evaluation.cost
    const currency = c.currency === '' ? '' : ` ${c.currency}`
    const amount = (n: number | null): string => (n === null ? 'unknown' : `${formatMoney(n)}${currency}`)
    const runs: Run[] = []
    if (this.input.evaluation.capacity.length > 0)
      runs.push(heading('Headroom'), line(capacityHeadroom(this.input.evaluation, this.describe), INK))
    runs.push(heading('Estimated Azure cost per month'))
    if (c.cmgs.length === 0) {
      runs.push(line('No cloud management gateway, so no Azure cost to estimate.'))
      return runs
    }
    for (const cmg of c.cmgs) runs.push(bullet(`CMG ${cmg.name}: ${amount(cmg.monthly)}`))
    runs.push({
      text:
        c.monthly === null
          ? `Total: unknown (the price book is missing prices; the known part is ${formatMoney(c.knownMonthly)}${currency})`
          : `Total: ${amount(c.monthly)}`,
      options: { bold: true, fontSize: 12, color: INK, breakLine: true, paraSpaceBefore: 6 },
    })
    runs.push(
      line(
        `Prices from the design's price book${c.asOf === '' ? ' (undated)' : `, dated ${c.asOf}`}; the design report lists every line and assumption.`,
      ),
    )
    return runs
  }
}

/** The deck as .pptx bytes. */
export async function buildPptx(input: DeckInput): Promise<Uint8Array> {
  const deck = new Deck(input)
  deck.titleSlide()
  await deck.phaseSlides()
  deck.findingsSlide()
  deck.capacityCostSlide()
  return (await deck.pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array
}
