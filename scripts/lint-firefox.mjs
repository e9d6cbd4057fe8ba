// web-ext lint on the Firefox build. Fails on any error, and on any warning other than the one Preact's own
// dangerouslySetInnerHTML branch brings (UNSAFE_VAR_ASSIGNMENT): see ../shared/RECIPES.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(root, 'dist'), 'firefox');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error('dist/firefox is missing: run `npm run build` first.');
  process.exit(1);
}
let output;
try {
  output = execFileSync(process.execPath, [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (error) {
  output = error.stdout;
}
const report = JSON.parse(output);
const allowed = new Set(['UNSAFE_VAR_ASSIGNMENT']);
const errors = report.errors ?? [];
const warnings = (report.warnings ?? []).filter((w) => !allowed.has(w.code));
for (const item of [...errors, ...warnings]) console.error(`${item.type} ${item.code} ${item.file ?? ''}: ${item.message}`);
console.log(`web-ext lint: ${errors.length} errors, ${(report.warnings ?? []).length} warnings (${warnings.length} not allowed), ${(report.notices ?? []).length} notices`);
process.exit(errors.length + warnings.length > 0 ? 1 : 0);
