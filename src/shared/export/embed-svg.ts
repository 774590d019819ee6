// Puts the design JSON into an SVG as the first child of the root element:
// <metadata><cmg:design xmlns:cmg="urn:cmg-designer:design">…</cmg:design></metadata>, with the JSON
// XML-escaped (so no text inside can end the element early). src/shared/format/embedded.ts reads it
// back when the image is opened. Used by the app's SVG export and `cmg-designer export`. Pure.
import { SVG_DESIGN_ELEMENT, SVG_DESIGN_NAMESPACE } from '../format/embedded'

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The <metadata> element carrying the design. */
export function designMetadata(designJson: string): string {
  return `<metadata><${SVG_DESIGN_ELEMENT} xmlns:cmg="${SVG_DESIGN_NAMESPACE}">${escapeXml(designJson)}</${SVG_DESIGN_ELEMENT}></metadata>`
}

/** Where the root <svg> start tag ends (index of its ">"), skipping quoted attribute values. */
function rootStartTagEnd(svg: string): { end: number; selfClosing: boolean } | undefined {
  const start = /<svg[\s>/]/.exec(svg)
  if (!start) return undefined
  let quote: string | null = null
  for (let i = start.index + 4; i < svg.length; i++) {
    const c = svg[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return { end: i, selfClosing: svg[i - 1] === '/' }
  }
  return undefined
}

/** `svg` with `designJson` embedded; throws if `svg` has no root <svg> element (the exporter made it). */
export function embedDesignInSvg(svg: string, designJson: string): string {
  const root = rootStartTagEnd(svg)
  if (!root) throw new Error('The exported image is not an SVG document.')
  const metadata = designMetadata(designJson)
  if (root.selfClosing) return `${svg.slice(0, root.end - 1)}>${metadata}</svg>${svg.slice(root.end + 1)}`
  return `${svg.slice(0, root.end + 1)}${metadata}${svg.slice(root.end + 1)}`
}
