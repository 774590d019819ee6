// `cmg-designer export <file> -o <out>`: reads and evaluates one design (a .cmgd or a PNG or SVG the
// app exported) with the shared load pipeline and rules engine, and writes it as the picture the
// report and the app's exports draw (src/shared/report/topology-svg.ts) in SVG, or that SVG
// rasterised to PNG with resvg (@resvg/resvg-js, loaded only for a PNG), both carrying the design;
// as a draw.io diagram (src/shared/export/drawio.ts); as a PowerPoint deck (src/shared/export/pptx.ts,
// its pictures rasterised with resvg at --scale); or as the design report. Writes atomically
// (report-command.ts) and never over the design file. What it prints is escaped (terminal-text.ts).
// Runs in Node.
import { basename } from 'node:path'
import { embedDesignInPng } from '../shared/export/embed-png'
import { embedDesignInSvg } from '../shared/export/embed-svg'
import { renderDrawio } from '../shared/export/drawio'
import { buildPptx } from '../shared/export/pptx'
import { serializeDesign } from '../shared/format/serialize'
import type { DesignDocument } from '../shared/model/document'
import { renderReportHtml } from '../shared/report/report-html'
import { renderTopologySvg } from '../shared/report/topology-svg'
import { escapeTerminalText as esc } from '../shared/util/terminal-text'
import type { ExportCommand } from './args'
import { today } from './clock'
import { formatFailedFile } from './format-text'
import { readDesignBytes } from './read-file'
import { canonical, reason, writeAtomically, type ReportIo } from './report-command'
import { evaluateFile } from './report'

const defaultIo: ReportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today,
}

/** The phase named by id, else by name (ignoring case); undefined when the design has none such. */
function findPhase(doc: DesignDocument, wanted: string): { id: string; name: string } | undefined {
  const phases = doc.design.phases
  const folded = wanted.trim().toLowerCase()
  return (
    phases.find((p) => p.id === wanted.trim()) ?? phases.find((p) => p.name.trim().toLowerCase() === folded)
  )
}

/** The SVG rasterised `zoom` times its size (resvg; system fonts, nothing fetched). */
async function rasterise(svg: string, zoom: number): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js')
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
  return resvg.render().asPng()
}

export async function runExport(command: ExportCommand, io: ReportIo = defaultIo): Promise<number> {
  const { file, output, format } = command
  if ((await canonical(file)) === (await canonical(output))) {
    io.stderr(`cmg-designer: ${esc(output)} is the design file itself; choose another name for the export.\n`)
    return 2
  }
  const bytes = await readDesignBytes(file)
  const evaluated = bytes.ok
    ? evaluateFile({ file, uri: file }, bytes.value, { today: io.today() })
    : ({ kind: 'failed', file, uri: file, error: bytes.error } as const)
  if (evaluated.kind === 'failed') {
    io.stderr(formatFailedFile(evaluated))
    return 2
  }
  const { doc, evaluation } = evaluated
  const phase = command.phase === undefined ? undefined : findPhase(doc, command.phase)
  if (command.phase !== undefined && phase === undefined) {
    const known = doc.design.phases.map((p) => `"${p.name.trim() === '' ? p.id : p.name}"`).join(', ')
    io.stderr(
      `cmg-designer: ${esc(file)} has no phase "${esc(command.phase)}"; ${known === '' ? 'it has no phases' : `its phases are ${esc(known)}`}.\n`,
    )
    return 2
  }

  let data: string | Uint8Array
  try {
    switch (format) {
      case 'html':
        data = renderReportHtml({ doc, evaluation, fileName: esc(basename(file)), generatedOn: io.today() })
        break
      case 'drawio':
        data = renderDrawio(doc, { phase: phase?.id ?? null })
        break
      case 'pptx':
        data = await buildPptx({
          doc,
          evaluation,
          today: io.today(),
          theme: command.theme,
          legend: command.legend,
          scale: command.scale,
          rasterise: (picture, scale) => rasterise(picture.svg, scale),
        })
        break
      case 'svg':
      case 'png': {
        const svg = renderTopologySvg(doc, {
          findings: evaluation.findings,
          phase: phase?.id ?? null,
          theme: command.theme,
          legend: command.legend,
        })
        data =
          format === 'svg'
            ? embedDesignInSvg(svg, serializeDesign(doc))
            : embedDesignInPng(await rasterise(svg, command.scale), serializeDesign(doc))
        break
      }
    }
  } catch (e) {
    io.stderr(`cmg-designer: cannot draw ${esc(file)} as ${format}: ${esc(reason(e))}.\n`)
    return 2
  }
  try {
    await writeAtomically(await canonical(output), data)
  } catch (e) {
    io.stderr(`cmg-designer: cannot write ${esc(output)}: ${esc(reason(e))}.\n`)
    return 2
  }
  const what = phase ? ` at phase ${phase.name.trim() === '' ? phase.id : phase.name}` : ''
  io.stdout(`Wrote ${esc(output)}: ${esc(doc.design.name)}${esc(what)} as ${format}.\n`)
  return 0
}
