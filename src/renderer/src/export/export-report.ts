// Export ▸ Report (HTML) and Report (PDF): the design report from src/shared/report for the open
// design and a fresh evaluation of it. HTML goes to export:write as text. For PDF main prints the
// window itself (webContents.printToPDF), so the report is first shown in the window: a full-window
// print view holding the report in a shadow root (its stylesheet stays inside; its @page rules go
// to the document, where page rules apply), with print CSS that hides the app. The view is removed
// when the export is written or cancelled. Runs in the renderer.
import type { Res } from '../../../shared/ipc/contract'
import { renderReportHtml } from '../../../shared/report/report-html'
import { evaluateDesign } from '../../../shared/rules/engine'
import { reportFailure } from '../document-commands'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { showToast } from '../store/ui'
import '../styles/export.css'

const pad2 = (n: number) => String(n).padStart(2, '0')
const localDate = (d: Date) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`

/** "contoso.cmgd" → "contoso"; an unsaved design is named after the design. */
export function exportBaseName(fileName: string, hasFile: boolean, designName: string): string {
  const base = hasFile ? fileName.replace(/\.(cmgd|json)$/i, '') : designName
  return base.trim() === '' ? 'design' : base.trim()
}

function currentReport(): { html: string; baseName: string } {
  const { doc, fileName, hasFile } = useDocument.getState()
  const baseName = exportBaseName(fileName, hasFile, doc.design.name)
  const html = renderReportHtml({
    doc,
    evaluation: evaluateDesign(doc),
    fileName: hasFile ? fileName : 'Not saved to a file yet',
    generatedOn: localDate(new Date()),
  })
  return { html, baseName }
}

export async function exportReportHtml(): Promise<void> {
  const { html, baseName } = currentReport()
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
  const { html, baseName } = currentReport()
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
