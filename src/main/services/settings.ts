// The app's own preferences (window position, theme), as JSON in the app's data folder. Every value
// read is checked with zod; a damaged file or a bad value falls back to the default for that value.
// Runs in the Electron main process and in plain Node (tests); the settings file's path is injected.
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import type { FsAdapter } from './fs-adapter'
import { FileServiceError, fileServiceError, saveErrorReason } from './save-errors'
import { SerialQueue } from './serial-queue'

/** Screen coordinates can be negative (monitors left of or above the primary one). */
const Coordinate = z.number().int().min(-100_000).max(100_000)
const Extent = z.number().int().min(1).max(100_000)
const WindowBounds = z.strictObject({
  x: Coordinate,
  y: Coordinate,
  width: Extent,
  height: Extent,
  maximized: z.boolean(),
})
const Theme = z.enum(['light', 'dark', 'highContrast'])

const SettingsPatch = z.strictObject({ windowBounds: WindowBounds.optional(), theme: Theme.optional() })

export interface Settings {
  windowBounds?: z.output<typeof WindowBounds>
  theme?: z.output<typeof Theme>
}

/** Keeps each valid field of whatever was read; anything else is dropped (its default applies). */
function readSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const record = raw as Record<string, unknown>
  const settings: Settings = {}
  const bounds = WindowBounds.safeParse(record.windowBounds)
  if (bounds.success) settings.windowBounds = bounds.data
  const theme = Theme.safeParse(record.theme)
  if (theme.success) settings.theme = theme.data
  return settings
}

export class SettingsStore {
  private readonly fs: FsAdapter
  private readonly file: string
  private readonly queue = new SerialQueue()

  constructor(opts: { fs: FsAdapter; file: string }) {
    this.fs = opts.fs
    this.file = opts.file
  }

  get(): Promise<Settings> {
    return this.queue.run('settings', () => this.read())
  }

  /**
   * Merges `patch` into the stored settings; a field set to undefined goes back to its default.
   * Rejects (and writes nothing) when the patch has an invalid value or the file cannot be written.
   */
  update(patch: Partial<Settings>): Promise<void> {
    return this.queue.run('settings', async () => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      const checked = SettingsPatch.safeParse(defined)
      if (!checked.success)
        throw new TypeError(
          `Invalid settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        )
      const next: Settings = { ...(await this.read()), ...checked.data }
      for (const [key, value] of Object.entries(patch))
        if (value === undefined) delete next[key as keyof Settings]
      await this.write(next)
    })
  }

  private async read(): Promise<Settings> {
    try {
      return readSettings(
        JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(this.file))),
      )
    } catch {
      return {}
    }
  }

  private async write(settings: Settings): Promise<void> {
    const action = 'The settings could not be saved'
    try {
      await this.fs.mkdir(dirname(this.file), { recursive: true })
    } catch (error) {
      throw fileServiceError(action, error)
    }
    const written = await writeFileAtomic(this.fs, this.file, `${JSON.stringify(settings, null, 2)}\n`)
    if (!written.ok)
      throw new FileServiceError(written.error.code, `${action} (${saveErrorReason(written.error.code)}).`)
  }
}
