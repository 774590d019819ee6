// Renders the editing canvas to a PNG or SVG with html-to-image 1.11.11 (pinned: later versions
// drop the edges of a React Flow canvas): the React Flow viewport element is captured with a
// transform that frames the whole design or the selection (React Flow's getNodesBounds), at the
// chosen scale, on the theme's canvas colour, with no fonts fetched (the app uses system fonts).
// The design JSON is then embedded in the image (PNG iTXt chunk, SVG metadata) so that opening the
// image in the app reopens the design. Runs in the renderer.
import { toPng, toSvg } from 'html-to-image'
import type { Rect } from '@xyflow/react'
import { embedDesignInPng } from './embed-png'
import { embedDesignInSvg } from './embed-svg'

export type ImageFormat = 'png' | 'svg'
export type ImageScale = 1 | 2 | 3

/** Space around the elements, in canvas pixels. */
export const IMAGE_PADDING = 32

export interface ImageRequest {
  readonly format: ImageFormat
  readonly scale: ImageScale
  /** The canvas area to draw (absolute canvas coordinates), usually the bounds of the elements. */
  readonly bounds: Rect
  /** Elements to draw; null draws every element inside `bounds`. */
  readonly nodeIds: ReadonlySet<string> | null
  /** The design file's JSON, embedded in the image. */
  readonly designJson: string
}

/** The image's size in pixels (before the scale), padding included. */
export function imageSize(bounds: Rect): { width: number; height: number } {
  return {
    width: Math.ceil(bounds.width + 2 * IMAGE_PADDING),
    height: Math.ceil(bounds.height + 2 * IMAGE_PADDING),
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Keeps nodes outside the chosen set, and edges not between two of them, out of the picture. */
function selectionFilter(
  nodeIds: ReadonlySet<string>,
  edgeEnds: ReadonlyMap<string, readonly [string, string]>,
) {
  return (element: HTMLElement | SVGElement): boolean => {
    const classes = element.classList
    if (!classes) return true
    const id = element.getAttribute('data-id')
    if (id === null) return true
    if (classes.contains('react-flow__node')) return nodeIds.has(id)
    if (classes.contains('react-flow__edge')) {
      const ends = edgeEnds.get(id)
      return ends !== undefined && nodeIds.has(ends[0]) && nodeIds.has(ends[1])
    }
    return true
  }
}

export interface RenderedImage {
  /** What export:write takes: base64 for a PNG, the markup for an SVG. */
  readonly data: string
  readonly width: number
  readonly height: number
}

/**
 * Draws `viewport` (the `.react-flow__viewport` of the editing canvas) as requested. `edgeEnds`
 * maps edge ids to their two node ids, for the selection filter.
 */
export async function renderCanvasImage(
  viewport: HTMLElement,
  request: ImageRequest,
  edgeEnds: ReadonlyMap<string, readonly [string, string]>,
): Promise<RenderedImage> {
  const { width, height } = imageSize(request.bounds)
  const canvas = viewport.closest('.react-flow') ?? viewport
  const background = getComputedStyle(canvas).getPropertyValue('--canvas-bg').trim() || '#ffffff'
  const options = {
    width,
    height,
    backgroundColor: background,
    pixelRatio: request.scale,
    skipFonts: true,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${IMAGE_PADDING - request.bounds.x}px, ${IMAGE_PADDING - request.bounds.y}px) scale(1)`,
    },
    ...(request.nodeIds ? { filter: selectionFilter(request.nodeIds, edgeEnds) } : {}),
  }
  if (request.format === 'png') {
    const url = await toPng(viewport, options)
    const png = base64ToBytes(url.slice(url.indexOf(',') + 1))
    return {
      data: bytesToBase64(embedDesignInPng(png, request.designJson)),
      width: width * request.scale,
      height: height * request.scale,
    }
  }
  const url = await toSvg(viewport, options)
  const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1))
  const scaled = svg.replace(
    /^<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/,
    `<svg$1 width="${width * request.scale}" height="${height * request.scale}"`,
  )
  return {
    data: embedDesignInSvg(scaled, request.designJson),
    width: width * request.scale,
    height: height * request.scale,
  }
}
