// A design as a draw.io / diagrams.net diagram (.drawio, uncompressed mxGraph XML): one vertex per
// element, inside its container's vertex (containers are draw.io containers, so child geometry is
// relative to the parent, as in the design), at the element's size on the canvas; one edge per
// connection from its source to its target; styles per kind (colours from src/shared/kinds,
// connection colours and dashes from the picture's legend); and the element's properties, kind, id
// and phase as the shape's data (an <object> wrapper with one attribute per property; Edit Data in
// draw.io shows them). Optionally the design at one phase. Pure string building; deterministic.
import type { DesignDocument } from '../model/document'
import type { DesignNode, EdgeKind, NodeKind } from '../model/schema'
import { designAtPhase } from '../picture/design-at-phase'
import { KINDS, KIND_LABEL, tagOf } from '../kinds'
import { nodeName } from '../report/labels'
import { CONNECTION_KINDS } from '../kinds/connections'

export interface DrawioOptions {
  /** Draw the design as it stands at this phase (its id); absent or null: the whole design. */
  readonly phase?: string | null
}

/** Attribute names draw.io gives a meaning to on <object>; properties by these names get a prefix. */
const RESERVED = new Set(['id', 'label', 'placeholders', 'tooltip', 'link', 'placeholder'])

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
    // Control characters are not allowed in XML 1.0 at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

/** Labels are HTML in draw.io (html=1): the name is escaped for HTML, then for the XML attribute. */
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

type Attrs = Readonly<Record<string, string | number | undefined>>
function attrs(a: Attrs): string {
  let out = ''
  for (const [k, v] of Object.entries(a))
    if (v !== undefined)
      out += ` ${k}="${escapeXml(typeof v === 'number' ? String(Math.round(v * 100) / 100) : v)}"`
  return out
}

const style = (parts: Readonly<Record<string, string | number>>): string =>
  Object.entries(parts)
    .map(([k, v]) => `${k}=${v}`)
    .join(';') + ';'

/** The element's draw.io style: its kind's shape and colours; containers hold their children. */
function vertexStyle(kind: NodeKind): string {
  const { line, fill } = KINDS[kind].colour
  const base = {
    html: 1,
    whiteSpace: 'wrap',
    rounded: 1,
    strokeColor: line,
    fillColor: fill,
    fontColor: '#1b2430',
    fontFamily: 'Helvetica',
    fontSize: 12,
  }
  if (KINDS[kind].container)
    return style({
      ...base,
      container: 1,
      collapsible: 0,
      recursiveResize: 0,
      arcSize: 6,
      absoluteArcSize: 1,
      verticalAlign: 'top',
      align: 'left',
      spacingLeft: 12,
      spacingTop: 4,
      strokeWidth: 1.6,
      ...(kind === 'azureSubscription' ? { dashed: 1, dashPattern: '8 5' } : {}),
    })
  switch (kind) {
    case 'note':
      return style({
        ...base,
        shape: 'note',
        size: 16,
        rounded: 0,
        align: 'left',
        verticalAlign: 'top',
        spacing: 8,
      })
    case 'cmg':
      return style({ ...base, arcSize: 22, absoluteArcSize: 1, strokeWidth: 2.2 })
    case 'cloudDistributionPoint':
      return style({ ...base, arcSize: 22, absoluteArcSize: 1, dashed: 1, dashPattern: '5 3' })
    case 'boundaryGroup':
      return style({ ...base, shape: 'hexagon', perimeter: 'hexagonPerimeter2', size: 14, fixedSize: 1 })
    case 'clientPopulation':
      return style({ ...base, arcSize: 8, absoluteArcSize: 1, shadow: 1, strokeWidth: 1.6 })
    default:
      return style({ ...base, arcSize: 6, absoluteArcSize: 1, strokeWidth: 1.6 })
  }
}

function edgeStyle(kind: EdgeKind): string {
  const line = CONNECTION_KINDS[kind].line
  return style({
    html: 1,
    edgeStyle: 'orthogonalEdgeStyle',
    rounded: 1,
    strokeColor: line.color,
    strokeWidth: line.width,
    endArrow: 'block',
    endFill: 1,
    ...(line.dash === '' ? {} : { dashed: 1, dashPattern: line.dash }),
  })
}

