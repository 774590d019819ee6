// One finding as the design report shows it, in the findings and the suppressed findings chapters:
// severity, rule, message, the elements concerned, the fix and the Microsoft Learn pages it cites
// (and, when suppressed, the reason). Pure; runs in the renderer's report worker and in the CLI
// (`cmg-designer report`).
import type { Finding, Severity } from '../../rules/types'
import type { Design } from '../design-index'
import { docTitle, parseAddress } from '../doc-title'
import { safeHttpUrl } from '../escape'
import { el, severityIcon, type Html } from '../html'

export const SEVERITY_WORD: Readonly<Record<Severity, { one: string; group: string }>> = {
  error: { one: 'Error', group: 'Errors' },
  warning: { one: 'Warning', group: 'Warnings' },
  info: { one: 'Info', group: 'Information' },
}

function severityBadge(severity: Severity): Html {
  return el(
    'span',
    { class: `badge sev-${severity}` },
    severityIcon(severity, 16),
    SEVERITY_WORD[severity].one,
  )
}

function docLinks(docs: readonly string[]): Html {
  return el(
    'ul',
    { class: 'docs' },
    docs.map((url) => {
      const safe = safeHttpUrl(url)
      const address = safe === undefined ? undefined : parseAddress(safe)
      if (safe === undefined || address === undefined) return el('li', {}, url)
      return el(
        'li',
        {},
        el('a', { href: safe }, docTitle(safe)),
        el('span', { class: 'host' }, ` (${address.host})`),
      )
    }),
  )
}

export function findingCard(f: Finding, design: Design, index: string): Html {
  const elements = f.nodeIds.map((id) => design.describe(id))
  return el(
    'article',
    {
      class: `finding sev-${f.severity}${f.suppressed ? ' suppressed' : ''}`,
      id: index,
      'data-rule-id': f.ruleId,
      'data-severity': f.severity,
    },
    el(
      'header',
      {},
      severityBadge(f.severity),
      el('code', { class: 'rule-id' }, f.ruleId),
      el('span', { class: 'finding-title' }, f.title),
    ),
    el('p', { class: 'message' }, f.message),
    el(
      'dl',
      {},
      f.suppressed
        ? [
            el('dt', { class: 'reason-label' }, 'Reason'),
            el('dd', { class: 'reason' }, f.suppressionReason ?? ''),
          ]
        : '',
      el('dt', {}, elements.length === 1 ? 'Element' : 'Elements'),
      el(
        'dd',
        {},
        elements.length === 0 ? el('span', { class: 'muted' }, 'the whole design') : elements.join('; '),
      ),
      el('dt', {}, 'Fix'),
      el('dd', {}, f.fix),
      el('dt', {}, 'Category'),
      el('dd', {}, f.category),
      f.docs.length > 0 ? [el('dt', {}, 'Documentation'), el('dd', {}, docLinks(f.docs))] : '',
    ),
  )
}
