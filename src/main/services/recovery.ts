// Hot-exit snapshots of unsaved designs, kept in the app's data folder (never beside the user's
// file): one JSON file per open design, written atomically about a second after each edit, listed
// after a crash so the user can restore, and moved aside (never deleted) when damaged.
// Runs in the Electron main process and in plain Node (tests); the folder is injected.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { RECOVERY_SNAPSHOT_GONE, damagedSnapshotMessage } from '../../shared/document/opening'
import type { LoadErrorCode } from '../../shared/format/errors'
import { parseDesignFile } from '../../shared/format/parse'
import { serializeDesign } from '../../shared/format/serialize'
import type { DesignDocument } from '../../shared/model/document'
import { type Result, err, ok } from '../../shared/util/result'
import { writeFileAtomic } from './atomic-write'
import type { FsAdapter } from './fs-adapter'
import { FileServiceError, errnoOf, fileServiceError, saveErrorReason } from './save-errors'

export interface RecoveryMeta {
  fileName: string
  filePath: string | null
}

export interface RecoveryItem extends RecoveryMeta {
  id: string
  designName: string
  savedAt: string
  damaged: boolean
}

export type RecoveryReadErrorCode = LoadErrorCode | 'NOT_FOUND' | 'READ_FAILED'

const SNAPSHOT_KIND = 'cmg-designer-recovery'
const SnapshotFile = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  version: z.literal(1),
  meta: z.object({ fileName: z.string().max(255), filePath: z.string().max(4096).nullable() }),
  savedAt: z.string().max(40),
  /** The design exactly as serializeDesign writes it to a .cmgd file. */
  design: z.string(),
})

const ID_PATTERN = /^rcv_[A-Za-z0-9_-]{1,64}$/
const SNAPSHOT_NAME = /^(rcv_[A-Za-z0-9_-]{1,64})\.json$/
const DAMAGED_FOLDER = 'damaged'

/** The same key always gives the same id, so each open design has one snapshot that is replaced. */
export const recoveryIdFor = (key: string) =>
  `rcv_${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`

type Decoded =
  | { ok: true; doc: DesignDocument; meta: RecoveryMeta; savedAt: string }
  | { ok: false; code: RecoveryReadErrorCode; message: string; meta?: RecoveryMeta; savedAt?: string }

function decodeSnapshot(bytes: Uint8Array): Decoded {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, code: 'NOT_JSON', message: 'The recovery snapshot is damaged (not valid JSON).' }
  }
  const snapshot = SnapshotFile.safeParse(raw)
  if (!snapshot.success)
    return {
      ok: false,
      code: 'NOT_A_DESIGN_FILE',
      message: 'The recovery snapshot is damaged (its envelope is not valid).',
    }
  const { meta, savedAt, design } = snapshot.data
  const parsed = parseDesignFile(design)
  if (!parsed.ok)
    return {
      ok: false,
      code: parsed.error.code,
      message: damagedSnapshotMessage(parsed.error.message),
      meta,
      savedAt,
    }
  return { ok: true, doc: parsed.value.doc, meta, savedAt }
}

export class RecoveryStore {
  private readonly fs: FsAdapter
  private readonly dir: string
  private readonly now: () => Date

  constructor(opts: { fs: FsAdapter; dir: string; now?: () => Date }) {
    this.fs = opts.fs
    this.dir = opts.dir
    this.now = opts.now ?? (() => new Date())
  }

