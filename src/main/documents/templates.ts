// The built-in design templates (resources/templates/*.cmgd): listed for the menu and the renderer
// by id (the file name without extension), loaded through the same parse pipeline as any design
// file. The renderer only ever names a template by an id from this list, never by a path.
// Runs in the Electron main process and in plain Node (tests); the folder is injected.
import { join } from 'node:path'
import { parseDesignFile } from '../../shared/format/parse'
import { type TemplateInfo, byTemplateName, templateInfo } from '../../shared/document/templates'
import type { DesignDocument } from '../../shared/model/document'
import type { FsAdapter } from '../services/fs-adapter'

interface LoadedTemplate extends TemplateInfo {
  readonly doc: DesignDocument
}

const TEMPLATE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.cmgd$/

export class TemplateCatalog {
  private readonly fs: Pick<FsAdapter, 'readdir' | 'readFile'>
  private readonly dir: string
  private loading: Promise<ReadonlyMap<string, LoadedTemplate>> | undefined

  constructor(opts: { fs: Pick<FsAdapter, 'readdir' | 'readFile'>; dir: string }) {
    this.fs = opts.fs
    this.dir = opts.dir
  }

  /** Every template that parses, sorted by name. A broken template file is skipped (and logged), never fatal. */
  async list(): Promise<TemplateInfo[]> {
    const templates = await this.load()
    return [...templates.values()].map(({ id, name, description }) => ({ id, name, description }))
  }

  /** The template's design, or undefined for an id that is not in the list. */
  async design(id: string): Promise<DesignDocument | undefined> {
    return (await this.load()).get(id)?.doc
  }

  private load(): Promise<ReadonlyMap<string, LoadedTemplate>> {
    this.loading ??= this.readAll()
    return this.loading
  }

  private async readAll(): Promise<ReadonlyMap<string, LoadedTemplate>> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.dir)
    } catch (error) {
      console.error(`No design templates: ${this.dir} could not be read`, error)
      return new Map()
    }
    const loaded: LoadedTemplate[] = []
    for (const fileName of names.sort()) {
      const id = TEMPLATE_FILE.exec(fileName)?.[1]
      if (!id) continue
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(
          await this.fs.readFile(join(this.dir, fileName)),
        )
        const parsed = parseDesignFile(text)
        if (!parsed.ok) {
          console.error(`Template ${fileName} skipped: ${parsed.error.message}`)
          continue
        }
        const { doc } = parsed.value
        loaded.push({ ...templateInfo(id, doc.design), doc })
      } catch (error) {
        console.error(`Template ${fileName} skipped: it could not be read`, error)
      }
    }
    loaded.sort(byTemplateName)
    return new Map(loaded.map((t) => [t.id, t]))
  }
}
