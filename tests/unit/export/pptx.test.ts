// The PowerPoint deck (src/shared/export/pptx.ts), unzipped as PowerPoint would read it: a title
// slide, one slide per phase with its picture, a findings slide and a capacity and cost slide, each
// with its text as text (design name and evaluation date, phase names and what each adds, a
// finding's rule id and message, capacity figures, cost); a design without phases gets one "Design"
// slide; the pictures are the PNGs the caller drew, one per phase, of the design at that phase.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildPptx, type SlidePicture } from '../../../src/shared/export/pptx'
import type { DesignDocument } from '../../../src/shared/model/document'
import { formatNumber } from '../../../src/shared/report/labels'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture } from '../../../src/shared/testing/fixture'
import { TEST_TODAY } from '../../support/today'

/** A 1 × 1 PNG standing in for a rasterised picture. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

interface Slide {
  /** Every text run of the slide, as a reader sees it. */
  readonly texts: readonly string[]
  readonly images: number
}

async function deckOf(doc: DesignDocument, today = TEST_TODAY) {
  const pictures: SlidePicture[] = []
  const evaluation = evaluateDesign(doc, { today })
  const bytes = await buildPptx({
    doc,
    evaluation,
    today,
    theme: 'light',
    legend: true,
    rasterise: (picture) => {
      pictures.push(picture)
      return Promise.resolve(TINY_PNG)
    },
  })
  const zip = await JSZip.loadAsync(bytes)
  const slideFiles = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
  const slides: Slide[] = []
  for (const file of slideFiles) {
    const xml = await zip.file(file)!.async('string')
    slides.push({
      texts: [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')),
      images: (xml.match(/<p:pic>/g) ?? []).length,
    })
  }
  const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))
  return { slides, pictures, evaluation, media }
}

const text = (slide: Slide | undefined): string => (slide?.texts ?? []).join('\n')

describe('the PowerPoint deck', () => {
  it('has a title slide, one slide per phase, a findings slide and a capacity and cost slide', async () => {
    const doc = fixture('contoso').build()
    const phases = doc.design.phases
    expect(phases.length).toBe(3)
    const { slides, pictures, evaluation, media } = await deckOf(doc)
    expect(slides).toHaveLength(1 + phases.length + 2)

    const title = text(slides[0])
    expect(title).toContain(doc.design.name)
    expect(title).toContain(`Evaluated on ${doc.design.evaluationDate}`)
    expect(title).not.toContain(TEST_TODAY)

    phases.forEach((phase, i) => {
      const slide = slides[i + 1]
      expect(text(slide)).toContain(`Phase ${i + 1} of 3: ${phase.name}`)
      expect(text(slide)).toContain('New at this step')
      expect(slide?.images).toBe(1)
    })
    // What each step adds: the pilot's connection point appears on the pilot's slide only.
    const pilotOnly = doc.nodes.find((n) => n.phase === 'pilot' && n.kind === 'cmgConnectionPoint')
    expect(pilotOnly).toBeDefined()
    expect(text(slides[2])).toContain(pilotOnly!.name)
    expect(text(slides[1])).not.toContain(pilotOnly!.name)

    // One picture per phase, of the design at that phase: the later the phase, the more it holds.
    expect(pictures).toHaveLength(3)
    expect(media).toHaveLength(3)
    for (const picture of pictures) expect(picture.svg.startsWith('<svg')).toBe(true)
    expect(pictures[0]!.svg.length).toBeLessThan(pictures[2]!.svg.length)
    expect(pictures[0]!.svg).not.toContain(`>${pilotOnly!.name}<`)

    const findings = text(slides[4])
    const first = evaluation.findings.find((f) => !f.suppressed)!
    expect(findings).toContain('Findings')
    expect(findings).toContain(first.ruleId)
    expect(findings).toContain(first.message)

    const capacity = text(slides[5])
    expect(capacity).toContain('Capacity and cost')
    const cmgRow = evaluation.capacity.find((r) => r.metric === 'concurrentClients')!
    expect(capacity).toContain(cmgRow.label)
    expect(capacity).toContain(formatNumber(cmgRow.load))
    expect(capacity).toContain(formatNumber(cmgRow.limit))
    expect(capacity).toContain('Estimated Azure cost per month')
  })

  it('gives a design without phases one "Design" slide, and dates it today when it has no date', async () => {
    const doc = fixture('fourth-coffee').design({ evaluationDate: undefined }).build()
    expect(doc.design.phases).toHaveLength(0)
    const { slides, pictures } = await deckOf(doc)
    expect(slides).toHaveLength(4)
    expect(text(slides[0])).toContain(`Evaluated on ${TEST_TODAY}`)
    expect(slides[1]?.texts[0]).toBe('Design')
    expect(slides[1]?.images).toBe(1)
    expect(pictures).toHaveLength(1)
    expect(text(slides[2])).toContain('Findings')
    expect(text(slides[3])).toContain('Capacity and cost')
  })

  it('keeps names with markup characters as text', async () => {
    const doc = fixture('contoso').design({ name: 'R&D <lab> "CMG"' }).build()
    const { slides } = await deckOf(doc)
    expect(slides[0]?.texts).toContain('R&D <lab> "CMG"')
  })
})
