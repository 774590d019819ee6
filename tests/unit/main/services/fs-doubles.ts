// Test doubles for the file services: a fault-injecting FsAdapter that wraps the real one (CI runs
// as root, so chmod cannot make writes fail), a recorder of write-type calls, and temp folders.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { type FileHandleLike, type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'
import { DesignDocument } from '../../../../src/shared/model/document'
import { newDesign } from '../../../../src/shared/model/factory'

/** Every step of an atomic write where the operating system can refuse. */
export const WRITE_STEPS = ['createTemp', 'write', 'fsync', 'close', 'rename', 'fsyncFolder'] as const
export type WriteStep = (typeof WRITE_STEPS)[number]

export interface Fault {
  step: WriteStep
  errno: string
  /** Only operations on paths inside this folder fail. */
  folder: string
}

export const errnoError = (errno: string, syscall: string, path: string) =>
  Object.assign(new Error(`${errno}: injected failure, ${syscall} '${path}'`), {
    code: errno,
    errno: -1,
    syscall,
    path,
  })

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder + sep)

/** realFs, except that the armed fault's step fails with its errno (once armed, every time). */
export function faultyFs(base: FsAdapter = realFs) {
  let fault: Fault | undefined
  let triggered = 0
  const failing = (step: WriteStep, path: string) => {
    if (!fault || fault.step !== step || !inside(fault.folder, path)) return undefined
    triggered++
    return errnoError(fault.errno, step, path)
  }

  const wrapHandle = (handle: FileHandleLike, path: string): FileHandleLike => ({
    write: async (buffer, offset, length, position) => {
      const error = failing('write', path)
      if (!error) return handle.write(buffer, offset, length, position)
      // A full disk usually takes part of the data before refusing the rest.
      await handle.write(buffer, offset, Math.floor(length / 2), position)
      throw error
    },
    sync: async () => {
      const error = failing('fsync', path)
      if (error) throw error
      return handle.sync()
    },
    chmod: (mode) => handle.chmod(mode),
    close: async () => {
      await handle.close()
      const error = failing('close', path)
      if (error) throw error
    },
  })

  const fs: FsAdapter = {
    ...base,
    open: async (path, flags, mode) => {
      if (flags.includes('w')) {
        const error = failing('createTemp', path)
        if (error) throw error
      }
      return wrapHandle(await base.open(path, flags, mode), path)
    },
    rename: async (from, to) => {
      const error = failing('rename', to)
      if (error) throw error
      return base.rename(from, to)
    },
    fsyncDirectory: async (path) => {
      const error = failing('fsyncFolder', path)
      if (error) throw error
      return base.fsyncDirectory(path)
    },
  }
  return {
    fs,
    arm: (next: Fault) => {
      fault = next
    },
    disarm: () => {
      fault = undefined
    },
    /** How often the armed fault fired: proves a test really went through the failing step. */
    get triggered() {
      return triggered
    },
  }
}

/** realFs that records every call able to change the disk (open for writing, rename, link, …). */
export function recordingFs(base: FsAdapter = realFs) {
  const writes: string[] = []
  const fs: FsAdapter = {
    ...base,
    open: (path, flags, mode) => {
      if (flags !== 'r') writes.push(`open(${flags}) ${path}`)
      return base.open(path, flags, mode)
    },
    rename: (from, to) => {
      writes.push(`rename ${from} ${to}`)
      return base.rename(from, to)
    },
    link: (from, to) => {
      writes.push(`link ${from} ${to}`)
      return base.link(from, to)
    },
    unlink: (path) => {
      writes.push(`unlink ${path}`)
      return base.unlink(path)
    },
    mkdir: (path, options) => {
      writes.push(`mkdir ${path}`)
      return base.mkdir(path, options)
    },
  }
  return { fs, writes }
}

export async function makeTempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `cmg-${prefix}-`))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** Every entry below `folder` with its size and mtime, to prove that nothing was written. */
export async function snapshotFolder(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    const s = await stat(join(folder, name))
    result[name] = `${s.isDirectory() ? 'dir' : 'file'} ${s.size} ${s.mtimeMs}`
  }
  return result
}

/** A valid design; `notes` × `noteChars` of sticky-note text make it as large as a test needs. */
export function design(name: string, notes = 0, noteChars = 100): DesignDocument {
  const base = newDesign('2026-11-26', name)
  if (notes === 0) return base
  const nodes = Array.from({ length: notes }, (_, i) => ({
    id: `note-${i}`,
    kind: 'note',
    name: `Note ${i}`,
    position: { x: i, y: i },
    props: { text: `${name} ${i} `.padEnd(noteChars, 'x') },
  }))
  return DesignDocument.parse({ ...base, nodes })
}
