// Runs async tasks one after the other per key (a promise chain per key), so two saves of one file,
// or two updates of one settings file, never interleave. Plain TypeScript for the main process.

export class SerialQueue {
  private readonly tails = new Map<string, Promise<void>>()

  /** Starts `task` after every task queued before it under `key` has settled (even if one failed). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const result = previous.then(task)
    const tail = result.then(
      () => undefined,
      () => undefined,
    )
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return result
  }
}
