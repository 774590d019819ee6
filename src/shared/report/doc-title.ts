// Readable titles for the documentation addresses that findings cite ("Performance and scale of a
// CMG", "GitHub issue owner/repo#12"), for the design report's finding cards. Pure; runs in the
// renderer's report worker and in the CLI (`cmg-designer report`).

const UPPER_WORDS: Readonly<Record<string, string>> = {
  cmg: 'CMG',
  faq: 'FAQ',
  ad: 'AD',
  azure: 'Azure',
  http: 'HTTP',
}

/** Titles for pages whose address alone reads badly ("perf-scale"). */
const PAGE_TITLES: Readonly<Record<string, string>> = {
  'perf-scale': 'Performance and scale of a CMG',
  cost: 'Cost of a CMG',
  overview: 'CMG overview',
  'data-flow': 'CMG data flow',
  'set-up-checklist': 'Checklist to set up a CMG',
  'server-auth-cert': 'CMG server authentication certificate',
  'configure-clients': 'Configure clients for a CMG',
  'configure-azure-ad': 'Configure Microsoft Entra ID for a CMG',
  'deploy-clients-cmg-token': 'Token-based authentication for a CMG',
  'deploy-clients-cmg-azure': 'Install clients with Microsoft Entra ID',
  'removed-and-deprecated-cmfeatures': 'Removed and deprecated features',
}

/** "plan-cloud-management-gateway" → "Plan cloud management gateway". */
function words(slug: string): string {
  const known = PAGE_TITLES[slug]
  if (known !== undefined) return known
  const whatsNew = /^whats-new-in-version-(\d+)$/.exec(slug)
  if (whatsNew) return `What's new in version ${whatsNew[1]}`
  let decoded = slug
  try {
    decoded = decodeURIComponent(slug)
  } catch {
    // Keep a malformed escape as written.
  }
  const text = decoded
    .split('-')
    .filter((w) => w !== '')
    .map((w) => UPPER_WORDS[w.toLowerCase()] ?? w)
    .join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

interface Address {
  readonly host: string
  readonly path: readonly string[]
  readonly fragment: string
}

/** Host, path segments and fragment of an http(s) address (src/shared has no URL class). */
export function parseAddress(url: string): Address | undefined {
  const m = /^https?:\/\/([^/?#]+)([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i.exec(url)
  if (!m) return undefined
  return {
    host: (m[1] ?? '').toLowerCase(),
    path: (m[2] ?? '').split('/').filter((x) => x !== ''),
    fragment: m[3] ?? '',
  }
}

/** A readable title for a documentation address: the page (and section) on Microsoft Learn, the issue on GitHub. */
export function docTitle(url: string): string {
  const address = parseAddress(url)
  if (!address) return url
  const parts = address.path
  if (address.host === 'github.com' && parts.length >= 4 && parts[2] === 'issues')
    return `GitHub issue ${parts[0]}/${parts[1]}#${parts[3]}`
  const last = parts[parts.length - 1]
  if (last === undefined) return address.host
  const page = /^\d+$/.test(last) ? parts.slice(-3).map(words).join(' ') : words(last)
  const section = address.fragment !== '' ? ` › ${words(address.fragment)}` : ''
  return `${page}${section}`
}
