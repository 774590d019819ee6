// The most-recently-used list of design files, kept as JSON in the app's data folder. Over IPC only
// ids travel ('rec_' + a short stable hash of the path); main resolves an id back to its path.
// A damaged list file is read as empty and replaced on the next change.
// Runs in the Electron main process and in plain Node (tests); the list file's path is injected.
import { createHash } from 'node:crypto'
import { basename, dirname, isAbsolute, resolve } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import type { FsAdapter } from './fs-adapter'
import { FileServiceError, fileServiceError, saveErrorReason } from './save-errors'
import { SerialQueue } from './serial-queue'

export interface RecentItem {
  id: string
  filePath: string
  fileName: string
  folder: string
}

const RecentFile = z.object({
  version: z.literal(1),
  paths: z.array(z.string()).max(1000),
})

const DEFAULT_MAX = 10

export const recentIdFor = (filePath: string) =>
  `rec_${createHash('sha256').update(filePath).digest('base64url').slice(0, 16)}`

/** Two spellings of one file count once (case-insensitive where the OS is). */
function sameFileKey(filePath: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? filePath.toLowerCase() : filePath
}

export class RecentFiles {
  private readonly fs: FsAdapter
  private readonly file: string
  private readonly max: number
  private readonly queue = new SerialQueue()

  constructor(opts: { fs: FsAdapter; file: string; max?: number }) {
    this.fs = opts.fs
    this.file = opts.file
    this.max = Math.max(1, opts.max ?? DEFAULT_MAX)
  }

  async list(): Promise<RecentItem[]> {
    const paths = await this.queue.run('list', () => this.readPaths())
    return paths.map((filePath) => ({
      id: recentIdFor(filePath),
      filePath,
      fileName: basename(filePath),
      folder: dirname(filePath),
    }))
  }

  /** Puts `filePath` first (once). Rejects with a FileServiceError when the list cannot be written. */
  add(filePath: string): Promise<void> {
    const absolute = resolve(filePath)
    return this.queue.run('list', async () => {
      const others = (await this.readPaths()).filter((p) => sameFileKey(p) !== sameFileKey(absolute))
      await this.writePaths([absolute, ...others].slice(0, this.max))
    })
  }

  clear(): Promise<void> {
    return this.queue.run('list', () => this.writePaths([]))
  }

  async resolve(id: string): Promise<string | undefined> {
    return (await this.list()).find((item) => item.id === id)?.filePath
  }

  private async readPaths(): Promise<string[]> {
    let raw: unknown
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(this.file)))
    } catch {
      return []
    }
    const parsed = RecentFile.safeParse(raw)
    if (!parsed.success) return []
    const seen = new Set<string>()
    const paths: string[] = []
    for (const p of parsed.data.paths) {
      if (p.length === 0 || p.length > 4096 || !isAbsolute(p) || seen.has(sameFileKey(p))) continue
      seen.add(sameFileKey(p))
      paths.push(p)
    }
    return paths.slice(0, this.max)
  }

  private async writePaths(paths: string[]): Promise<void> {
    const action = 'The list of recent files could not be saved'
    try {
      await this.fs.mkdir(dirname(this.file), { recursive: true })
    } catch (error) {
      throw fileServiceError(action, error)
    }
    const content: z.input<typeof RecentFile> = { version: 1, paths }
    const written = await writeFileAtomic(this.fs, this.file, `${JSON.stringify(content, null, 2)}\n`)
    if (!written.ok)
      throw new FileServiceError(written.error.code, `${action} (${saveErrorReason(written.error.code)}).`)
  }
}
