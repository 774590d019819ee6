// The one static SVG picture of a design: the design report's topology (CLI and app), the app's PNG
// and SVG exports (the PNG is this SVG rasterised) and `cmg-designer export`. Every element is drawn
// where the designer placed it (positions are relative to the parent, so absolute = sum along the
// parent chain), containers at their stored size or around their children, each kind with its own
// colour, shape and kind label, its full name wrapped over as many lines as it needs (the element
// grows to hold them; a container's header grows and its children move down with it), connections
// styled by kind with a legend (curves routed around elements in their way; straight lines above
// ROUTED_CONNECTIONS_MAX connections, so the picture of the largest design stays cheap), phase tags,
// optional finding markers (shape + letter, never colour alone), the whole design or the design at
// one phase, in a light or dark theme. Pure string building: shapes, text and paths only (no
// foreignObject, no images), generic font families, no external references, deterministic for a
// given document and options.
import type { DesignDocument } from '../model/document'
import type { DesignEdge, DesignNode, EdgeKind, NodeKind, NodeOfKind } from '../model/schema'
import { CONTAINER_KINDS, KINDS, KIND_LABEL, summaryText, tagOf } from '../kinds'
import { CONNECTION_KINDS } from '../kinds/connections'
import type { Finding, Severity } from '../rules/types'
import { designAtPhase } from '../picture/design-at-phase'
import { escapeMarkup } from './escape'
import { formatNumber, nodeName } from './labels'

export interface TopologySvgOptions {
  /** Findings to mark on the element each names first (suppressed findings are not marked). */
  readonly findings?: readonly Finding[]
  /** Prefix of the ids inside the picture (arrowheads), so several pictures can share one page. */
  readonly idPrefix?: string
  /** Draw the legend of connection kinds and markers under the picture (default true). */
  readonly legend?: boolean
  /** Tag elements that belong to a design phase with the phase's name (default true). */
  readonly phaseTags?: boolean
  /**
   * Draw the design as it stands at this phase (the phase's id; elements of later phases, and
   * everything inside them, are left out). Absent or null: the whole design.
   */
  readonly phase?: string | null
  /** Colours of the picture (default light). */
  readonly theme?: PictureTheme
}

export const PICTURE_THEMES = ['light', 'dark'] as const
export type PictureTheme = (typeof PICTURE_THEMES)[number]

interface Size {
  readonly width: number
  readonly height: number
}
interface Rect extends Size {
  readonly x: number
  readonly y: number
}

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"

const MARGIN = 24

/** Channels of a #rrggbb colour. */
function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16)
  return [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]
}
/** `a` mixed with `amount` (0…1) of `b`, as #rrggbb. */
function mix(a: string, b: string, amount: number): string {
  const ca = rgb(a)
  const cb = rgb(b)
  return `#${ca
    .map((c, i) =>
      Math.round(c + ((cb[i] as number) - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** The colours of one theme; kind colours come from src/shared/kinds (light), derived for dark. */
interface Palette {
  readonly background: string
  readonly text: string
  readonly muted: string
  readonly pillFill: string
  readonly pillStroke: string
  readonly pillText: string
  /** Border of a site-system role's card. */
  readonly cardStroke: string
  readonly noteLine: string
  readonly noteFold: string
  readonly noteText: string
  /** The two cards stacked behind a client population. */
  readonly stack: readonly [string, string]
  readonly line: (kind: NodeKind) => string
  readonly fill: (kind: NodeKind) => string
  readonly edge: (kind: EdgeKind) => string
}

const DARK_BACKGROUND = '#161b22'
const PALETTES: Readonly<Record<PictureTheme, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1b2430',
    muted: '#5a6574',
    pillFill: '#ffffff',
    pillStroke: '#98a2b3',
    pillText: '#475467',
    cardStroke: '#c3ccd8',
    noteLine: '#d4b106',
    noteFold: '#f3e38c',
    noteText: '#3d3a1f',
    stack: ['#d5efdd', '#e3f5e8'],
    line: (k) => KINDS[k].colour.line,
    fill: (k) => KINDS[k].colour.fill,
    edge: (k) => CONNECTION_KINDS[k].line.color,
  },
  dark: {
    background: DARK_BACKGROUND,
    text: '#e6edf3',
    muted: '#9da7b3',
    pillFill: '#21262d',
    pillStroke: '#6e7681',
    pillText: '#c9d1d9',
    cardStroke: '#3d444d',
    noteLine: '#d4b106',
    noteFold: '#5c5214',
    noteText: '#e9e2b0',
    stack: [
      mix(KINDS.clientPopulation.colour.line, DARK_BACKGROUND, 0.7),
      mix(KINDS.clientPopulation.colour.line, DARK_BACKGROUND, 0.78),
    ],
    line: (k) => mix(KINDS[k].colour.line, '#ffffff', 0.35),
    fill: (k) =>
      k === 'note'
        ? '#3a3517'
        : mix(KINDS[k].colour.line, DARK_BACKGROUND, k === 'site' || k === 'azureSubscription' ? 0.9 : 0.82),
    edge: (k) => mix(CONNECTION_KINDS[k].line.color, '#ffffff', 0.3),
  },
}

interface SeverityStyle {
  readonly color: string
  readonly letter: string
  readonly one: string
  readonly many: string
}
const SEVERITY_STYLE: Readonly<Record<Severity, SeverityStyle>> = {
  error: { color: '#b42318', letter: 'E', one: 'error', many: 'errors' },
  warning: { color: '#b54708', letter: 'W', one: 'warning', many: 'warnings' },
  info: { color: '#175cd3', letter: 'i', one: 'info finding', many: 'info findings' },
}
/** The severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

// ---------------------------------------------------------------------------------------------
// Markup helpers

type Attrs = Readonly<Record<string, string | number | undefined>>

const num = (n: number): string => String(Math.round(n * 10) / 10)

function attrs(a: Attrs): string {
  let out = ''
  for (const [k, v] of Object.entries(a))
    if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? num(v) : escapeMarkup(v)}"`
  return out
}

