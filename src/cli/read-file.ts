// Reads a file for the CLI: checks the size with fs.stat before reading anything and refuses what is
// not a regular file. The bytes go to the app's loader (src/shared/format/load.ts), which decodes a
// design file or takes the design out of an exported image. Never throws; errors name the file and
// the reason. Runs in Node.
import { readFile, stat } from 'node:fs/promises'
import { MAX_FILE_BYTES } from '../shared/model/limits'
import { err, ok, type Result } from '../shared/util/result'
import type { FileError } from './report'

const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  EIO: 'an input/output error occurred',
}

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : ''
  return ERRNO_REASONS[code] ?? (e instanceof Error ? e.message : String(e))
}

const readFailed = (file: string, why: string): Result<Uint8Array, FileError> =>
  err({ code: 'READ_FAILED', message: `Cannot read ${file}: ${why}.`, issues: [] })

const tooLarge = (bytes: number): Result<Uint8Array, FileError> =>
  err({
    code: 'FILE_TOO_LARGE',
    message: `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; a design may be at most ${Math.round(MAX_FILE_BYTES / (1024 * 1024))} MB.`,
    issues: [],
  })

export async function readDesignBytes(file: string): Promise<Result<Uint8Array, FileError>> {
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory()) return readFailed(file, ERRNO_REASONS.EISDIR as string)
    if (!info.isFile()) return readFailed(file, 'it is not a regular file')
    size = info.size
  } catch (e) {
    return readFailed(file, reason(e))
  }
  if (size > MAX_FILE_BYTES) return tooLarge(size)
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (e) {
    return readFailed(file, reason(e))
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(bytes.byteLength)
  return ok(bytes)
}
