// The closed set of reasons a save (or any write of the file services) fails, the mapping from
// Node errno codes to them, and the user-facing sentence for each, naming the file.
// Runs in the Electron main process and in plain Node (tests); never imports electron.

export type SaveErrorCode =
  | 'CONFLICT'
  | 'DISK_FULL'
  | 'PERMISSION_DENIED'
  | 'READ_ONLY'
  | 'PATH_TOO_LONG'
  | 'WRITE_FAILED'
  | 'NOT_FOUND'
  /** The user stopped waiting for a file another program held (see atomic-write.ts). */
  | 'CANCELLED'

export interface SaveError {
  readonly code: SaveErrorCode
  readonly message: string
}

/** Thrown (as a rejection) by the services whose API returns Promise<void>: recovery, recent files, settings. */
export class FileServiceError extends Error {
  constructor(
    readonly code: SaveErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'FileServiceError'
  }
}

export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/**
 * Maps an errno to a save error code. ENOENT and ENOTDIR mean the folder is gone only when they
 * come from creating the file (`missingMeansFolderGone`); elsewhere they are a plain write failure.
 */
export function saveErrorCodeFor(errno: string | undefined, missingMeansFolderGone: boolean): SaveErrorCode {
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'DISK_FULL'
    case 'EACCES':
    case 'EPERM':
      return 'PERMISSION_DENIED'
    case 'EROFS':
      return 'READ_ONLY'
    case 'ENAMETOOLONG':
      return 'PATH_TOO_LONG'
    case 'ENOENT':
    case 'ENOTDIR':
      return missingMeansFolderGone ? 'NOT_FOUND' : 'WRITE_FAILED'
    default:
      return 'WRITE_FAILED'
  }
}

/** One sentence a user can act on, e.g. 'The disk is full: "contoso.cmgd" was not saved. …'. */
export function saveErrorMessage(code: SaveErrorCode, fileName: string, errno?: string): string {
  const name = JSON.stringify(fileName)
  switch (code) {
    case 'CONFLICT':
      return `${name} was changed by another program since you opened or last saved it, so it was not saved. Reload it to see the other version, use Save As to keep both, or overwrite it.`
    case 'DISK_FULL':
      return `The disk is full: ${name} was not saved. Free some space and save again.`
    case 'PERMISSION_DENIED':
      return `Permission denied: ${name} was not saved. The file or its folder may be read-only or locked by another program; try again, or use Save As to save it somewhere else.`
    case 'READ_ONLY':
      return `The drive is read-only: ${name} was not saved. Use Save As to save it on another drive.`
    case 'PATH_TOO_LONG':
      return `The file path is too long: ${name} was not saved. Use Save As with a shorter name or a folder nearer the top of the drive.`
    case 'NOT_FOUND':
      return `The folder of ${name} no longer exists, so it was not saved. Use Save As to choose a folder.`
    case 'CANCELLED':
      return `${name} was not saved: you stopped waiting for another program to release it. The file on disk was left as it was.`
    case 'WRITE_FAILED':
      return errno === 'EBUSY'
        ? `${name} is in use by another program and was not saved. Close that program or try again.`
        : `${name} could not be saved${errno ? ` (${errno})` : ''}. The file on disk was left as it was; try again, or use Save As.`
  }
}

/** Shown while a save waits for a file another program holds open (the program cannot be named portably). */
export function waitingForReleaseMessage(fileName: string): string {
  return `Waiting for ${JSON.stringify(fileName)} to be released: another program (antivirus, backup or sync) is using it. The save finishes as soon as the file is free; Cancel leaves the file as it was.`
}

/** A save that waited the whole retry budget for a locked file. */
export function lockedFileMessage(fileName: string, waitedSeconds: number): string {
  return `${JSON.stringify(fileName)} was not saved: another program (antivirus, backup or sync) kept it locked for ${waitedSeconds} seconds, or the file or its folder is read-only. The file on disk was left as it was; try again in a moment, or use Save As to save it somewhere else.`
}

/** The cause in a few words, for sentences such as "The recovery copy could not be written (the disk is full)." */
export function saveErrorReason(code: SaveErrorCode, errno?: string): string {
  switch (code) {
    case 'DISK_FULL':
      return 'the disk is full'
    case 'PERMISSION_DENIED':
      return 'permission denied'
    case 'READ_ONLY':
      return 'the drive is read-only'
    case 'PATH_TOO_LONG':
      return 'the path is too long'
    case 'NOT_FOUND':
      return 'the folder does not exist'
    case 'CONFLICT':
      return 'the file was changed by another program'
    case 'CANCELLED':
      return 'the wait for another program to release the file was cancelled'
    case 'WRITE_FAILED':
      return errno ?? 'the write failed'
  }
}

/** A FileServiceError for a failed file operation: `${action} (${reason}).` */
export function fileServiceError(action: string, error: unknown): FileServiceError {
  const errno = errnoOf(error)
  const code = saveErrorCodeFor(errno, false)
  return new FileServiceError(code, `${action} (${saveErrorReason(code, errno)}).`)
}
