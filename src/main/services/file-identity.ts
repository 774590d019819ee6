// Which file a path names, whatever its spelling: a symlink, a hard link or a case variant (on a
// case-insensitive file system) of a file is that same file. Two identities are one file when their
// real paths (every symlink resolved) are equal or when the file system gives both the same device
// and file number. The real path is what atomic saves write to, so it also keys the write queue; the
// file number is not stable across saves (each save renames a new file into place).
// Runs in the Electron main process and in plain Node (tests); the file system is injected.
import { basename, dirname, join, resolve } from 'node:path'
import type { FsAdapter } from './fs-adapter'

export interface FileIdentity {
  /** The absolute path with every symlink resolved; for a file not yet created, its folder's real path and its name. */
  readonly realPath: string
  /** Device and file number when the file exists and the file system numbers its files. */
  readonly fileId?: string
}

export async function identifyFile(
  fs: Pick<FsAdapter, 'realpath' | 'fileId'>,
  filePath: string,
): Promise<FileIdentity> {
  const absolute = resolve(filePath)
  const realPath = await fs.realpath(absolute).catch(() =>
    fs.realpath(dirname(absolute)).then(
      (folder) => join(folder, basename(absolute)),
      () => absolute,
    ),
  )
  const fileId = await fs.fileId(realPath).catch(() => undefined)
  return fileId === undefined ? { realPath } : { realPath, fileId }
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.realPath === b.realPath || (a.fileId !== undefined && a.fileId === b.fileId)
}
