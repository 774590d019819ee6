// `npm test`: everything a change must pass, in order: build, typecheck, lint, unit and property
// tests (vitest), end-to-end tests (Playwright in Debian Chromium), then the date-sensitive tests
// again on other days. It ends with one plain line "N passed, N failed, N skipped" counted from every
// runner's JSON report, and exits non-zero if any step failed.
//
// Date-sensitive tests are the test files that import the suites' pinned day (tests/support/today.ts);
// they run once more with the clock a year and more ahead (a leap day) and a year and more back, so
// a test that quietly depends on the day it was written fails here, not on some later morning.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const OTHER_DAYS = ['2028-02-29', '2025-06-15']

const reports = join('test-results', 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const failedSteps = []
const vitestReports = []
const playwrightReports = []

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false })
  if (r.status !== 0) {
    failedSteps.push(name)
    console.log(`=== ${name} FAILED (exit ${r.status ?? r.signal})`)
  }
  return r.status === 0
}

function vitest(name, files, env = {}) {
  const json = join(reports, `vitest-${vitestReports.length}.json`)
  vitestReports.push(json)
  step(
    name,
    npx,
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...files],
    env,
  )
}

function playwright(name, files, env = {}) {
  const json = join(reports, `playwright-${playwrightReports.length}.json`)
  playwrightReports.push(json)
  step(name, npx, ['playwright', 'test', ...files], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: json })
}

/** Test files under `dir` (relative paths) that import the pinned day of tests/support/today.ts. */
function dateSensitive(dir, suffix) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(suffix) && /from '(\.\.\/)+support\/today'/.test(readFileSync(f, 'utf8')))
    .sort()
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const built = step('build', 'npm', ['run', '-s', 'build'])
step('typecheck', 'npm', ['run', '-s', 'typecheck'])
step('lint', 'npm', ['run', '-s', 'lint'])
vitest('unit and property tests', [])
if (built) playwright('end-to-end tests', [])
else failedSteps.push('end-to-end tests (not run: build failed)')

const unitOnOtherDays = dateSensitive('tests/unit', '.test.ts')
const e2eOnOtherDays = dateSensitive('tests/e2e', '.spec.ts')
for (const day of OTHER_DAYS) {
  vitest(`date-sensitive unit tests on ${day}`, unitOnOtherDays, { CMG_TEST_TODAY: day })
  if (built) playwright(`date-sensitive end-to-end tests on ${day}`, e2eOnOtherDays, { CMG_TEST_TODAY: day })
}

let passed = 0
let failed = 0
let skipped = 0
for (const file of vitestReports.filter(existsSync)) {
  const v = JSON.parse(readFileSync(file, 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += v.numFailedTests ?? 0
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
}
for (const file of playwrightReports.filter(existsSync)) {
  const p = JSON.parse(readFileSync(file, 'utf8'))
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0)
  failed += p.stats?.unexpected ?? 0
  skipped += p.stats?.skipped ?? 0
}
console.log('')
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0)
