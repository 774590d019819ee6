// Export ▸ Report (HTML) and Report (PDF): the design report from src/shared/report for the open
// design and a fresh evaluation of it, both built off the UI thread in the report worker
// (report-client.ts); the date on its cover is main's today, passed in. HTML goes to export:write
// as text. For PDF main prints the window itself (webContents.printToPDF), so the report is first
// shown in the window: a full-window print view holding the report in a shadow root (its stylesheet
// stays inside; its @page rules go to the document, where page rules apply), with print CSS that
// hides the app. The view is removed when the export is written or cancelled. Runs in the renderer.
import type { Res } from '../../../shared/ipc/contract'
import { reportFailure } from '../document-commands'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { fetchToday } from '../store/today'
import { showToast } from '../store/ui'
import { buildReportInWorker } from './report-client'
import './export-report.css'

/** "contoso.cmgd" → "contoso"; an unsaved design is named after the design. */
export function exportBaseName(fileName: string, hasFile: boolean, designName: string): string {
  const base = hasFile ? fileName.replace(/\.(cmgd|json)$/i, '') : designName
  return base.trim() === '' ? 'design' : base.trim()
}

/** The report of the open design, or undefined (after telling the user) when it could not be built. */
async function currentReport(): Promise<{ html: string; baseName: string } | undefined> {
  const { doc, fileName, hasFile } = useDocument.getState()
  const baseName = exportBaseName(fileName, hasFile, doc.design.name)
  try {
    const html = await buildReportInWorker({
      doc,
      fileName: hasFile ? fileName : 'Not saved to a file yet',
      // Main's clock, as everywhere in the app (main always answers app:info; the text is a fallback).
      generatedOn: (await fetchToday()) ?? 'date unknown',
    })
    return { html, baseName }
  } catch (e) {
    await reportFailure(
      { ok: false, code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) },
      'The report could not be built',
    )
    return undefined
  }
}

export async function exportReportHtml(): Promise<void> {
  const report = await currentReport()
  if (!report) return
  const { html, baseName } = report
  const result = await invoke('export:write', { kind: 'html', suggestedName: `${baseName}.html`, data: html })
  if (result.ok) showToast(`Exported ${result.fileName}`, 'success')
  else await reportFailure(result, 'The report could not be exported')
}

/** The end index (exclusive) of the block that opens at the first "{" at or after `from`. */
function blockEnd(css: string, from: number): number {
  let depth = 0
  for (let i = css.indexOf('{', from); i >= 0 && i < css.length; i++) {
    if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) return i + 1
  }
  return css.length
}

/**
 * Splits the report's stylesheet: @page rules (which only work at document level) and the rest,
 * with the document-level selectors (:root, html, body) turned into :host for the shadow root.
 */
export function splitReportCss(css: string): { pageRules: string; scoped: string } {
  const pages: string[] = []
  let rest = ''
  let at = 0
  for (let start = css.indexOf('@page', at); start >= 0; start = css.indexOf('@page', at)) {
    const end = blockEnd(css, start)
    rest += css.slice(at, start)
    pages.push(css.slice(start, end))
    at = end
  }
  rest += css.slice(at)
  const scoped = rest.replace(/(^|[{};,]\s*)(?::root|html|body)(?=\s*[{,])/g, '$1:host')
  return { pageRules: pages.join('\n'), scoped }
}

/** Shows the report as the window's content for printing; returns the function that removes it. */
export function showPrintView(reportHtml: string): () => void {
  const parsed = new DOMParser().parseFromString(reportHtml, 'text/html')
  const css = [...parsed.querySelectorAll('style')].map((s) => s.textContent).join('\n')
  const { pageRules, scoped } = splitReportCss(css)
  const host = document.createElement('div')
  host.className = 'report-print-view'
  host.setAttribute('role', 'document')
  host.setAttribute('aria-label', 'Design report')
  const shadow = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = scoped
  shadow.append(style, ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)))
  const pageStyle = document.createElement('style')
  pageStyle.textContent = pageRules
  document.head.append(pageStyle)
  document.body.append(host)
  document.documentElement.classList.add('is-printing-report')
  return () => {
    document.documentElement.classList.remove('is-printing-report')
    host.remove()
    pageStyle.remove()
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

export async function exportReportPdf(): Promise<void> {
  const report = await currentReport()
  if (!report) return
  const { html, baseName } = report
  const removePrintView = showPrintView(html)
  let result: Res<'export:write'>
  try {
    // Laid out and painted before main prints the page.
    await nextFrame()
    await nextFrame()
    result = await invoke('export:write', { kind: 'pdf', suggestedName: `${baseName}.pdf`, data: '' })
  } finally {
    removePrintView()
  }
  if (result.ok) showToast(`Exported ${result.fileName}`, 'success')
  else await reportFailure(result, 'The report could not be exported as PDF')
}
