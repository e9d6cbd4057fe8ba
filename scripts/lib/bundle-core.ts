// Bundles src/core (+ src/sites) into one IIFE string to evaluate inside a real browser page, so that
// benchmarks and the browser fixture walk run the very code the extension ships, in the browser's engine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const ROOT = new URL('../../', import.meta.url).pathname;
let cached: Promise<string> | null = null;

export function bundleCore(): Promise<string> {
  cached ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dedoc-core-'));
    try {
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'error',
        build: {
          outDir,
          emptyOutDir: true,
          minify: true,
          lib: { entry: join(ROOT, 'scripts/lib/core-global.ts'), formats: ['iife'], name: 'dedocCoreBundle', fileName: () => 'core.js' },
        },
      });
      return readFileSync(join(outDir, 'core.js'), 'utf8');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  })();
  return cached;
}
