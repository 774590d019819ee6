// A file system that can hold a save open: realFs, except that a rename onto a chosen file waits
// until the test releases it, so a test can act (edit, close, open, save again) while a save of
// that file is in flight, with nothing on disk changed yet.
import { basename } from 'node:path'
import { type FsAdapter, realFs } from '../../../../src/main/services/fs-adapter'

export interface HeldRename {
  /** Resolves once a rename onto the file has started and is waiting. */
  readonly reached: Promise<void>
  /** Lets the waiting rename (and every later one) go ahead. */
  release(): void
}

export function heldFs(base: FsAdapter = realFs) {
  const holds: Array<{ name: string; arrived: () => void; gate: Promise<void> }> = []
  const fs: FsAdapter = {
    ...base,
    rename: async (from, to) => {
      const hold = holds.find((h) => h.name === basename(to))
      if (hold) {
        hold.arrived()
        await hold.gate
      }
      return base.rename(from, to)
    },
  }
  /** Holds the next renames onto a file named `fileName` (the last step of an atomic save). */
  const holdRename = (fileName: string): HeldRename => {
    let arrived: () => void = () => undefined
    let open: () => void = () => undefined
    const reached = new Promise<void>((resolve) => (arrived = resolve))
    const gate = new Promise<void>((resolve) => (open = resolve))
    const hold = { name: fileName, arrived, gate }
    holds.push(hold)
    return {
      reached,
      release: () => {
        holds.splice(holds.indexOf(hold), 1)
        open()
      },
    }
  }
  return { fs, holdRename }
}
