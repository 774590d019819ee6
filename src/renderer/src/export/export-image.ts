// Makes the PNG and SVG exports from the one picture of a design (src/shared/report/topology-svg.ts,
// also the report's): plain SVG with full names, legend, phase tags and finding markers, the whole
// design or the selection (with everything inside it), the whole design or the design at one
// phase, light or dark. The SVG is that markup; the PNG is that markup drawn on a canvas at 1×, 2×
// or 3× (an <img> of a data: URL, then canvas.toBlob). The design JSON is then embedded in the image
// (PNG iTXt chunk, SVG metadata) so that opening the image in the app reopens the design. Runs in
// the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignNode } from '../../../shared/model/schema'
import { pictureSize, renderTopologySvg, type PictureTheme } from '../../../shared/report/topology-svg'
import type { Finding } from '../../../shared/rules/types'
import { embedDesignInPng } from '../../../shared/export/embed-png'
import { embedDesignInSvg } from '../../../shared/export/embed-svg'
import { bytesToBase64 } from '../../../shared/util/base64'

export type ImageFormat = 'png' | 'svg'
export type ImageScale = 1 | 2 | 3

/** The largest canvas side and area Chromium draws; larger PNGs are refused before drawing. */
export const MAX_CANVAS_SIDE = 16_384
export const MAX_CANVAS_AREA = 16_384 * 16_384

export interface PictureRequest {
  readonly doc: DesignDocument
  /** Findings to mark (the canvas's current evaluation). */
  readonly findings: readonly Finding[]
  /** Elements to draw (with everything inside them); null draws the whole design. */
  readonly nodeIds: ReadonlySet<string> | null
  /** The phase to draw the design at; null for the whole design. */
  readonly phase: string | null
  readonly theme: PictureTheme
  readonly legend: boolean
}

/** The picture's markup and its size at 1×. */
export interface Picture {
  readonly svg: string
  readonly width: number
  readonly height: number
}

/** The selected elements with everything inside them (a selected site brings its servers and roles). */
export function withDescendants(doc: DesignDocument, ids: ReadonlySet<string>): Set<string> {
  const chosen = new Set([...ids].filter((id) => doc.nodes.some((n) => n.id === id)))
  let grew = true
  while (grew) {
    grew = false
    for (const node of doc.nodes)
      if (node.parentId !== undefined && chosen.has(node.parentId) && !chosen.has(node.id)) {
        chosen.add(node.id)
        grew = true
      }
  }
  return chosen
}

/**
 * The part of the design made of these elements and the connections between them, for drawing: an
 * element whose container is left out becomes top-level at its absolute position, so everything
 * stays where it is on the canvas.
 */
export function selectedPart(doc: DesignDocument, ids: ReadonlySet<string>): DesignDocument {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const absolute = (n: DesignNode): { x: number; y: number } => {
    let x = 0
    let y = 0
    let current: DesignNode | undefined = n
    for (let guard = 0; current && guard < 64; guard++) {
      x += current.position.x
      y += current.position.y
      current = current.parentId === undefined ? undefined : byId.get(current.parentId)
    }
    return { x, y }
  }
  const nodes = doc.nodes
    .filter((n) => ids.has(n.id))
    .map((n) => {
      if (n.parentId === undefined || ids.has(n.parentId)) return n
      const { parentId: _, ...rest } = n
      return { ...rest, position: absolute(n) } as DesignNode
    })
  return {
    ...doc,
    nodes,
    edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    suppressions: doc.suppressions.filter((s) => ids.has(s.nodeId)),
  }
}

/** The picture as asked. */
export function drawPicture(request: PictureRequest): Picture {
  const doc = request.nodeIds ? selectedPart(request.doc, request.nodeIds) : request.doc
  const svg = renderTopologySvg(doc, {
    findings: request.findings,
    phase: request.phase,
    theme: request.theme,
    legend: request.legend,
    idPrefix: 'cmg',
  })
  return { svg, ...pictureSize(svg) }
}

/** Whether Chromium can draw the picture at this scale. */
export function canRasterise(picture: Picture, scale: number): boolean {
  const width = Math.round(picture.width * scale)
  const height = Math.round(picture.height * scale)
  return width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_AREA
}

/** The picture drawn on a canvas `scale` times its size, as PNG bytes (also the PowerPoint deck's pictures). */
export async function rasterise(picture: Picture, scale: number): Promise<Uint8Array> {
  const image = new Image()
  image.decoding = 'async'
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(picture.width * scale)
  canvas.height = Math.round(picture.height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas is available to draw the image.')
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('The canvas could not be encoded as PNG.')
  return new Uint8Array(await blob.arrayBuffer())
}

export interface RenderedImage {
  /** What export:write takes: base64 for a PNG, the markup for an SVG. */
  readonly data: string
  readonly width: number
  readonly height: number
}

/** The image file of the picture, carrying `designJson`. */
export async function renderImage(
  picture: Picture,
  format: ImageFormat,
  scale: ImageScale,
  designJson: string,
): Promise<RenderedImage> {
  if (format === 'svg')
    return { data: embedDesignInSvg(picture.svg, designJson), width: picture.width, height: picture.height }
  const png = await rasterise(picture, scale)
  return {
    data: bytesToBase64(embedDesignInPng(png, designJson)),
    width: picture.width * scale,
    height: picture.height * scale,
  }
}