  /** Writes (replaces) the snapshot for `key`; rejects with a FileServiceError when it cannot. */
  async put(key: string, doc: DesignDocument, meta: RecoveryMeta): Promise<void> {
    const id = recoveryIdFor(key)
    const snapshot: z.input<typeof SnapshotFile> = {
      kind: SNAPSHOT_KIND,
      version: 1,
      meta: { fileName: meta.fileName, filePath: meta.filePath },
      savedAt: this.now().toISOString(),
      design: serializeDesign(doc),
    }
    const action = `The recovery copy of ${JSON.stringify(meta.fileName)} could not be written`
    try {
      await this.fs.mkdir(this.dir, { recursive: true })
    } catch (error) {
      throw fileServiceError(action, error)
    }
    const written = await writeFileAtomic(this.fs, this.pathOf(id), `${JSON.stringify(snapshot)}\n`)
    if (!written.ok)
      throw new FileServiceError(written.error.code, `${action} (${saveErrorReason(written.error.code)}).`)
  }

  /**
   * Every snapshot, newest first; one that cannot be read back is listed with `damaged: true`.
   * Never rejects: an unreadable folder lists nothing (and nothing in it is touched).
   */
  async list(): Promise<RecoveryItem[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.dir)
    } catch {
      return []
    }
    const items: RecoveryItem[] = []
    for (const name of names) {
      const id = SNAPSHOT_NAME.exec(name)?.[1]
      if (!id) continue
      items.push(await this.describe(id))
    }
    return items.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
  }

  async read(
    id: string,
  ): Promise<
    Result<
      { doc: DesignDocument; fileName: string; filePath: string | null },
      { code: RecoveryReadErrorCode; message: string }
    >
  > {
    if (!ID_PATTERN.test(id))
      return err({ code: 'NOT_FOUND', message: 'There is no such recovery snapshot.' })
    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.pathOf(id))
    } catch (error) {
      return errnoOf(error) === 'ENOENT'
        ? err({ code: 'NOT_FOUND', message: RECOVERY_SNAPSHOT_GONE })
        : err({
            code: 'READ_FAILED',
            message: `The recovery snapshot could not be read (${errnoOf(error) ?? 'unknown error'}).`,
          })
    }
    const decoded = decodeSnapshot(bytes)
    if (!decoded.ok) return err({ code: decoded.code, message: decoded.message })
    return ok({ doc: decoded.doc, fileName: decoded.meta.fileName, filePath: decoded.meta.filePath })
  }

  /** Deletes a snapshot (after a save, a clean close, or the user's "discard"). A missing one is fine. */
  async discard(id: string): Promise<void> {
    if (!ID_PATTERN.test(id)) return
    try {
      await this.fs.unlink(this.pathOf(id))
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT')
        throw fileServiceError('The recovery snapshot could not be deleted', error)
    }
  }

  /** Moves a snapshot that cannot be restored into `damaged/`, keeping its bytes for support. */
  async moveAsideDamaged(id: string): Promise<void> {
    if (!ID_PATTERN.test(id)) return
    const folder = join(this.dir, DAMAGED_FOLDER)
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    try {
      await this.fs.mkdir(folder, { recursive: true })
      await this.fs.rename(this.pathOf(id), join(folder, `${id}.${stamp}.json`))
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT')
        throw fileServiceError('The damaged recovery snapshot could not be moved aside', error)
    }
  }

  private pathOf(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  private async describe(id: string): Promise<RecoveryItem> {
    let decoded: Decoded
    let fileTime: string | undefined
    try {
      const bytes = await this.fs.readFile(this.pathOf(id))
      decoded = decodeSnapshot(bytes)
      if (!decoded.ok && decoded.savedAt === undefined)
        fileTime = new Date((await this.fs.stat(this.pathOf(id))).mtimeMs).toISOString()
    } catch {
      decoded = { ok: false, code: 'READ_FAILED', message: 'The recovery snapshot could not be read.' }
    }
    if (decoded.ok)
      return {
        id,
        designName: decoded.doc.design.name,
        ...decoded.meta,
        savedAt: decoded.savedAt,
        damaged: false,
      }
    return {
      id,
      designName: '',
      fileName: decoded.meta?.fileName ?? '',
      filePath: decoded.meta?.filePath ?? null,
      savedAt: decoded.savedAt ?? fileTime ?? '',
      damaged: true,
    }
  }
}