const tag = (name: string, a: Attrs, body?: string): string =>
  body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`

/** Rough advance width of one character, in ems, in a system sans-serif font. */
function charWidth(ch: string, bold: boolean): number {
  let w: number
  if (ch === ' ') w = 0.28
  else if (/[iljtf.,:;'|!I]/.test(ch)) w = 0.3
  else if (/[mwMW]/.test(ch)) w = 0.85
  else if (/[A-Z]/.test(ch)) w = 0.68
  else if (/[0-9]/.test(ch)) w = 0.57
  else w = 0.6
  return bold ? w * 1.15 : w
}

/** Rough advance width of text in the system sans-serif font, for truncation and layout. */
function textWidth(text: string, fontSize: number, bold = false, letterSpacing = 0): number {
  let w = 0
  for (const ch of text) w += charWidth(ch, bold) * fontSize + letterSpacing
  return w
}

/** The text, shortened with "…" to fit `maxWidth`. */
function fit(text: string, maxWidth: number, fontSize: number, bold = false, letterSpacing = 0): string {
  if (textWidth(text, fontSize, bold, letterSpacing) <= maxWidth) return text
  const ellipsis = textWidth('…', fontSize, bold)
  let out = ''
  let w = 0
  for (const ch of text) {
    const cw = charWidth(ch, bold) * fontSize + letterSpacing
    if (w + cw + ellipsis > maxWidth) break
    out += ch
    w += cw
  }
  return `${out.trimEnd()}…`
}

interface TextSpec {
  readonly x: number
  readonly y: number
  readonly text: string
  readonly size: number
  readonly maxWidth: number
  readonly color: string
  readonly bold?: boolean
  readonly anchor?: 'start' | 'end' | 'middle'
  readonly spacing?: number
  /** Colour of an outline drawn behind the letters, so a connection passing under stays clear of them. */
  readonly halo?: string
}
function text(t: TextSpec): string {
  const shown = fit(t.text, t.maxWidth, t.size, t.bold, t.spacing ?? 0)
  return tag(
    'text',
    {
      x: t.x,
      y: t.y,
      'font-size': t.size,
      'font-weight': t.bold ? 600 : undefined,
      fill: t.color,
      'text-anchor': t.anchor === 'start' ? undefined : t.anchor,
      'letter-spacing': t.spacing,
      ...(t.halo === undefined
        ? {}
        : { stroke: t.halo, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }),
    },
    escapeMarkup(shown),
  )
}

/**
 * A name split into lines of at most `maxWidth` (a word wider than that is broken between letters),
 * never shortened: each line but the last keeps the spaces it was broken at, so the lines joined
 * are the name exactly.
 */
export function wrapName(name: string, maxWidth: number, fontSize: number, bold = true): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  const push = (): void => {
    lines.push(line)
    line = ''
    width = 0
  }
  for (const token of name.split(/(\s+)/)) {
    if (token === '') continue
    if (/^\s+$/.test(token)) {
      // Spaces stay on the line they end, even past the edge (they draw nothing there).
      line += token
      width += textWidth(' ', fontSize, bold)
      continue
    }
    const tokenWidth = textWidth(token, fontSize, bold)
    if (line.trim() !== '' && width + tokenWidth > maxWidth) push()
    if (tokenWidth <= maxWidth) {
      line += token
      width += tokenWidth
      continue
    }
    for (const ch of token) {
      const cw = charWidth(ch, bold) * fontSize
      if (line.trim() !== '' && width + cw > maxWidth) push()
      line += ch
      width += cw
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/** Splits text into at most `maxLines` lines of `maxWidth`, the last ending in "…" when cut. */
function wrap(source: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = []
  const fits = (t: string): boolean => textWidth(t, fontSize) <= maxWidth
  for (const paragraph of source.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (fits(candidate)) line = candidate
      else {
        if (line !== '') lines.push(line)
        line = fits(word) ? word : fit(word, maxWidth, fontSize)
      }
    }
    lines.push(line)
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length <= maxLines) return lines
  const cut = lines.slice(0, maxLines)
  const last = cut[maxLines - 1] ?? ''
  cut[maxLines - 1] = fits(`${last} …`) ? `${last} …` : fit(`${last}…`, maxWidth, fontSize)
  return cut
}

// ---------------------------------------------------------------------------------------------
// Names

const PILL_MAX = 90

/** The phase pill's width for a phase name. */
const pillWidth = (label: string): number => textWidth(fit(label, PILL_MAX, 10, true), 10, true) + 12

/** The name's font size per kind. */
function nameSizeOf(kind: NodeKind): number {
  switch (kind) {
    case 'site':
    case 'azureSubscription':
    case 'cmg':
      return 15
    case 'clientPopulation':
    case 'cloudDistributionPoint':
    case 'boundaryGroup':
      return 14
    case 'note':
      return 12.5
    default:
      return 13
  }
}

/** Where the text of an element starts and ends across its box (the left and right insets). */
function textInsets(kind: NodeKind): { left: number; right: number } {
  const wide = kind === 'site' || kind === 'azureSubscription'
  // The card of a client population is 8 px smaller than its box (the stacked cards behind it).
  return { left: wide ? 16 : 14, right: kind === 'clientPopulation' ? 18 : 10 }
}

interface NameBlock {
  readonly lines: readonly string[]
  readonly size: number
  readonly lineHeight: number
}

/** The element's name as drawn in a box `width` wide: every line of it, never shortened. */
function nameBlock(n: DesignNode, width: number, phaseName: string | undefined): NameBlock {
  const size = nameSizeOf(n.kind)
  const lineHeight = Math.round(size * 1.3)
  if (n.kind === 'note') {
    const lines = n.name.trim() === '' ? [] : wrapName(n.name, width - 40, size)
    return { lines, size, lineHeight }
  }
  const { left, right } = textInsets(n.kind)
  // A phase pill sits at the end of the name line of anything but a container.
  const pill = phaseName !== undefined && !CONTAINER_KINDS.has(n.kind) ? pillWidth(phaseName) + 6 : 0
  return { lines: wrapName(nodeName(n), Math.max(40, width - left - right - pill), size), size, lineHeight }
}

// ---------------------------------------------------------------------------------------------
// Geometry

/** The group key of the top-level elements (ids are never empty). */
const TOP_LEVEL = ''
/** Above this many grown elements side by side, the elements below them are not moved down. */
const SHIFT_GROUP_MAX = 256

class Layout {
  private readonly byId: ReadonlyMap<string, DesignNode>
  private readonly children = new Map<string, DesignNode[]>()
  private readonly sizes = new Map<string, Size>()
  private readonly rects = new Map<string, Rect>()
  private readonly names = new Map<string, NameBlock>()
  private readonly shifts = new Map<string, number>()
  private readonly grownIn = new Map<string, readonly DesignNode[]>()

  constructor(
    doc: DesignDocument,
    /** The name of the phase tag drawn on an element, if any. */
    readonly phaseTag: (n: DesignNode) => string | undefined,
  ) {
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]))
    for (const n of doc.nodes) {
      const key = this.groupOf(n)
      const list = this.children.get(key)
      if (list) list.push(n)
      else this.children.set(key, [n])
    }
  }

  /** The key of the element's siblings: its container's id, or TOP_LEVEL. */
  private groupOf(n: DesignNode): string {
    return n.parentId !== undefined && this.byId.has(n.parentId) ? n.parentId : TOP_LEVEL
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id)
  }

  /** The node and every container it sits in. */
  selfAndAncestors(n: DesignNode): DesignNode[] {
    const chain = [n]
    let current = n
    for (let guard = 0; current.parentId !== undefined && guard < 64; guard++) {
      const parent = this.byId.get(current.parentId)
      if (!parent) break
      chain.push(parent)
      current = parent
    }
    return chain
  }

  /** Nesting depth (0 for top-level elements). */
  depth(n: DesignNode): number {
    let d = 0
    let current = n
    while (current.parentId !== undefined && d < 64) {
      const parent = this.byId.get(current.parentId)
      if (!parent) break
      current = parent
      d++
    }
    return d
  }

  /** The width the element is drawn at (names wrap inside it; only heights grow). */
  private width(n: DesignNode, guard = 0): number {
    const { container, size: drawn } = KINDS[n.kind]
    if (n.size) return n.size.width
    let width = drawn.width
    if (container && guard < 64)
      for (const child of this.children.get(n.id) ?? [])
        width = Math.max(width, child.position.x + this.width(child, guard + 1) + container.padX)
    return width
  }

  /** The element's name, wrapped to its width. */
  name(n: DesignNode): NameBlock {
    const known = this.names.get(n.id)
    if (known) return known
    const block = nameBlock(n, this.width(n), this.phaseTag(n))
    this.names.set(n.id, block)
    return block
  }

  /** How much taller the element is drawn than placed: its name's lines beyond the first. */
  extra(n: DesignNode): number {
    const { lines, lineHeight } = this.name(n)
    return Math.max(0, lines.length - 1) * lineHeight
  }

  /** The height of a container's label band, grown with its name. */
  header(n: DesignNode): number | undefined {
    const header = KINDS[n.kind].container?.header
    return header === undefined ? undefined : header + this.extra(n)
  }

  /** The height as placed in the designer, before any name grows anything. */
  private placedHeight(n: DesignNode, guard = 0): number {
    const { container, size: drawn } = KINDS[n.kind]
    if (n.size) return n.size.height
    let height = drawn.height
    if (container && guard < 64)
      for (const child of this.children.get(n.id) ?? [])
        height = Math.max(
          height,
          child.position.y + this.placedHeight(child, guard + 1) + container.padBottom,
        )
    return height
  }

  /** How much taller the element is drawn than placed (its own name and what grew inside it). */
  private growth(n: DesignNode): number {
    return this.size(n).height - this.placedHeight(n)
  }

  /**
   * How far the element moves down: the growth of the siblings placed above it that overlap it
   * across, so a grown element pushes those below it instead of covering them. Groups with more
   * than SHIFT_GROUP_MAX grown siblings are left as placed (the cost would be quadratic).
   */
  private shift(n: DesignNode): number {
    const known = this.shifts.get(n.id)
    if (known !== undefined) return known
    const key = this.groupOf(n)
    let grown = this.grownIn.get(key)
    if (grown === undefined) {
      grown = (this.children.get(key) ?? []).filter((s) => this.growth(s) > 0)
      if (grown.length > SHIFT_GROUP_MAX) grown = []
      this.grownIn.set(key, grown)
    }
    let shift = 0
    const left = n.position.x
    const right = n.position.x + this.width(n)
    for (const s of grown)
      if (
        s !== n &&
        s.position.y + this.placedHeight(s) <= n.position.y + 1 &&
        s.position.x < right &&
        s.position.x + this.width(s) > left
      )
        shift += this.growth(s)
    this.shifts.set(n.id, shift)
    return shift
  }

  /**
   * The stored size, else, for a container, its default grown around its children, else the kind's
   * size; then taller by the name's extra lines (a container also grows around children that grew
   * or moved down).
   */
  size(n: DesignNode, guard = 0): Size {
    const known = this.sizes.get(n.id)
    if (known) return known
    const { container, size: drawn } = KINDS[n.kind]
    const width = this.width(n)
    let height = n.size ? n.size.height : drawn.height
    if (container && guard < 64)
      for (const child of this.children.get(n.id) ?? []) {
        const c = this.size(child, guard + 1)
        const shift = this.shift(child)
        // A stored size holds the children as placed; they may have grown or moved down.
        if (!n.size || shift > 0 || c.height > this.placedHeight(child))
          height = Math.max(height, child.position.y + shift + c.height + container.padBottom)
      }
    const size = { width, height: height + this.extra(n) }
    this.sizes.set(n.id, size)
    return size
  }

  rect(n: DesignNode): Rect {
    const known = this.rects.get(n.id)
    if (known) return known
    let x = 0
    let y = 0
    let current: DesignNode | undefined = n
    for (let guard = 0; current && guard < 64; guard++) {
      x += current.position.x
      y += current.position.y + this.shift(current)
      // Children sit below their container's header, which grows with the container's name.
      if (current !== n) y += this.extra(current)
      current = current.parentId === undefined ? undefined : this.byId.get(current.parentId)
    }
    const rect = { x, y, ...this.size(n) }
    this.rects.set(n.id, rect)
    return rect
  }
}

const GRID_CELL = 256
/**
 * Cells per axis in a numeric cell key. Stored coordinates are bounded (COORD_MAX), so the cells of a
 * design stay well inside ±GRID_SPAN / 2; keys of cells beyond would only share lists, which adds
 * candidates, never a wrong hit (every candidate's box is tested).
 */
const GRID_SPAN = 1 << 16
const cellKey = (gx: number, gy: number): number => (gx + GRID_SPAN / 2) * GRID_SPAN + (gy + GRID_SPAN / 2)

/**
 * What a connection should not pass behind: every element that is not a container, and the label
 * band of every container; indexed on a uniform grid of GRID_CELL squares (numeric cell keys, one
 * list of obstacle numbers per cell) so each point looks at the few boxes of its own cell.
 */
class Obstacles {
  private readonly cells = new Map<number, number[]>()
  private readonly ids: string[] = []
  /** Boxes as x0, y0, x1, y1 per obstacle. */
  private readonly boxes: number[] = []
  /** The query each obstacle was last counted in, so a query counts each obstacle once. */
  private readonly seen: Int32Array
  private query = 0

  constructor(layout: Layout, nodes: readonly DesignNode[]) {
    for (const n of nodes) {
      const r = layout.rect(n)
      const header = layout.header(n)
      const rect = header === undefined ? r : { ...r, height: Math.min(header, r.height) }
      const x0 = Math.floor(rect.x / GRID_CELL)
      const x1 = Math.floor((rect.x + rect.width) / GRID_CELL)
      const y0 = Math.floor(rect.y / GRID_CELL)
      const y1 = Math.floor((rect.y + rect.height) / GRID_CELL)
      if ((x1 - x0 + 1) * (y1 - y0 + 1) > 4096) continue
      const index = this.ids.length
      this.ids.push(n.id)
      this.boxes.push(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
      for (let gx = x0; gx <= x1; gx++)
        for (let gy = y0; gy <= y1; gy++) {
          const key = cellKey(gx, gy)
          const list = this.cells.get(key)
          if (list) list.push(index)
          else this.cells.set(key, [index])
        }
    }
    this.seen = new Int32Array(this.ids.length)
  }

  /** How many distinct obstacles the points fall on, leaving out those of the given elements. */
  hits(points: readonly Point[], exclude: ReadonlySet<string>): number {
    const query = ++this.query
    const b = this.boxes
    let count = 0
    for (const p of points) {
      const list = this.cells.get(cellKey(Math.floor(p.x / GRID_CELL), Math.floor(p.y / GRID_CELL)))
      if (list === undefined) continue
      for (const o of list) {
        const at = 4 * o
        if (
          this.seen[o] !== query &&
          p.x > (b[at] as number) &&
          p.x < (b[at + 2] as number) &&
          p.y > (b[at + 1] as number) &&
          p.y < (b[at + 3] as number) &&
          !exclude.has(this.ids[o] as string)
        ) {
          this.seen[o] = query
          count++
        }
      }
    }
    return count
  }
}

type Side = 'left' | 'right' | 'top' | 'bottom'
interface Attachment {
  readonly edge: DesignEdge
  readonly end: 'source' | 'target'
  readonly nodeId: string
  readonly side: Side
  /** Where the other end is, along this side, to order attachments without crossings. */
  readonly along: number
}

/**
 * The sides the two ends leave and enter by: left/right when the elements are further apart across
 * than down, top/bottom otherwise; and the other orientation as the alternative.
 */
function sideChoices(a: Rect, b: Rect): { preferred: [Side, Side]; alternative: [Side, Side] } {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2)
  const dy = b.y + b.height / 2 - (a.y + a.height / 2)
  const across = Math.abs(dx) / (a.width + b.width)
  const down = Math.abs(dy) / (a.height + b.height)
  const sideways: [Side, Side] = dx >= 0 ? ['right', 'left'] : ['left', 'right']
  const upDown: [Side, Side] = dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom']
  // Connections prefer to leave sideways: the drawings are mostly wider than tall.
  return across * 1.25 >= down
    ? { preferred: sideways, alternative: upDown }
    : { preferred: upDown, alternative: sideways }
}

interface Point {
  readonly x: number
  readonly y: number
}

function anchor(r: Rect, side: Side, fraction: number): Point {
  switch (side) {
    case 'left':
      return { x: r.x, y: r.y + r.height * fraction }
    case 'right':
      return { x: r.x + r.width, y: r.y + r.height * fraction }
    case 'top':
      return { x: r.x + r.width * fraction, y: r.y }
    case 'bottom':
      return { x: r.x + r.width * fraction, y: r.y + r.height }
  }
}

const NORMAL: Readonly<Record<Side, Point>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
}

interface Curve {
  readonly from: Point
  readonly c1: Point
  readonly c2: Point
  readonly to: Point
}

/** A cubic curve leaving `from` and entering `to` at right angles to their sides. */
function curve(from: Point, fromSide: Side, to: Point, toSide: Side): Curve {
  const distance = Math.hypot(to.x - from.x, to.y - from.y)
  const pull = Math.min(160, Math.max(30, distance * 0.4))
  const n1 = NORMAL[fromSide]
  const n2 = NORMAL[toSide]
  return {
    from,
    c1: { x: from.x + n1.x * pull, y: from.y + n1.y * pull },
    c2: { x: to.x + n2.x * pull, y: to.y + n2.y * pull },
    to,
  }
}

/** Points along a connection between the middles of these sides. */
function samples(source: Rect, target: Rect, sides: [Side, Side]): Point[] {
  const c = curve(anchor(source, sides[0], 0.5), sides[0], anchor(target, sides[1], 0.5), sides[1])
  const points: Point[] = []
  for (let i = 1; i < 24; i++) {
    const t = i / 24
    const u = 1 - t
    points.push({
      x: u * u * u * c.from.x + 3 * u * u * t * c.c1.x + 3 * u * t * t * c.c2.x + t * t * t * c.to.x,
      y: u * u * u * c.from.y + 3 * u * u * t * c.c1.y + 3 * u * t * t * c.c2.y + t * t * t * c.to.y,
    })
  }
  return points
}

/**
 * Above this many connections the picture draws each one as a straight line between the middles of
 * the sides that face each other, without the search for a way around other elements and labels and
 * without spreading several lines along a side: the routing below samples each connection twice
 * against the obstacle grid and sorts every side's attachments, which made the picture of the largest
 * design (50,000 connections) cost several times its evaluation, and at that density no single line
 * can be followed anyway. Designs up to this size (a generated 5,000-element design has about 4,300
 * connections; the templates have tens) are drawn with routed curves.
 */
export const ROUTED_CONNECTIONS_MAX = 5_000

interface RoutedEdge {
  readonly edge: DesignEdge
  readonly from: Point
  readonly to: Point
  /** The control points of a routed curve; undefined for a straight line. */
  readonly controls?: readonly [Point, Point]
}

/** The path of a routed connection: a cubic curve, or a straight line. */
function edgePath({ from, to, controls }: RoutedEdge): string {
  return controls === undefined
    ? `M${num(from.x)} ${num(from.y)}L${num(to.x)} ${num(to.y)}`
    : `M${num(from.x)} ${num(from.y)}C${num(controls[0].x)} ${num(controls[0].y)} ${num(controls[1].x)} ${num(controls[1].y)} ${num(to.x)} ${num(to.y)}`
}

/** Straight lines between the middles of the preferred sides (designs above ROUTED_CONNECTIONS_MAX). */
function straightEdges(layout: Layout, edges: readonly DesignEdge[]): RoutedEdge[] {
  const routed: RoutedEdge[] = []
  for (const edge of edges) {
    const s = layout.node(edge.source)
    const t = layout.node(edge.target)
    if (!s || !t) continue
    const source = layout.rect(s)
    const target = layout.rect(t)
    const [fromSide, toSide] = sideChoices(source, target).preferred
    routed.push({ edge, from: anchor(source, fromSide, 0.5), to: anchor(target, toSide, 0.5) })
  }
  return routed
}

/**
 * Routes every edge as a cubic curve leaving and entering element borders at right angles, through
 * fewer elements and labels where the other orientation allows. Several connections on one side of
 * an element are spread along it, ordered by where their other ends lie. Above
 * ROUTED_CONNECTIONS_MAX connections, straight lines instead.
 */
function routeEdges(
  layout: Layout,
  nodes: readonly DesignNode[],
  edges: readonly DesignEdge[],
): RoutedEdge[] {
  if (edges.length > ROUTED_CONNECTIONS_MAX) return straightEdges(layout, edges)
  const obstacles = new Obstacles(layout, nodes)
  const ends = new Map<string, { source: Rect; target: Rect; sides: [Side, Side] }>()
  const bySide = new Map<string, Attachment[]>()
  for (const edge of edges) {
    const s = layout.node(edge.source)
    const t = layout.node(edge.target)
    if (!s || !t) continue
    const source = layout.rect(s)
    const target = layout.rect(t)
    const { preferred, alternative } = sideChoices(source, target)
    // Take the other orientation when it passes behind fewer elements and labels.
    const own = new Set([...layout.selfAndAncestors(s), ...layout.selfAndAncestors(t)].map((n) => n.id))
    const sides =
      obstacles.hits(samples(source, target, alternative), own) <
      obstacles.hits(samples(source, target, preferred), own)
        ? alternative
        : preferred
    ends.set(edge.id, { source, target, sides })
    const attach = (end: 'source' | 'target', nodeId: string, side: Side, other: Rect): void => {
      const horizontal = side === 'left' || side === 'right'
      const along = horizontal ? other.y + other.height / 2 : other.x + other.width / 2
      const key = `${nodeId}\u0000${side}`
      const list = bySide.get(key)
      const a = { edge, end, nodeId, side, along }
      if (list) list.push(a)
      else bySide.set(key, [a])
    }
    attach('source', s.id, sides[0], target)
    attach('target', t.id, sides[1], source)
  }
  const fraction = new Map<string, number>()
  for (const list of bySide.values()) {
    list.sort((a, b) => a.along - b.along || (a.edge.id < b.edge.id ? -1 : 1))
    list.forEach((a, i) => {
      // One connection in the middle; several spread over the middle 60 % of the side.
      const f = list.length === 1 ? 0.5 : 0.2 + (0.6 * i) / (list.length - 1)
      fraction.set(`${a.edge.id}\u0000${a.end}`, f)
    })
  }
  const routed: RoutedEdge[] = []
  for (const edge of edges) {
    const e = ends.get(edge.id)
    if (!e) continue
    const from = anchor(e.source, e.sides[0], fraction.get(`${edge.id}\u0000source`) ?? 0.5)
    const to = anchor(e.target, e.sides[1], fraction.get(`${edge.id}\u0000target`) ?? 0.5)
    const { c1, c2 } = curve(from, e.sides[0], to, e.sides[1])
    routed.push({ edge, from, to, controls: [c1, c2] })
  }
  return routed
}

// ---------------------------------------------------------------------------------------------
// Elements

interface Marks {
  readonly counts: Readonly<Record<Severity, number>>
  readonly rules: Readonly<Record<Severity, readonly string[]>>
}

function marksByNode(findings: readonly Finding[]): Map<string, Marks> {
  const out = new Map<string, { counts: Record<Severity, number>; rules: Record<Severity, string[]> }>()
  for (const f of findings) {
    const id = f.nodeIds[0]
    if (f.suppressed || id === undefined) continue
    let m = out.get(id)
    if (!m) {
      m = { counts: { error: 0, warning: 0, info: 0 }, rules: { error: [], warning: [], info: [] } }
      out.set(id, m)
    }
    m.counts[f.severity]++
    if (!m.rules[f.severity].includes(f.ruleId)) m.rules[f.severity].push(f.ruleId)
  }
  return out
}

/**
 * A severity marker centred on (cx, cy) with radius r: an octagon for errors, a diamond for
 * warnings, a circle for info, each with its letter (E, W, i), so it reads without colour.
 */
export function severityShape(severity: Severity, cx: number, cy: number, r: number): string {
  const color = SEVERITY_STYLE[severity].color
  const common = { fill: color, stroke: '#ffffff', 'stroke-width': 1.5, 'stroke-linejoin': 'round' }
  const points = (pts: readonly (readonly [number, number])[]): string =>
    pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')
  let shape: string
  if (severity === 'error') {
    const k = r * 0.414
    shape = tag('polygon', {
      points: points([
        [cx - k, cy - r],
        [cx + k, cy - r],
        [cx + r, cy - k],
        [cx + r, cy + k],
        [cx + k, cy + r],
        [cx - k, cy + r],
        [cx - r, cy + k],
        [cx - r, cy - k],
      ]),
      ...common,
    })
  } else if (severity === 'warning') {
    const d = r * 1.22
    shape = tag('polygon', {
      points: points([
        [cx, cy - d],
        [cx + d, cy],
        [cx, cy + d],
        [cx - d, cy],
      ]),
      ...common,
    })
  } else shape = tag('circle', { cx, cy, r, ...common })
  const letter = SEVERITY_STYLE[severity].letter
  return (
    shape +
    tag(
      'text',
      {
        x: cx,
        y: cy + r * 0.4,
        'font-size': r * (letter === 'W' ? 1 : 1.15),
        'font-weight': 700,
        fill: '#ffffff',
        'text-anchor': 'middle',
      },
      letter,
    )
  )
}

/** Markers on the element's top edge, from its top-right corner leftwards; a count when more than one. */
function markersFor(r: Rect, marks: Marks, pal: Palette): string {
  const radius = 9
  let out = ''
  let right = r.x + r.width - 4
  const cy = r.y
  for (const severity of SEVERITIES) {
    const count = marks.counts[severity]
    if (count === 0) continue
    const style = SEVERITY_STYLE[severity]
    const label = `${count} ${count === 1 ? style.one : style.many}: ${marks.rules[severity].join(', ')}`
    let body = tag('title', {}, escapeMarkup(label))
    let cx = right - radius
    if (count > 1) {
      const countText = String(count)
      const width = 2 * radius + 6 + textWidth(countText, 11, true) + 8
      body += tag('rect', {
        x: right - width,
        y: cy - radius - 1,
        width,
        height: 2 * radius + 2,
        rx: radius + 1,
        fill: pal.pillFill,
        stroke: style.color,
        'stroke-width': 1.2,
      })
      body += tag(
        'text',
        {
          x: right - 7,
          y: cy + 4,
          'font-size': 11,
          'font-weight': 700,
          fill: style.color,
          'text-anchor': 'end',
        },
        countText,
      )
      cx = right - width + radius + 1
    }
    body += severityShape(severity, cx, cy, radius)
    out += tag('g', { class: `marker marker-${severity}`, 'data-severity': severity }, body)
    // The warning diamond reaches further than the octagon and the circle.
    right = cx - radius * (severity === 'warning' ? 1.22 : 1) - 8
  }
  return out
}

interface Lines {
  /** Small upper-case kind line in the kind's colour. */
  readonly tag: string
  /** Grey detail after the tag on the same line. */
  readonly detail?: string
  readonly name: string
  /** Grey third line. */
  readonly sub?: string
}

/** The kind's tag, then the element's summary lines as the canvas prints them (site.ts, cmg.ts…). */
function linesFor(n: DesignNode): Lines {
  const [detail, ...rest] = summaryText(n)
  return {
    tag: tagOf(n),
    ...(detail === undefined ? {} : { detail }),
    name: nodeName(n),
    ...(rest.length > 0 ? { sub: rest.join(' · ') } : {}),
  }
}

function shapeFor(n: DesignNode, r: Rect, pal: Palette, header: number): string {
  const color = pal.line(n.kind)
  const fill = pal.fill(n.kind)
  const { x, y, width: w, height: h } = r
  switch (n.kind) {
    case 'site':
      return (
        tag('rect', { x, y, width: w, height: h, rx: 12, fill, stroke: color, 'stroke-width': 1.6 }) +
        tag('path', {
          d: `M${num(x + 1)} ${num(y + header)}H${num(x + w - 1)}`,
          stroke: color,
          'stroke-opacity': 0.25,
          'stroke-width': 1,
        })
      )
    case 'server':
      return tag('rect', { x, y, width: w, height: h, rx: 6, fill, stroke: color, 'stroke-width': 1.2 })
    case 'azureSubscription':
      return tag('rect', {
        x,
        y,
        width: w,
        height: h,
        rx: 12,
        fill,
        stroke: color,
        'stroke-width': 1.6,
        'stroke-dasharray': '8 5',
      })
    case 'cmg':
      return (
        tag('rect', { x, y, width: w, height: h, rx: 22, fill, stroke: color, 'stroke-width': 2.2 }) +
        cloudIcon(x + w - 34, y + 12, color)
      )
    case 'cloudDistributionPoint':
      return (
        tag('rect', {
          x,
          y,
          width: w,
          height: h,
          rx: 22,
          fill,
          stroke: color,
          'stroke-width': 1.6,
          'stroke-dasharray': '5 3',
        }) + cloudIcon(x + w - 34, y + 12, color)
      )
    case 'clientPopulation':
      return (
        tag('rect', {
          x: x + 8,
          y: y + 8,
          width: w - 8,
          height: h - 8,
          rx: 8,
          fill: pal.stack[0],
          stroke: color,
          'stroke-width': 1,
        }) +
        tag('rect', {
          x: x + 4,
          y: y + 4,
          width: w - 8,
          height: h - 8,
          rx: 8,
          fill: pal.stack[1],
          stroke: color,
          'stroke-width': 1,
        }) +
        tag('rect', { x, y, width: w - 8, height: h - 8, rx: 8, fill, stroke: color, 'stroke-width': 1.6 })
      )
    case 'boundaryGroup': {
      const c = 14
      const pts = `${num(x + c)},${num(y)} ${num(x + w - c)},${num(y)} ${num(x + w)},${num(y + c)} ${num(x + w)},${num(y + h - c)} ${num(x + w - c)},${num(y + h)} ${num(x + c)},${num(y + h)} ${num(x)},${num(y + h - c)} ${num(x)},${num(y + c)}`
      return tag('polygon', { points: pts, fill, stroke: color, 'stroke-width': 1.6 })
    }
    case 'note': {
      const fold = 16
      return (
        tag('path', {
          d: `M${num(x)} ${num(y)}H${num(x + w - fold)}L${num(x + w)} ${num(y + fold)}V${num(y + h)}H${num(x)}Z`,
          fill,
          stroke: pal.noteLine,
          'stroke-width': 1.2,
        }) +
        tag('path', {
          d: `M${num(x + w - fold)} ${num(y)}V${num(y + fold)}H${num(x + w)}`,
          fill: pal.noteFold,
          stroke: pal.noteLine,
          'stroke-width': 1.2,
        })
      )
    }
    default: {
      // Site-system roles: a white card with a stripe in the role's colour on the left.
      const rr = 6
      return (
        tag('rect', {
          x,
          y,
          width: w,
          height: h,
          rx: rr,
          fill,
          stroke: pal.cardStroke,
          'stroke-width': 1.1,
        }) +
        tag('path', {
          d: `M${num(x + rr)} ${num(y)}H${num(x + 6)}V${num(y + h)}H${num(x + rr)}A${rr} ${rr} 0 0 1 ${num(x)} ${num(y + h - rr)}V${num(y + rr)}A${rr} ${rr} 0 0 1 ${num(x + rr)} ${num(y)}Z`,
          fill: color,
        })
      )
    }
  }
}

function cloudIcon(x: number, y: number, color: string): string {
  return tag('path', {
    d: `M${num(x + 6)} ${num(y + 16)}a5 5 0 0 1 0.6-9.9a7 7 0 0 1 13.2 1.6a4.2 4.2 0 0 1 0.4 8.3Z`,
    fill: 'none',
    stroke: color,
    'stroke-width': 1.6,
    'stroke-linejoin': 'round',
  })
}

function phasePill(label: string, right: number, y: number, pal: Palette): { svg: string; width: number } {
  const shown = fit(label, PILL_MAX, 10, true)
  const width = pillWidth(label)
  return {
    svg:
      tag('rect', {
        x: right - width,
        y,
        width,
        height: 16,
        rx: 8,
        fill: pal.pillFill,
        stroke: pal.pillStroke,
        'stroke-width': 1,
      }) +
      tag(
        'text',
        {
          x: right - width / 2,
          y: y + 11.5,
          'font-size': 10,
          'font-weight': 600,
          fill: pal.pillText,
          'text-anchor': 'middle',
        },
        escapeMarkup(shown),
      ),
    width,
  }
}

/** Text positions per kind: the baselines of the kind line and of the name's first line. */
function textRows(kind: NodeKind, r: Rect): { tagY: number; nameY: number } {
  switch (kind) {
    case 'site':
    case 'azureSubscription':
    case 'cmg':
      return { tagY: r.y + 21, nameY: r.y + 42 }
    case 'clientPopulation':
      return { tagY: r.y + 20, nameY: r.y + 40 }
    case 'cloudDistributionPoint':
    case 'boundaryGroup':
      return { tagY: r.y + 24, nameY: r.y + 44 }
    default:
      return { tagY: r.y + 17, nameY: r.y + 35 }
  }
}

/**
 * The whole name as one text element, a tspan per line: its text content is the name exactly (the
 * lines keep the spaces they break at), so it can be found and copied from the picture.
 */
function nameText(block: NameBlock, x: number, y: number, color: string, halo: string | undefined): string {
  const spans = block.lines
    .map((line, i) => tag('tspan', { x, y: y + i * block.lineHeight }, escapeMarkup(line)))
    .join('')
  return tag(
    'text',
    {
      class: 'name',
      'font-size': block.size,
      'font-weight': 600,
      fill: color,
      ...(halo === undefined
        ? {}
        : { stroke: halo, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }),
    },
    spans,
  )
}

function drawNote(n: NodeOfKind<'note'>, r: Rect, left: number, name: NameBlock, pal: Palette): string {
  const named = name.lines.length > 0
  const below = named ? (name.lines.length - 1) * name.lineHeight : 0
  let out = named
    ? nameText(name, left, r.y + 22, pal.text, undefined)
    : text({
        x: left,
        y: r.y + 21,
        text: 'NOTE',
        size: 10,
        bold: true,
        color: pal.noteLine,
        spacing: 0.6,
        maxWidth: 80,
      })
  const lineHeight = 15
  const lines = wrap(
    n.props.text,
    r.width - 28,
    11.5,
    Math.max(1, Math.floor((r.height - below - 40) / lineHeight)),
  )
  lines.forEach((line, i) => {
    out += text({
      x: left,
      y: r.y + below + 42 + i * lineHeight,
      text: line,
      size: 11.5,
      maxWidth: r.width - 24,
      color: pal.noteText,
    })
  })
  return out
}

interface DrawnNode {
  /** A container's outline, drawn under the connections; empty for other elements. */
  readonly outline: string
  /** The element's group: its labels and markers (and, except for containers, its shape). */
  readonly node: string
}

function drawNode(n: DesignNode, layout: Layout, marks: Marks | undefined, pal: Palette): DrawnNode {
  const r = layout.rect(n)
  const color = pal.line(n.kind)
  const fill = pal.fill(n.kind)
  const container = CONTAINER_KINDS.has(n.kind)
  const halo = container ? fill : undefined
  const insets = textInsets(n.kind)
  const left = r.x + insets.left
  const right = r.x + r.width - insets.right
  const rows = textRows(n.kind, r)
  const name = layout.name(n)
  const extra = layout.extra(n)
  const shape = shapeFor(n, r, pal, layout.header(n) ?? 0)
  let body = container ? '' : shape

  // Phase pill: in the header of a container, at the end of the name's first line of anything else.
  let tagRight = right - (n.kind === 'cmg' || n.kind === 'cloudDistributionPoint' ? 30 : 0)
  const phaseName = layout.phaseTag(n)
  if (phaseName !== undefined) {
    const pill = phasePill(phaseName, right, container ? r.y + 9 : rows.nameY - 12, pal)
    body += pill.svg
    if (container) tagRight = Math.min(tagRight, right - pill.width - 6)
  }

  if (n.kind === 'note') body += drawNote(n, r, left, name, pal)
  else {
    const lines = linesFor(n)
    const tagText = lines.tag.toUpperCase()
    const tagWidth = textWidth(tagText, 10, true, 0.6)
    body += text({
      x: left,
      y: rows.tagY,
      text: tagText,
      size: 10,
      bold: true,
      color,
      spacing: 0.6,
      maxWidth: tagRight - left,
      halo,
    })
    if (lines.detail !== undefined && lines.detail !== '' && left + tagWidth + 30 < tagRight)
      body += text({
        x: left + tagWidth + 7,
        y: rows.tagY,
        text: lines.detail,
        size: 10.5,
        color: pal.muted,
        maxWidth: tagRight - left - tagWidth - 7,
        halo,
      })
    body += nameText(name, left, rows.nameY, pal.text, halo)
    if (lines.sub !== undefined)
      body += text({
        x: left,
        y: rows.nameY + extra + 19,
        text: lines.sub,
        size: 11,
        color: pal.muted,
        maxWidth: right - left,
      })
  }
  if (marks) body += markersFor(r, marks, pal)
  return {
    outline: container ? tag('g', { class: 'outline', 'data-node-id': n.id }, shape) : '',
    node: tag(
      'g',
      { class: `node kind-${n.kind}`, 'data-node-id': n.id, 'data-kind': n.kind },
      tag('title', {}, escapeMarkup(`${KIND_LABEL[n.kind]} ${nodeName(n)}`)) + body,
    ),
  }
}

// ---------------------------------------------------------------------------------------------
// Legend

function legend(
  edgeKinds: readonly EdgeKind[],
  severities: readonly Severity[],
  x: number,
  y: number,
  maxWidth: number,
  markerId: (k: EdgeKind) => string,
  pal: Palette,
): { svg: string; height: number; width: number } {
  const items: { width: number; draw: (ix: number, iy: number) => string }[] = []
  for (const kind of edgeKinds) {
    const { label, line } = CONNECTION_KINDS[kind]
    items.push({
      width: 44 + textWidth(label, 11.5) + 30,
      draw: (ix, iy) =>
        tag('path', {
          d: `M${num(ix)} ${num(iy)}H${num(ix + 34)}`,
          stroke: pal.edge(kind),
          'stroke-width': line.width,
          'stroke-dasharray': line.dash === '' ? undefined : line.dash,
          'stroke-linecap': kind === 'assignedTo' ? 'round' : undefined,
          fill: 'none',
          'marker-end': `url(#${markerId(kind)})`,
        }) + text({ x: ix + 44, y: iy + 4, text: label, size: 11.5, color: pal.text, maxWidth: 400 }),
    })
  }
  for (const severity of severities) {
    const s = SEVERITY_STYLE[severity]
    const label = `${s.many.charAt(0).toUpperCase()}${s.many.slice(1)}`
    items.push({
      width: 28 + textWidth(label, 11.5) + 30,
      draw: (ix, iy) =>
        severityShape(severity, ix + 9, iy, 8) +
        text({ x: ix + 24, y: iy + 4, text: label, size: 11.5, color: pal.text, maxWidth: 200 }),
    })
  }
  if (items.length === 0) return { svg: '', height: 0, width: 0 }
  const rowHeight = 22
  let cx = x
  let cy = y + 30
  let widest = 0
  let svg = text({
    x,
    y: y + 10,
    text: 'LEGEND',
    size: 10,
    bold: true,
    color: pal.muted,
    spacing: 0.8,
    maxWidth: 200,
  })
  for (const item of items) {
    if (cx > x && cx + item.width > x + maxWidth) {
      cx = x
      cy += rowHeight
    }
    svg += item.draw(cx, cy)
    cx += item.width
    widest = Math.max(widest, cx - x)
  }
  return { svg: tag('g', { class: 'legend' }, svg), height: cy - y + 12, width: widest }
}

