// Comparing two designs for the build-from-scratch acceptance tests (build-contoso.spec.ts,
// build-fourth-coffee.spec.ts): each design is reduced, in the test process, to what it says with
// ids replaced by element paths ("site:New York City HQ/server:NYC-SS/managementPoint:MP01") — its
// settings, its elements' properties after defaults and phases, its connections — and to what the
// shared rules engine finds in it (findings and capacity, element for element). Two designs built
// differently compare equal when they say the same; ids and positions do not matter.
import { expect } from '@playwright/test'
import { parseDesignFile } from '../../src/shared/format/parse'
import type { DesignDocument } from '../../src/shared/model/document'
import { evaluateDesign } from '../../src/shared/rules/engine'

export function loadDesign(text: string): DesignDocument {
  const loaded = parseDesignFile(text)
  if (!loaded.ok) throw new Error(`not a valid design: ${loaded.error.message}`)
  return loaded.value.doc
}

/** Each node id mapped to its path of kind:name pairs from the top level down. */
function elementPaths(doc: DesignDocument): Map<string, string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const paths = new Map<string, string>()
  const pathOf = (id: string): string => {
    const known = paths.get(id)
    if (known !== undefined) return known
    const node = byId.get(id)
    if (!node) return `?${id}`
    const own = `${node.kind}:${node.name}`
    const path = node.parentId === undefined ? own : `${pathOf(node.parentId)}/${own}`
    paths.set(id, path)
    return path
  }
  for (const n of doc.nodes) pathOf(n.id)
  return paths
}

/** What a design says, with ids replaced by element paths and phase ids by phase names. */
export function comparable(doc: DesignDocument) {
  const paths = elementPaths(doc)
  const phaseName = new Map(doc.design.phases.map((p) => [p.id, p.name]))
  const path = (id: string) => paths.get(id) ?? `?${id}`
  const byPath = <T extends { key: string }>(list: T[]) => list.sort((a, b) => a.key.localeCompare(b.key))
  const evaluation = evaluateDesign(doc)
  const { cmVersion, environment, adUserDiscovery, evaluationDate, pki } = doc.design
  return {
    uniquePaths: new Set(paths.values()).size === doc.nodes.length,
    settings: {
      cmVersion,
      environment,
      adUserDiscovery,
      evaluationDate,
      pki,
      tenants: [...doc.design.tenants].sort((a, b) => a.id.localeCompare(b.id)),
      phases: doc.design.phases.map((p) => p.name),
    },
    elements: byPath(
      doc.nodes.map((n) => ({
        key: path(n.id),
        props: n.props,
        phase: n.phase === undefined ? null : (phaseName.get(n.phase) ?? `?${n.phase}`),
      })),
    ),
    edges: doc.edges.map((e) => `${e.kind}: ${path(e.source)} → ${path(e.target)}`).sort(),
    findings: evaluation.findings
      .map((f) =>
        JSON.stringify({
          ruleId: f.ruleId,
          severity: f.severity,
          suppressed: f.suppressed,
          nodes: f.nodeIds.map(path),
          message: f.message,
        }),
      )
      .sort(),
    capacity: evaluation.capacity.map((row) => JSON.stringify({ ...row, nodeId: path(row.nodeId) })).sort(),
    summary: evaluation.summary,
  }
}

/**
 * Asserts that the saved design says what the template says (settings, elements, connections,
 * findings, capacity), after checking the comparison has substance: the template has `size`
 * elements and connections and some findings, and changing its first CMG's VM count (`vmCount`
 * as written in the file) is noticed.
 */
export function expectSameDesign(
  savedText: string,
  templateText: string,
  size: { readonly elements: number; readonly edges: number; readonly vmCount: number },
): void {
  const saved = comparable(loadDesign(savedText))
  const template = comparable(loadDesign(templateText))
  expect(template.elements).toHaveLength(size.elements)
  expect(template.edges).toHaveLength(size.edges)
  expect(template.findings.length).toBeGreaterThan(0)
  const vmCount = `"vmCount": ${size.vmCount}`
  expect(templateText).toContain(vmCount)
  const changed = comparable(loadDesign(templateText.replace(vmCount, `"vmCount": ${size.vmCount + 1}`)))
  expect(changed.elements).not.toEqual(template.elements)

  expect(saved.uniquePaths).toBe(true)
  expect(saved.settings).toEqual(template.settings)
  expect(saved.elements.map((e) => e.key)).toEqual(template.elements.map((e) => e.key))
  expect(saved.elements).toEqual(template.elements)
  expect(saved.edges).toEqual(template.edges)
  // The rules engine sees the same design: the same findings on the same elements, the same capacity.
  expect(saved.findings).toEqual(template.findings)
  expect(saved.capacity).toEqual(template.capacity)
  expect(saved.summary).toEqual(template.summary)
}
