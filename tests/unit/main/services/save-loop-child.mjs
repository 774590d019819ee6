// Child process of crash-kill.test.ts: loads the REAL writeFileAtomic (bundled from the TypeScript
// source by the test) and saves the given versions over the target in a loop until it is killed.
// Usage: node save-loop-child.mjs <bundle folder> <target> <version file>...
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [bundleDir, target, ...versionFiles] = process.argv.slice(2)
const { writeFileAtomic } = await import(pathToFileURL(join(bundleDir, 'atomic-write.mjs')).href)
const { realFs } = await import(pathToFileURL(join(bundleDir, 'fs-adapter.mjs')).href)
const versions = await Promise.all(versionFiles.map((file) => readFile(file)))

process.stdout.write('ready\n')
for (let i = 0; ; i++) {
  const result = await writeFileAtomic(realFs, target, versions[i % versions.length])
  if (!result.ok) {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`)
    process.exit(3)
  }
}
