// The file-system interface every main-process file service uses (a promise subset of node:fs), and
// its real implementation. Services receive it by injection so tests can wrap it and inject faults
// (disk full, permission denied) at any single step: CI runs as root, which ignores chmod.
// Runs in the Electron main process and in plain Node (tests); never imports electron.
import { promises as nodeFs } from 'node:fs'

/** The part of node:fs/promises' FileHandle that writing a file needs. */
export interface FileHandleLike {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>
  /** fsync: flushes the file's data and metadata to the storage device. */
  sync(): Promise<void>
  chmod(mode: number): Promise<void>
  close(): Promise<void>
}

export interface FileStats {
  readonly size: number
  readonly mtimeMs: number
  /** When the entry itself last changed (a new hard link to an old file has an old mtime, a new ctime). */
  readonly ctimeMs: number
  readonly mode: number
  isFile(): boolean
  isDirectory(): boolean
}

export interface FsAdapter {
  /** `flags` as in node:fs ('wx' creates a new file and fails if it exists). */
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>
  rename(from: string, to: string): Promise<void>
  /** Adds a second name for an existing file (used to roll a replaced file back). */
  link(existingPath: string, newPath: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<FileStats>
  realpath(path: string): Promise<string>
  /**
   * The file's device and file number ("dev:ino"; on Windows the volume serial and file index), the
   * same for every name of one file: a symlink's target, a hard link, a case variant. Undefined where
   * the file system has no file numbers (reported as 0). Rejects like stat for a missing file.
   */
  fileId(path: string): Promise<string | undefined>
  readFile(path: string): Promise<Uint8Array>
  mkdir(path: string, options: { recursive: boolean }): Promise<void>
  readdir(path: string): Promise<string[]>
  /**
   * Flushes a folder's entries (a rename inside it) to the storage device. Platforms that cannot
   * open or fsync a folder (Windows: EISDIR/EPERM; some file systems: EINVAL) are treated as done.
   */
  fsyncDirectory(path: string): Promise<void>
}

const UNSUPPORTED_DIRECTORY_SYNC = new Set(['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP'])

async function fsyncDirectory(path: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined
  try {
    handle = await nodeFs.open(path, 'r')
    await handle.sync()
  } catch (error) {
    if (!UNSUPPORTED_DIRECTORY_SYNC.has((error as NodeJS.ErrnoException | null)?.code ?? '')) throw error
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

export const realFs: FsAdapter = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  link: (existingPath, newPath) => nodeFs.link(existingPath, newPath),
  unlink: (path) => nodeFs.unlink(path),
  stat: (path) => nodeFs.stat(path),
  realpath: (path) => nodeFs.realpath(path),
  fileId: async (path) => {
    // bigint: a Windows file index does not fit a double.
    const { dev, ino } = await nodeFs.stat(path, { bigint: true })
    return ino === 0n ? undefined : `${dev}:${ino}`
  },
  readFile: (path) => nodeFs.readFile(path),
  mkdir: async (path, options) => {
    await nodeFs.mkdir(path, options)
  },
  readdir: (path) => nodeFs.readdir(path),
  fsyncDirectory,
}
