// The design report's stylesheet: screen layout, the A4 print layout (page breaks, a landscape page
// for a wide topology, the design's name and page numbers in the footer) and the look of every
// chapter. Pure; runs in the renderer's report worker and in the CLI (`cmg-designer report`).
import { cssString } from './escape'
import { FONT_STACK } from './topology-svg'

/** The CSS text of the report's <style> element; the design's name goes into the printed footer. */
export function reportStylesheet(designName: string): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #e9edf2; color: #1b2430; font-family: ${FONT_STACK}; font-size: 14px; line-height: 1.5; }
main.report { max-width: 980px; margin: 24px auto; background: #fff; padding: 56px 64px; box-shadow: 0 1px 4px rgba(16,24,40,.12); }
h1, h2, h3, h4 { color: #122b4a; line-height: 1.25; margin: 0; }
h2 { font-size: 22px; font-weight: 650; margin: 0 0 14px; padding-bottom: 8px; border-bottom: 2px solid #122b4a; display: flex; align-items: baseline; gap: 12px; break-after: avoid; }
.chapter-number { color: #0b5cad; font-variant-numeric: tabular-nums; }
h3 { font-size: 16px; font-weight: 650; margin: 22px 0 8px; break-after: avoid; display: flex; align-items: center; gap: 7px; }
h4 { font-size: 14px; margin: 0 0 4px; }
p { margin: 0 0 10px; }
a { color: #0b5cad; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace; font-size: .92em; }
.muted { color: #667085; }
.empty { color: #5a6574; font-style: italic; }
.icon { flex: none; vertical-align: -2px; }
.chapter { margin-top: 40px; padding-top: 8px; }
.chapter.new-page { border-top: 1px dashed #c9d1db; padding-top: 32px; }

/* Cover */
.cover { min-height: 255mm; display: flex; flex-direction: column; }
.eyebrow { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; font-weight: 650; color: #0b5cad; margin: 18mm 0 10px; padding-left: 14px; border-left: 4px solid #0b5cad; }
.cover h1 { font-size: 34px; font-weight: 700; letter-spacing: -.01em; margin: 0 0 28px; overflow-wrap: anywhere; }
.cover-facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 24px; margin: 0 0 30px; font-size: 14px; }
.cover-facts dt { color: #5a6574; }
.cover-facts dd { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
.small-heading { font-size: 12px; text-transform: uppercase; letter-spacing: .1em; color: #5a6574; border: 0; padding: 0; margin: 0 0 10px; display: block; }
.cover-summary { border-top: 1px solid #d5dbe3; padding-top: 18px; margin-bottom: 26px; }
.counts { list-style: none; padding: 0; margin: 0 0 12px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.count { border: 1px solid #d5dbe3; border-radius: 8px; padding: 10px 12px; display: grid; grid-template-columns: auto 1fr; grid-template-rows: auto auto; column-gap: 10px; align-items: center; }
.count .icon { grid-row: span 2; }
.count .n { font-size: 24px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.count .what { color: #5a6574; font-size: 13px; }
.count.sev-error { border-left: 4px solid #b42318; }
.count.sev-warning { border-left: 4px solid #b54708; }
.count.sev-info { border-left: 4px solid #175cd3; }
.count.sev-suppressed { border-left: 4px solid #98a2b3; }
.verdict { font-weight: 600; }
.facts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px 22px; color: #344054; }
.facts .n { font-weight: 700; }
.contents ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 32px; }
.contents li { margin: 0 0 3px; break-inside: avoid; }
.contents a { color: #1b2430; text-decoration: none; }
.cover-footer { margin-top: auto; padding-top: 16px; border-top: 1px solid #d5dbe3; font-size: 12px; color: #5a6574; }

/* Topology */
.topology-figure { margin: 12px 0 0; }
.topology-figure svg { display: block; width: 100%; height: auto; max-height: 215mm; border: 1px solid #d5dbe3; border-radius: 6px; }
figcaption { font-size: 12px; color: #5a6574; margin-top: 6px; }

/* Tables */
table.data { width: 100%; border-collapse: collapse; font-size: 12.5px; margin: 0 0 8px; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e1e6ec; }
table.data thead th { background: #f2f5f8; color: #344054; font-weight: 650; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; border-bottom: 1.5px solid #b8c1cd; }
table.data tfoot th, table.data tfoot td { border-top: 1.5px solid #b8c1cd; border-bottom: 0; font-weight: 650; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
table.data td.num { white-space: nowrap; }
.nowrap { white-space: nowrap; }
.element { display: flex; flex-direction: column; }
.element .kind { color: #667085; font-size: 11.5px; }
.fqdn { overflow-wrap: break-word; }
.host { color: #667085; font-size: .92em; }
.roles, .phase-elements { list-style: none; margin: 0; padding: 0; }
.roles li, .phase-elements li { margin: 0 0 2px; }
.role-tag { display: inline-block; min-width: 3.6em; font-size: 10.5px; font-weight: 700; letter-spacing: .03em; color: #344054; background: #eef1f5; border-radius: 4px; padding: 0 5px; text-align: center; }
.used-cell { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.pct { min-width: 3.2em; text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; width: 64px; height: 8px; border-radius: 4px; background: #e6eaef; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #2e7d5b; }
.bar.high > span { background: #b54708; }
.bar.over > span { background: #b42318; }
.status { display: inline-flex; align-items: center; gap: 5px; font-weight: 700; font-size: 11.5px; letter-spacing: .03em; white-space: nowrap; }
.status.over { color: #b42318; }
.status.ok { color: #17714a; }
.note { color: #b42318; font-size: 11.5px; }

/* Cost */
table.cost td:first-child { white-space: nowrap; width: 20%; }
table.cost td.num, table.cost tfoot td { width: 18%; }
.unknown { font-style: italic; color: #5a6574; }
.total { font-size: 15px; margin-top: 14px; }
.assumptions li { margin-bottom: 4px; }

/* Findings */
.finding { border: 1px solid #d5dbe3; border-left: 5px solid #98a2b3; border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
.finding.sev-error { border-left-color: #b42318; }
.finding.sev-warning { border-left-color: #b54708; }
.finding.sev-info { border-left-color: #175cd3; }
.finding.suppressed { border-left-color: #98a2b3; background: #fafbfc; }
.finding header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-bottom: 6px; }
.badge { display: inline-flex; align-items: center; gap: 5px; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; }
.badge.sev-error { color: #b42318; }
.badge.sev-warning { color: #b54708; }
.badge.sev-info { color: #175cd3; }
.rule-id { font-weight: 700; background: #eef1f5; border-radius: 4px; padding: 1px 6px; }
.finding-title { font-weight: 650; }
.finding .message { margin-bottom: 8px; }
.finding dl { display: grid; grid-template-columns: 8.5em 1fr; gap: 3px 14px; margin: 0; font-size: 13px; }
.finding dt { color: #5a6574; }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.finding dt.reason-label { color: #122b4a; font-weight: 700; }
.finding dd.reason { font-weight: 600; white-space: pre-wrap; }
.docs { list-style: none; margin: 0; padding: 0; }
.docs a { overflow-wrap: anywhere; }

/* Notes */
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.sticky { border: 1px solid #e6d48a; background: #fffbe6; border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; break-inside: avoid; }

@page { size: A4; margin: 16mm 15mm 18mm; @bottom-left { content: ${cssString(designName)}; font-family: ${FONT_STACK}; font-size: 8pt; color: #667085; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: ${FONT_STACK}; font-size: 8pt; color: #667085; } }
@page landscape { size: A4 landscape; }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@media print {
  body { background: #fff; font-size: 10pt; }
  main.report { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .chapter { margin-top: 0; }
  .chapter.new-page { break-before: page; border-top: 0; padding-top: 0; }
  .chapter:not(.new-page) { margin-top: 28px; }
  .cover { min-height: 260mm; }
  table.data { font-size: 8.5pt; }
  table.data thead { display: table-header-group; }
  .topology-figure svg { max-height: 228mm; }
  .chapter.landscape { page: landscape; }
  .chapter.landscape .topology-figure svg { max-height: 142mm; }
  .finding dl { font-size: 9pt; }
  a { color: #0b4f96; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
}
