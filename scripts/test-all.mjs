// The one gate (`npm test`): typecheck, lint, unit tests (Vitest) and e2e tests (Playwright, production
// build, Debian's Chromium). Every stage runs even if an earlier one fails, so one run shows everything;
// the last line is the plain `N passed, N failed` that CI reads, summed over all runners.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
const totals = { passed: 0, failed: 0 }

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  return r.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

// Typecheck and lint count as one check each.
for (const [label, cmd, args] of [
  ['typecheck', 'npx', ['tsc', '-b']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
]) {
  if (run(label, cmd, args)) totals.passed++
  else totals.failed++
}

rmSync('test-results/unit.json', { force: true })
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'])
const unit = readJson('test-results/unit.json')
// Tests over the shared corpus are reported as skipped when `../shared/fdl/examples` is missing (src/testing/corpus.ts):
// the run says how many, rather than passing as if they had run.
let corpusNotRun = 0
if (unit) {
  totals.passed += unit.numPassedTests
  totals.failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1)
  for (const file of unit.testResults ?? []) {
    for (const t of file.assertionResults ?? []) if (t.status !== 'passed' && t.status !== 'failed' && String(t.fullName ?? t.title).includes('[corpus]')) corpusNotRun++
  }
} else totals.failed++

if (!run('chromium', 'node', ['scripts/ensure-chromium.mjs'])) totals.failed++
else {
  rmSync('test-results/e2e-results.json', { force: true })
  const e2eOk = run('e2e', 'npx', ['playwright', 'test'])
  const e2e = existsSync('test-results/e2e-results.json') ? readJson('test-results/e2e-results.json') : null
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky
    totals.failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1)
  } else totals.failed++
}

console.log('')
if (corpusNotRun > 0) console.log(`${corpusNotRun} corpus tests not run: ../shared/fdl/examples missing`)
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
