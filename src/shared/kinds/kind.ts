// What an element kind is, as one declaration: its props schema (each property with its label,
// unit and help, see field.ts), how people call it (label, tag, its words in findings, phrase, name
// and id prefixes), its
// palette entry, its drawn size and, for a container, how it lays out its children, its colour,
// how the inspector groups its properties, and the summary lines every view prints under its name
// (canvas, presentation, report picture). The renderer adds only icons and CSS. Pure.
import type { z } from 'zod'

export interface Size {
  readonly width: number
  readonly height: number
}

export interface ContainerLayout {
  /** Height of the header band children must stay below. */
  readonly header: number
  /** Inner margin left and right. */
  readonly padX: number
  /** Inner margin below the last child. */
  readonly padBottom: number
  /** Space between children. */
  readonly gap: number
  /** Children are added side by side (row) or one below the other (column). */
  readonly flow: 'row' | 'column'
}

export interface SummaryLine {
  readonly text: string
  /** Longer wording for a tooltip, when `text` is abbreviated. */
  readonly title?: string
  /** `muted` for "not set" placeholders, `on`/`off` for a flag the rules care about. */
  readonly tone?: 'muted' | 'on' | 'off'
}

export const PALETTE_GROUPS = ['Hierarchy', 'Site systems', 'Azure', 'Clients', 'Annotations'] as const
export type PaletteGroup = (typeof PALETTE_GROUPS)[number]

/** The kind's colour in a light picture; the canvas's per-theme equal is the CSS variable --kind-<kind>. */
export interface KindColour {
  /** Border, stripe, icon and tag text. */
  readonly line: string
  readonly fill: string
}

export interface FieldGroup<Key extends string = string> {
  readonly title: string
  /** Top-level property names, in display order. */
  readonly fields: readonly Key[]
}

export interface ElementKind<P extends z.ZodObject = z.ZodObject> {
  readonly props: P
  /** As a heading, an accessible-name prefix, in the report and the CLI: "Management point". */
  readonly label: string
  /** Short tag drawn beside the name and in role lists: "MP". */
  readonly tag: string
  /** The kind before an element's name in a finding's message: "MP MP01", "Population Seattle". */
  readonly inFindings: string
  /** The kind inside a sentence, with its article: "a management point". */
  readonly phrase: string
  /** Prefix of generated names: MP → MP01, MP02… */
  readonly namePrefix: string
  /** Generated names are "<prefix><NN>" (MP01) or "<prefix> <N>" (Client population 1). */
  readonly nameStyle: 'code' | 'words'
  /** Prefix of generated ids: "mp" → mp-4k2x9q. */
  readonly idPrefix: string
  readonly group: PaletteGroup
  /** One-line palette help. */
  readonly hint: string
  /** Drawn size of a new element (a container grows around its children). */
  readonly size: Size
  /** Only for kinds that hold other elements. */
  readonly container?: ContainerLayout
  readonly colour: KindColour
  /** The inspector's groups of properties, in display order; every property is in exactly one. */
  readonly form: readonly FieldGroup<keyof z.output<P> & string>[]
  /** The summary is short parts of one line ("HTTP · CMG traffic") rather than lines. */
  readonly oneLine: boolean
  /** The tag of one element, when it depends on its props ("Site server"); else `tag`. */
  tagOf?(props: z.output<P>): string
  /** What the element shows under its name. */
  summary(props: z.output<P>): SummaryLine[]
}

/** Declares a kind, checking its form against its props. */
export const defineKind = <P extends z.ZodObject>(kind: ElementKind<P>): ElementKind<P> => kind

export const notSet = (what: string): SummaryLine => ({ text: `${what} not set`, tone: 'muted' })

export const flag = (on: boolean, onText: string, offText: string): SummaryLine => ({
  text: on ? onText : offText,
  tone: on ? 'on' : 'off',
})
