// npm run bench: every benchmark in scripts/bench/, one after the other (each prints medians and ratios), then
// ONE table of the figures they record (scripts/bench/lib/figures.ts): figure, Chromium, Firefox, target, pass/fail.
// Speed targets are checked here, by numbers a person reads, never by timed unit tests (shared 2-core machines).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearFigures, formatTable, readFigures } from './bench/lib/figures';

const dir = new URL('./bench/', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
clearFigures();
for (const file of files) {
  console.log(`\n━━ ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
const figures = readFigures();
if (figures.length > 0) console.log(`\n━━ summary\n${formatTable(figures)}`);
process.exit(failed > 0 ? 1 : 0);