// ---------------------------------------------------------------------------------------------

/** The picture of a design as one standalone SVG document (also valid inline in HTML). */
export function renderTopologySvg(design: DesignDocument, options: TopologySvgOptions = {}): string {
  const prefix = (options.idPrefix ?? 'topology').replace(/[^A-Za-z0-9_-]/g, '') || 'topology'
  const markerId = (k: EdgeKind): string => `${prefix}-arrow-${k}`
  const pal = PALETTES[options.theme ?? 'light']
  const phase = design.design.phases.find((p) => p.id === options.phase)
  const doc = phase ? designAtPhase(design, phase.id) : design
  const phases = new Map(doc.design.phases.map((p) => [p.id, p.name]))
  const showPhases = options.phaseTags ?? true
  const layout = new Layout(doc, (n) =>
    showPhases && n.phase !== undefined ? phases.get(n.phase) : undefined,
  )
  const present = new Set(doc.nodes.map((n) => n.id))
  const marks = marksByNode((options.findings ?? []).filter((f) => present.has(f.nodeIds[0] ?? '')))

  const ordered = doc.nodes
    .map((n, i) => ({ n, i, depth: layout.depth(n), container: CONTAINER_KINDS.has(n.kind) }))
    .sort(
      (a, b) => Number(a.container ? 0 : 1) - Number(b.container ? 0 : 1) || a.depth - b.depth || a.i - b.i,
    )
  const edges = doc.edges.filter((e) => layout.node(e.source) && layout.node(e.target))
  const routed = routeEdges(layout, doc.nodes, edges)

  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  const include = (x: number, y: number): void => {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  for (const { n } of ordered) {
    const r = layout.rect(n)
    include(r.x, r.y - (marks.has(n.id) ? 12 : 0))
    include(r.x + r.width, r.y + r.height)
  }
  for (const e of routed) for (const p of [e.from, ...(e.controls ?? []), e.to]) include(p.x, p.y)
  if (!Number.isFinite(minX)) {
    minX = 0
    minY = 0
    maxX = 480
    maxY = 120
  }

  const usedKinds = (Object.keys(CONNECTION_KINDS) as EdgeKind[]).filter((k) =>
    edges.some((e) => e.kind === k),
  )
  const usedSeverities = SEVERITIES.filter((s) => [...marks.values()].some((m) => m.counts[s] > 0))
  const contentWidth = Math.max(maxX - minX, 480)
  const legendBlock =
    options.legend === false
      ? { svg: '', height: 0, width: 0 }
      : legend(usedKinds, usedSeverities, minX, maxY + 28, contentWidth, markerId, pal)

  const x0 = minX - MARGIN
  const y0 = minY - MARGIN
  const width = Math.max(maxX - minX, legendBlock.width) + 2 * MARGIN
  const height = maxY - minY + (legendBlock.height > 0 ? legendBlock.height + 28 : 0) + 2 * MARGIN

  const defs = usedKinds
    .map((k) =>
      tag(
        'marker',
        {
          id: markerId(k),
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 9,
          markerHeight: 9,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto',
        },
        tag('path', { d: 'M0 1L9 5L0 9Z', fill: pal.edge(k) }),
      ),
    )
    .join('')

  // Container outlines lie under the connections; their labels and every other element lie above.
  const drawn = ordered.map(({ n }) => drawNode(n, layout, marks.get(n.id), pal))

  const edgeMarkup = routed
    .map((routedEdge) => {
      const { edge } = routedEdge
      const { label, line } = CONNECTION_KINDS[edge.kind]
      const source = layout.node(edge.source)
      const target = layout.node(edge.target)
      const title =
        source && target
          ? `${KIND_LABEL[source.kind]} ${nodeName(source)} → ${KIND_LABEL[target.kind]} ${nodeName(target)} (${label})`
          : label
      return tag(
        'g',
        { class: `edge edge-${edge.kind}`, 'data-edge-id': edge.id, 'data-kind': edge.kind },
        tag('title', {}, escapeMarkup(title)) +
          tag('path', {
            d: edgePath(routedEdge),
            fill: 'none',
            stroke: pal.edge(edge.kind),
            'stroke-width': line.width,
            'stroke-dasharray': line.dash === '' ? undefined : line.dash,
            'stroke-linecap': edge.kind === 'assignedTo' ? 'round' : undefined,
            'marker-end': `url(#${markerId(edge.kind)})`,
          }),
      )
    })
    .join('')

  const empty =
    doc.nodes.length === 0
      ? text({
          x: minX + 240,
          y: minY + 64,
          text: 'This design has no elements yet.',
          size: 14,
          color: pal.muted,
          anchor: 'middle',
          maxWidth: 440,
        })
      : ''
  const title = `Topology of ${doc.design.name}${phase ? ` at phase ${phase.name.trim() === '' ? phase.id : phase.name}` : ''}`
  const desc =
    `${doc.nodes.length} elements and ${edges.length} connections, drawn as placed in the designer.` +
    (edges.length > ROUTED_CONNECTIONS_MAX
      ? ` With more than ${formatNumber(ROUTED_CONNECTIONS_MAX)} connections, each is drawn as a straight line.`
      : '')
  return (
    tag(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `${num(x0)} ${num(y0)} ${num(width)} ${num(height)}`,
        width: Math.ceil(width),
        height: Math.ceil(height),
        role: 'img',
        'aria-labelledby': `${prefix}-title ${prefix}-desc`,
        'font-family': FONT_STACK,
        class: 'topology',
      },
      tag('title', { id: `${prefix}-title` }, escapeMarkup(title)) +
        tag('desc', { id: `${prefix}-desc` }, escapeMarkup(desc)) +
        (defs === '' ? '' : tag('defs', {}, defs)) +
        tag('rect', { x: x0, y: y0, width, height, fill: pal.background }) +
        tag('g', { class: 'outlines' }, drawn.map((d) => d.outline).join('')) +
        tag('g', { class: 'edges' }, edgeMarkup) +
        tag('g', { class: 'elements' }, drawn.map((d) => d.node).join('')) +
        empty +
        legendBlock.svg,
    ) + '\n'
  )
}

/** The size an SVG from renderTopologySvg declares on its root element. */
export function pictureSize(svg: string): { width: number; height: number } {
  const size = /^<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"\s+height="(\d+(?:\.\d+)?)"/.exec(svg)
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) }
}
