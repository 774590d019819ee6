// Crash safety of the real writeFileAtomic: a child process saves large designs over one file in a
// loop and is killed with SIGKILL at varied moments. After every kill the file must be one of the
// complete versions, byte for byte; never a partial or empty file. What each kill leaves beside
// the file (temp files, rollback names) is then cleaned up by the real orphan sweep.
import { spawn } from 'node:child_process'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { sweepOrphans } from '../../../../src/main/services/orphans'
import { parseDesignFile } from '../../../../src/shared/format/parse'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { design, makeTempDir } from './fs-doubles'

const SERVICES = join(__dirname, '../../../../src/main/services')
const CHILD = join(__dirname, 'save-loop-child.mjs')
const KILLS = 100

let work: { path: string; remove: () => Promise<void> }
let bundleDir: string

/** Bundles the TypeScript modules to plain ESM so the child runs exactly the app's code. */
async function bundleServices(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          'atomic-write': join(SERVICES, 'atomic-write.ts'),
          'fs-adapter': join(SERVICES, 'fs-adapter.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  })
}

/** A small seeded generator, so a failing run can be repeated with the printed seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Starts the child, resolves once it is about to save, kills it `delayMs` later. */
function runAndKill(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let killed = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (killed || !chunk.toString().includes('ready')) return
      killed = true
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve()
      else reject(new Error(`the child exited by itself (code ${code}): ${stderr}`))
    })
  })
}

beforeAll(async () => {
  work = await makeTempDir('crash')
  bundleDir = join(work.path, 'bundle')
  await bundleServices(bundleDir)
}, 60_000)
afterAll(async () => {
  await work.remove()
})

describe('writeFileAtomic killed mid-save', () => {
  it(`leaves a complete version after each of ${KILLS} SIGKILLs`, async () => {
    const folder = join(work.path, 'Designs')
    await mkdir(folder)
    const target = join(folder, 'contoso.cmgd')
    // Large versions of different sizes, so that a torn write would show as a wrong length.
    const versions = [design('Initial'), design('Version A', 200, 9000), design('Version B', 320, 9000)].map(
      serializeDesign,
    )
    // Every version is a complete design, so "equals a version" means "opens in the app".
    for (const text of versions) expect(parseDesignFile(text).ok).toBe(true)
    const versionFiles = await Promise.all(
      versions.map(async (text, i) => {
        const file = join(work.path, `version-${i}.cmgd`)
        await writeFile(file, text)
        return file
      }),
    )
    await writeFile(target, versions[0]!)

    const seed = Date.now()
    const random = seededRandom(seed)
    let killsMidSave = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const delayMs = Math.floor(random() * 40)
      await runAndKill([bundleDir, target, versionFiles[1]!, versionFiles[2]!], delayMs)

      const onDisk = await readFile(target, 'utf8')
      expect(versions.includes(onDisk), `kill ${kill} after ${delayMs} ms (seed ${seed})`).toBe(true)

      // A file left behind proves the kill landed inside a save; the sweep removes it as startup
      // or the next open would (its clock moved past the grace period), and leaves the design.
      const leftovers = (await readdir(folder)).filter((name) => name !== 'contoso.cmgd').sort()
      if (leftovers.length > 0) killsMidSave++
      const sweep = await sweepOrphans(realFs, target, { now: () => Date.now() + 10 * 60_000 })
      expect(sweep, `sweep after kill ${kill} (seed ${seed})`).toMatchObject({ kept: [], failed: [] })
      expect(sweep.removed.sort()).toEqual(leftovers)
      expect(await readdir(folder)).toEqual(['contoso.cmgd'])
      expect(await readFile(target, 'utf8')).toBe(onDisk)
    }
    // The kills really hit saves in progress, not only the moments between them.
    expect(killsMidSave).toBeGreaterThan(KILLS / 4)
  }, 120_000)
})
