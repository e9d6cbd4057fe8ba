// npm run build: dist/chrome and dist/firefox from the one manifest.json, then the store zips
// dist/de-doc-chrome-<version>.zip and dist/de-doc-firefox-<version>.zip.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
// DEDOC_OUT (default dist/) lets parallel test runs build into folders of their own.
const out = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(root, 'dist');
const version = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

for (const [browser, mode] of [['chrome', 'production'], ['firefox', 'firefox']]) {
  // The config builds from typed sources in src/ (the content bundles, the early-paint files), whose imports carry
  // no file extension: Vite warns that its future native config loader will not take them; today's bundling loader does.
  const env = { ...process.env, DEDOC_OUT: out, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  const dir = join(out, browser);
  // crxjs keeps a build manifest under .vite/: it is not part of the extension.
  rmSync(join(dir, '.vite'), { recursive: true, force: true });
  const files = {};
  // Fixed timestamps and sorted entries make the zip reproducible.
  for (const file of listFiles(dir).sort()) {
    files[relative(dir, file)] = [readFileSync(file), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  const zipPath = join(out, `de-doc-${browser}-${version}.zip`);
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
  console.log(`${relative(root, zipPath)}  ${(statSync(zipPath).size / 1024).toFixed(1)} KiB`);
}
