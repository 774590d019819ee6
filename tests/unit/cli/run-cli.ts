// Runs the built command-line tool as a user does (`node bin/cmg-designer.cjs …`), with its clock
// pinned and colours off, after rebuilding it when any source file is newer than the bundle. Shared
// by the CLI tests that spawn it; not a test file itself.
/* eslint-disable no-control-regex -- it matches terminal control characters on purpose */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PINNED_CLOCK_ENV } from '../../support/today'

export const root = join(__dirname, '..', '..', '..')
const bin = join(root, 'bin', 'cmg-designer.cjs')
const bundle = join(root, 'out', 'cli', 'index.cjs')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  return newest
}

/** Builds out/cli when it is missing or older than src/. */
export function ensureCliBuilt(): void {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(root, 'src'))) return
  const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`)
}

export interface CliRun {
  /** null when the process was killed (it ran past `timeoutMs`). */
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

export function runCli(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...PINNED_CLOCK_ENV },
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 60_000,
  })
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
  }
}

/**
 * Characters a terminal acts on or that reorder or hide text: C0 controls other than line feed,
 * DEL, C1 controls, bidi controls, zero-width and line-separator characters, unpaired surrogates.
 * Written independently of src/shared/util/terminal-text.ts so that it checks it.
 */
export const TERMINAL_HAZARD =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|\p{Cs}/u
