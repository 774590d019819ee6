// Find elements by what consultants remember about them: the name, a site code, a server's or
// CMG's FQDN, the kind ("management point", "MP"), or a rule id of a finding on the element.
// Case-insensitive; an exact match ranks above a prefix, a word start and a substring, and a name
// above the other fields; one match per element. Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignNode, NodeKind } from '../../../shared/model/schema'
import { KINDS } from '../../../shared/kinds'
import { accessibleNodeName } from './kind-info'

export type MatchField = 'name' | 'siteCode' | 'fqdn' | 'ruleId' | 'kind'

export interface FindMatch {
  readonly nodeId: string
  readonly kind: NodeKind
  /** The element's accessible name: "Management point MP01". */
  readonly title: string
  /** Where it is: "NYC-SS › New York City HQ" (innermost container first); "" at the top level. */
  readonly location: string
  readonly field: MatchField
  /** What matched, for display: "Site code CON", "nyc-ss.contoso.com". */
  readonly detail: string
}

export interface FindOptions {
  /** Rule ids of the findings on each node; rule ids are searched only when given. */
  readonly ruleIdsByNode?: ReadonlyMap<string, readonly string[]>
  readonly limit?: number
}

const FIELD_ORDER: Readonly<Record<MatchField, number>> = {
  name: 0,
  siteCode: 1,
  fqdn: 2,
  ruleId: 3,
  kind: 4,
}

/** 0 exact, 1 prefix, 2 start of a word, 3 anywhere; undefined when `value` does not contain `query`. */
function quality(value: string, query: string): number | undefined {
  const v = value.toLowerCase()
  const at = v.indexOf(query)
  if (at < 0) return undefined
  if (v === query) return 0
  if (at === 0) return 1
  if (new RegExp(`(^|[^a-z0-9])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(v)) return 2
  return 3
}

interface Candidate {
  readonly field: MatchField
  readonly value: string
  readonly detail: string
}

function candidates(node: DesignNode, ruleIds: readonly string[]): Candidate[] {
  const info = KINDS[node.kind]
  const list: Candidate[] = [{ field: 'name', value: node.name, detail: '' }]
  if (node.kind === 'site' && node.props.siteCode !== '')
    list.push({ field: 'siteCode', value: node.props.siteCode, detail: `Site code ${node.props.siteCode}` })
  if (node.kind === 'server' && node.props.fqdn !== '')
    list.push({ field: 'fqdn', value: node.props.fqdn, detail: node.props.fqdn })
  if (node.kind === 'cmg' && node.props.serviceNameCn !== '')
    list.push({ field: 'fqdn', value: node.props.serviceNameCn, detail: node.props.serviceNameCn })
  for (const ruleId of ruleIds) list.push({ field: 'ruleId', value: ruleId, detail: `Finding ${ruleId}` })
  list.push({ field: 'kind', value: info.label, detail: info.label })
  if (info.tag !== info.label) list.push({ field: 'kind', value: info.tag, detail: info.label })
  return list
}

function locationOf(byId: ReadonlyMap<string, DesignNode>, node: DesignNode): string {
  const names: string[] = []
  let parentId = node.parentId
  for (let guard = 0; parentId !== undefined && guard < 64; guard++) {
    const parent = byId.get(parentId)
    if (!parent) break
    names.push(parent.name.trim() === '' ? KINDS[parent.kind].label : parent.name)
    parentId = parent.parentId
  }
  return names.join(' › ')
}

/** The elements matching `query`, best first (ties keep document order). */
export function findElements(
  doc: Pick<DesignDocument, 'nodes'>,
  query: string,
  options: FindOptions = {},
): FindMatch[] {
  const q = query.trim().toLowerCase()
  if (q === '') return []
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const scored: { match: FindMatch; score: number; order: number }[] = []
  doc.nodes.forEach((node, order) => {
    let best: { candidate: Candidate; score: number } | undefined
    for (const candidate of candidates(node, options.ruleIdsByNode?.get(node.id) ?? [])) {
      const grade = quality(candidate.value, q)
      if (grade === undefined) continue
      const score = grade * 10 + FIELD_ORDER[candidate.field]
      if (!best || score < best.score) best = { candidate, score }
    }
    if (!best) return
    scored.push({
      score: best.score,
      order,
      match: {
        nodeId: node.id,
        kind: node.kind,
        title: accessibleNodeName(node.kind, node.name),
        location: locationOf(byId, node),
        field: best.candidate.field,
        detail: best.candidate.detail,
      },
    })
  })
  scored.sort((a, b) => a.score - b.score || a.order - b.order)
  const limited = options.limit === undefined ? scored : scored.slice(0, options.limit)
  return limited.map((s) => s.match)
}
