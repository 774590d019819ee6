// Entry bundled by scripts/bench/export.mjs (vite, SSR mode): times the exports of a generated
// 1,000-element design in process: the picture (renderTopologySvg, the SVG export) and the
// PowerPoint deck (buildPptx with its pictures rasterised by resvg at the deck's scale, as the CLI
// does).
import { Resvg } from '@resvg/resvg-js'
import { buildPptx } from '../../src/shared/export/pptx'
import { renderTopologySvg } from '../../src/shared/report/topology-svg'
import { evaluateDesign } from '../../src/shared/rules/engine'
import { generateDesign } from '../../src/shared/testing/generate-design'

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

async function timed(runs: number, work: () => unknown): Promise<number> {
  await work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return median(times)
}

export async function timeExports(elements: number, runs: number) {
  const doc = generateDesign(elements, 1)
  const today = doc.design.evaluationDate ?? '2026-01-01'
  const evaluation = evaluateDesign(doc, { today })
  let svgBytes = 0
  let pptxBytes = 0
  let pictureWidth = 0
  let pictureHeight = 0
  const svgMs = await timed(runs, () => {
    svgBytes = renderTopologySvg(doc, { findings: evaluation.findings }).length
  })
  const pptxMs = await timed(runs, async () => {
    const deck = await buildPptx({
      doc,
      evaluation,
      today,
      theme: 'light',
      legend: true,
      rasterise: (picture, scale) => {
        pictureWidth = picture.width
        pictureHeight = picture.height
        const resvg = new Resvg(picture.svg, {
          fitTo: { mode: 'zoom', value: scale },
          font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
        })
        return Promise.resolve(resvg.render().asPng())
      },
    })
    pptxBytes = deck.length
  })
  return {
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    phases: doc.design.phases.length,
    svgMs,
    pptxMs,
    svgBytes,
    pptxBytes,
    pictureWidth,
    pictureHeight,
  }
}
