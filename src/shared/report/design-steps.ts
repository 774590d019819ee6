// Facts about a design shared by the design report (chapters/) and the PowerPoint deck
// (src/shared/export/pptx.ts): which elements each phase adds, how an element is named in a
// sentence, which capacity limits are exceeded and which limit breaks first as clients grow. Pure.
import type { DesignDocument } from '../model/document'
import type { DesignNode } from '../model/schema'
import { KIND_LABEL } from '../kinds'
import type { Evaluation } from '../rules/engine'
import type { CapacityRow } from '../rules/types'
import { formatFactor, nodeName, plural } from './labels'

/** The elements present from the start (no phase) and those each phase adds, in the design's phase order. */
export interface PhaseSteps {
  readonly fromStart: readonly DesignNode[]
  /** One list per entry of `doc.design.phases`, same order. */
  readonly added: readonly (readonly DesignNode[])[]
}

/**
 * Which elements appear when. An element appears in its own phase or a later one of a container it
 * sits in (it cannot be there before its container). Notes are left out: they are not part of the
 * topology.
 */
export function phaseSteps(doc: DesignDocument): PhaseSteps {
  const order = new Map(doc.design.phases.map((ph, i) => [ph.id, i]))
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const effectivePhase = (n: DesignNode): number => {
    let latest = -1
    let current: DesignNode | undefined = n
    for (let guard = 0; current && guard < 64; guard++) {
      if (current.phase !== undefined) latest = Math.max(latest, order.get(current.phase) ?? -1)
      current = current.parentId === undefined ? undefined : byId.get(current.parentId)
    }
    return latest
  }
  const fromStart: DesignNode[] = []
  const added: DesignNode[][] = doc.design.phases.map(() => [])
  for (const n of doc.nodes) {
    if (n.kind === 'note') continue
    const i = effectivePhase(n)
    ;(i < 0 ? fromStart : (added[i] as DesignNode[])).push(n)
  }
  return { fromStart, added }
}

/** "Site New York City HQ (CON)", "Management point MP01". */
export function describeNode(n: DesignNode): string {
  const code = n.kind === 'site' && n.props.siteCode !== '' ? ` (${n.props.siteCode})` : ''
  return `${KIND_LABEL[n.kind]} ${nodeName(n)}${code}`
}

export const isOverLimit = (r: CapacityRow): boolean => r.load > r.limit

/** One sentence on the first capacity limit to break as the clients grow (or that none grows). */
export function capacityHeadroom(evaluation: Evaluation, describe: (id: string) => string): string {
  const growing = evaluation.capacity.filter((r) => r.breaksAtGrowth !== null)
  if (growing.length === 0) return 'No capacity limit in this design grows with the number of clients.'
  const ahead = growing.filter((r) => !isOverLimit(r))
  const exceeded = growing.length - ahead.length
  if (ahead.length === 0) return 'Every limit that grows with the number of clients is already exceeded.'
  let first = ahead[0] as CapacityRow
  for (const r of ahead) if ((r.breaksAtGrowth as number) < (first.breaksAtGrowth as number)) first = r
  const lead =
    exceeded === 0
      ? 'The first limit to break'
      : `${plural(exceeded, 'limit')} already exceeded; the next to break`
  return `${lead} as clients grow is ${describe(first.nodeId)}, ${first.label.charAt(0).toLowerCase()}${first.label.slice(1)}, at ${formatFactor(first.breaksAtGrowth as number)} the clients in the design file.`
}