/** An element's size on the canvas: stored, else a container's default grown around its children. */
function sizes(doc: DesignDocument): Map<string, { width: number; height: number }> {
  const children = new Map<string, DesignNode[]>()
  for (const n of doc.nodes)
    if (n.parentId !== undefined) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n])
  const out = new Map<string, { width: number; height: number }>()
  const size = (n: DesignNode, depth: number): { width: number; height: number } => {
    const known = out.get(n.id)
    if (known) return known
    const { container, size: drawn } = KINDS[n.kind]
    let result = n.size ?? drawn
    if (!n.size && container && depth < 64) {
      let { width, height } = drawn
      for (const child of children.get(n.id) ?? []) {
        const c = size(child, depth + 1)
        width = Math.max(width, child.position.x + c.width + container.padX)
        height = Math.max(height, child.position.y + c.height + container.padBottom)
      }
      result = { width, height }
    }
    out.set(n.id, result)
    return result
  }
  for (const n of doc.nodes) size(n, 0)
  return out
}

/** A property's value as an attribute: text as it is, anything else as JSON. */
const attributeValue = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)

/** The .drawio file of the design. */
export function renderDrawio(design: DesignDocument, options: DrawioOptions = {}): string {
  const phase = design.design.phases.find((p) => p.id === options.phase)
  const doc = phase ? designAtPhase(design, phase.id) : design
  const phaseNames = new Map(doc.design.phases.map((p) => [p.id, p.name.trim() === '' ? p.id : p.name]))
  const present = new Set(doc.nodes.map((n) => n.id))
  const size = sizes(doc)
  const cellId = (id: string): string => `node-${id}`

  // Containers before what they hold, so every parent cell comes before its children.
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const depth = (n: DesignNode): number => {
    let d = 0
    for (let p = n.parentId; p !== undefined && d < 64; d++) p = byId.get(p)?.parentId
    return d
  }
  const depths = new Map(doc.nodes.map((n) => [n.id, depth(n)]))
  const ordered = doc.nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => (depths.get(a.n.id) ?? 0) - (depths.get(b.n.id) ?? 0) || a.i - b.i)
    .map(({ n }) => n)

  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>']
  for (const n of ordered) {
    const parent = n.parentId !== undefined && present.has(n.parentId) ? cellId(n.parentId) : '1'
    const { width, height } = size.get(n.id) ?? KINDS[n.kind].size
    const name = nodeName(n)
    const label =
      n.kind === 'note'
        ? `<b>${escapeHtml(n.name)}</b>${n.name.trim() === '' ? '' : '<br>'}${escapeHtml(n.props.text).replace(/\n/g, '<br>')}`
        : `<font style="font-size: 10px" color="${KINDS[n.kind].colour.line}"><b>${escapeHtml(tagOf(n).toUpperCase())}</b></font><br><b>${escapeHtml(name)}</b>`
    const data: Record<string, string> = {
      kind: KIND_LABEL[n.kind],
      elementId: n.id,
      name: n.name,
      ...(n.phase === undefined ? {} : { phase: phaseNames.get(n.phase) ?? n.phase }),
    }
    for (const [key, value] of Object.entries(n.props as Record<string, unknown>)) {
      const attribute = RESERVED.has(key) || key in data ? `property-${key}` : key
      data[attribute] = attributeValue(value)
    }
    cells.push(
      `<object${attrs({ id: cellId(n.id), label, ...data })}>` +
        `<mxCell${attrs({ style: vertexStyle(n.kind), vertex: 1, parent })}>` +
        `<mxGeometry${attrs({ x: n.position.x, y: n.position.y, width, height, as: 'geometry' })}/>` +
        '</mxCell></object>',
    )
  }
  for (const e of doc.edges) {
    if (!present.has(e.source) || !present.has(e.target)) continue
    cells.push(
      `<object${attrs({ id: `edge-${e.id}`, label: '', connection: CONNECTION_KINDS[e.kind].label, edgeId: e.id })}>` +
        `<mxCell${attrs({ style: edgeStyle(e.kind), edge: 1, parent: '1', source: cellId(e.source), target: cellId(e.target) })}>` +
        '<mxGeometry relative="1" as="geometry"/></mxCell></object>',
    )
  }
  const title = phase ? `${doc.design.name} (${phaseNames.get(phase.id) ?? phase.id})` : doc.design.name
  return (
    `<mxfile${attrs({ host: 'CMG Designer', type: 'device' })}>` +
    `<diagram${attrs({ id: 'cmg-designer', name: title })}>` +
    `<mxGraphModel${attrs({ grid: 1, gridSize: 10, guides: 1, connect: 1, arrows: 1, page: 0, math: 0, shadow: 0 })}>` +
    `<root>${cells.join('')}</root></mxGraphModel></diagram></mxfile>\n`
  )
}
