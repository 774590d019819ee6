// The File ▸ New list of built-in templates: each template by id, with its design's name and notes
// (cut to what the list shows), sorted by name. Electron main builds it from the templates it
// loaded (main/documents/templates.ts), the web adapter from the bundled templates' JSON; both
// here. Pure; runs in main and in the renderer.

export interface TemplateInfo {
  readonly id: string
  readonly name: string
  readonly description: string
}

const MAX_NAME = 200
const MAX_DESCRIPTION = 1000

/** A template's entry in the list: its design's name and notes. */
export const templateInfo = (
  id: string,
  design: { readonly name: string; readonly notes: string },
): TemplateInfo => ({
  id,
  name: design.name.slice(0, MAX_NAME),
  description: design.notes.slice(0, MAX_DESCRIPTION),
})

/** The list as File ▸ New shows it: by name. */
export const byTemplateName = (a: TemplateInfo, b: TemplateInfo): number => a.name.localeCompare(b.name)
