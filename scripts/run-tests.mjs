// `npm test`: everything a change must pass, in order: build, typecheck, lint, unit and property
// tests (vitest), then end-to-end tests (Playwright in Debian Chromium). It ends with one plain line
// "N passed, N failed, N skipped" counted from both runners' JSON reports, and exits non-zero if any
// step failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const reports = join('test-results', 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const vitestJson = join(reports, 'vitest.json')
const playwrightJson = join(reports, 'playwright.json')

let failedSteps = []
function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false })
  if (r.status !== 0) {
    failedSteps.push(name)
    console.log(`=== ${name} FAILED (exit ${r.status ?? r.signal})`)
  }
  return r.status === 0
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const built = step('build', 'npm', ['run', '-s', 'build'])
step('typecheck', 'npm', ['run', '-s', 'typecheck'])
step('lint', 'npm', ['run', '-s', 'lint'])
step('unit and property tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
])
if (built)
  step('end-to-end tests', npx, ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })
else failedSteps.push('end-to-end tests (not run: build failed)')

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += v.numFailedTests ?? 0
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'))
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0)
  failed += p.stats?.unexpected ?? 0
  skipped += p.stats?.skipped ?? 0
}
console.log('')
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0)
