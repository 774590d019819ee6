// Opens a design from a file's bytes, whatever the file is: a design file, or a PNG or SVG image the
// app exported with the design embedded (embedded.ts), then the load pipeline (parse.ts). The app's
// main process and the command-line tool both open files this way, so they accept the same files
// and refuse the others with the same messages. Pure; never throws.
import { type Result, ok } from '../util/result'
import { type ImageKind, designTextFromBytes } from './embedded'
import type { LoadError } from './errors'
import { type LoadedDesign, type ParseOptions, parseDesignFile } from './parse'

export interface LoadedFile extends LoadedDesign {
  /** The design's JSON text: the file itself, or the text embedded in the image. */
  readonly text: string
  /** Set when the design came out of an exported image. */
  readonly embeddedIn?: ImageKind
}

export function loadDesignBytes(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Result<LoadedFile, LoadError> {
  const extracted = designTextFromBytes(bytes)
  if (!extracted.ok) return extracted
  const { text, embeddedIn } = extracted.value
  const parsed = parseDesignFile(text, options)
  if (!parsed.ok) return parsed
  return ok({ ...parsed.value, text, ...(embeddedIn === undefined ? {} : { embeddedIn }) })
}
