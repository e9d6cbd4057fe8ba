// npm run test:stress -- [runs] [vitest filters…]
// Hunts flaky end-to-end tests: builds once, keeps one CPU core busy with a spinning process (a loaded two-core
// machine, like CI's), runs the end-to-end suite `runs` times (default 5), and prints each test that failed with
// how often, and the first line of each failure. Exits non-zero when any run failed.
//   npm run test:stress -- 5
//   npm run test:stress -- 10 tests/e2e/summary.e2e.ts     (only some files)
//   DEDOC_STRESS_HOGS=0 npm run test:stress -- 3           (no load)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 5;
const filters = args;
const hogCount = Number(process.env.DEDOC_STRESS_HOGS ?? 1);
const results = join(root, 'test-results', 'stress');
mkdirSync(results, { recursive: true });

ensureBrowsers();
if (spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('build failed');
  process.exit(1);
}

// The load: a process that spins on one core for as long as the runs last.
const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((h) => h.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

/** test name → { count, runs, first message } */
const failures = new Map();
const perRun = [];
const started = Date.now();
for (let run = 1; run <= runs; run++) {
  const report = join(results, `run-${run}.json`);
  rmSync(report, { force: true });
  const t0 = Date.now();
  console.log(`\n▶ run ${run} of ${runs}${hogCount ? ` (${hogCount} core${hogCount > 1 ? 's' : ''} kept busy)` : ''}`);
  spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--reporter=dot', '--reporter=json', `--outputFile=${report}`, ...filters], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const names = [];
  let passed = 0;
  if (!existsSync(report)) {
    names.push('(the run wrote no report)');
  } else {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    for (const file of json.testResults ?? []) {
      const fileName = relative(root, file.name);
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const test of failedTests) {
        names.push([fileName, ...test.ancestorTitles, test.title].join(' › '));
        const message = String(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 240);
        const key = names[names.length - 1];
        const entry = failures.get(key) ?? { count: 0, runs: [], message };
        entry.count++;
        entry.runs.push(run);
        failures.set(key, entry);
      }
      if (file.status === 'failed' && failedTests.length === 0) names.push(`${fileName}: ${String(file.message ?? 'failed to run').split('\n')[0]}`);
    }
  }
  for (const name of names) if (!failures.has(name)) failures.set(name, { count: 1, runs: [run], message: '' });
  perRun.push({ run, passed, failed: names.length, seconds: Math.round((Date.now() - t0) / 1000) });
}

console.log('\n──────── stress summary');
for (const r of perRun) console.log(`run ${r.run}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
if (failures.size === 0) {
  console.log(`no test failed in ${runs} run${runs > 1 ? 's' : ''}`);
} else {
  console.log('failing tests (runs failed / runs):');
  for (const [name, { count, runs: which, message }] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${count}/${runs}  ${name}  [run ${which.join(', ')}]`);
    if (message) console.log(`        ${message}`);
  }
}
console.log(`wall time ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failures.size > 0 ? 1 : 0);
