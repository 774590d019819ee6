// Entry bundled by scripts/bench/report.mjs (vite, SSR mode): the largest design the file format
// allows, as file text, for timing the CLI's `report` against its `validate`. generateDesign gives
// MAX_NODES elements with about 17,000 connections; this tops them up to MAX_EDGES with more
// boundary-group references and boundary-group memberships between random (seeded) elements across
// the whole design, the long connections that cost the picture's routing most. The text is checked
// with the app's own load pipeline, so the benchmark measures a file the tools accept.
import { MAX_EDGES, MAX_NODES } from '../../src/shared/model/limits'
import type { DesignEdge, EdgeKind } from '../../src/shared/model/schema'
import { parseDesignFile } from '../../src/shared/format/parse'
import { serializeDesign } from '../../src/shared/format/serialize'
import { generateDesign, mulberry32 } from '../../src/shared/testing/generate-design'

export function largestDesignText(seed = 1): { text: string; nodes: number; edges: number } {
  const doc = generateDesign(MAX_NODES, seed)
  const rng = mulberry32(seed + 1)
  const ids = (kinds: readonly string[]): string[] =>
    doc.nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.id)
  const groups = ids(['boundaryGroup'])
  const populations = ids(['clientPopulation'])
  const referenced = ids(['managementPoint', 'softwareUpdatePoint', 'distributionPoint', 'cmg'])
  const pick = (list: readonly string[]): string => list[Math.floor(rng() * list.length)] as string
  const edges: DesignEdge[] = [...doc.edges]
  const pairs = new Set(edges.map((e) => `${e.kind} ${e.source} ${e.target}`))
  const add = (kind: EdgeKind, source: string, target: string): void => {
    const pair = `${kind} ${source} ${target}`
    if (pairs.has(pair)) return
    pairs.add(pair)
    edges.push({ id: `e-extra-${edges.length + 1}`, kind, source, target })
  }
  while (edges.length < MAX_EDGES)
    if (rng() < 0.5) add('references', pick(groups), pick(referenced))
    else add('inBoundaryGroup', pick(populations), pick(groups))
  const text = serializeDesign({ ...doc, edges })
  const loaded = parseDesignFile(text)
  if (!loaded.ok) throw new Error(`the largest design does not load: ${JSON.stringify(loaded.error)}`)
  return { text, nodes: doc.nodes.length, edges: edges.length }
}
