// npm test: everything, in order — typecheck, lint, unit tests, build, budget checks of the build, web-ext lint,
// end-to-end tests in real Chromium and real Firefox ESR. Each step runs even when an earlier one failed (but the
// budget checks and the end-to-end tests need a build). Ends with the line "N passed, M failed" and exits non-zero
// when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = Date.now();

let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  lines.push(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

/** A vitest run: counts its tests from the JSON report; a run that could not report counts as one failure. */
function vitest(label, args, reportName) {
  const report = join(results, reportName);
  rmSync(report, { force: true });
  const ok = run(label, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    failed++;
    lines.push(`  ${label}: no report`);
    return false;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that failed to load has no failed tests but is a failure all the same.
  const broken = (json.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'));
  failed += broken.length;
  lines.push(`  ${json.numPassedTests} passed, ${json.numFailedTests + broken.length} failed, ${json.numPendingTests + json.numTodoTests} skipped`);
  // Each failure by name (file › suite › test) with the first line of its message, so that nobody has to find
  // it in the browser log above.
  for (const file of json.testResults ?? []) {
    const name = relative(root, file.name);
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const message = String(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
      lines.push(`  ✘ ${[name, ...test.ancestorTitles, test.title].join(' › ')}`);
      if (message) lines.push(`      ${message}`);
    }
  }
  for (const file of broken) lines.push(`  ✘ ${relative(root, file.name)}: ${String(file.message ?? 'failed to run').split('\n')[0].slice(0, 200)}`);
  if (json.numTotalTests === 0) {
    failed++;
    lines.push(`  ${label}: ran no test`);
  }
  return ok;
}

ensureBrowsers();
check('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint (eslint)', bin('eslint'), ['.']);
vitest('unit tests (vitest, Node and happy-dom)', [], 'unit.json');
const built = check('build (dist/chrome, dist/firefox, zips)', process.execPath, [join(root, 'scripts/build.mjs')]);
if (built) {
  // What every page pays, on the build itself: the boot script's size and contents, the bundles, the data files.
  vitest('budget checks of the build (boot ≤ 20 KB gzipped, no feature in it)', ['--config', 'vitest.budget.config.ts'], 'budget.json');
  check('web-ext lint (dist/firefox)', process.execPath, [join(root, 'scripts/lint-firefox.mjs')]);
  vitest('end-to-end tests (real Chromium and Firefox ESR)', ['--config', 'vitest.e2e.config.ts'], 'e2e.json');
} else {
  failed++;
  lines.push('✘ end-to-end tests not run: the build failed');
}

console.log('\n──────── summary');
for (const line of lines) console.log(line);
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
