// What every page pays, checked on the build itself (npm test runs this after `npm run build`; DEDOC_OUT names the
// build folder, dist/ by default). Sizes and contents only, never time: speed is the benchmarks' job.
// - The boot script — the one file the manifest and the per-site registrations inject into every page — is at most
//   20 KB gzipped, in both browsers' builds, and carries no feature: no module of a feature folder, no core beyond
//   the cheap article check, no data, no Readability, no Preact, and none of the features' own strings.
// - Every bundle carries only its own code (a feature never another's; nothing twice), nothing is web-accessible
//   but the font files, the data files hold exactly the data of their typed sources, and the extension pages have no
//   module-preload polyfill (it fetches).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ContentReport } from '../../scripts/vite/content-bundles';
import { BUILTIN_ENTRIES } from '../../src/core/acronyms/dictionary/builtin';
import { encodeBuiltinDictionary } from '../../src/core/acronyms/dictionary/data';
import { BOOT, BUNDLES, DATA_BUNDLES, RUNTIME_SYMBOL } from '../../src/shared/content-bundles';
import { FEATURES } from '../../src/shared/features';
import { MARK_SCRIPT_FILE, PAGE_CSS_FILE, allEarlyAttributes, earlyScriptFile } from '../../src/shared/settings/scale';
import modelData from '../../src/core/summary/summary-model.json';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');

/** The budget of the boot script, gzipped (level 9, as served compressed). */
const BOOT_BUDGET_GZIP_BYTES = 20 * 1024;
/** Core modules the boot script may hold: the cheap article check (core/article/probe.ts) and what it uses. */
const BOOT_CORE = ['src/core/article/adapters.ts', 'src/core/article/dom.ts', 'src/core/article/urls.ts', 'src/core/article/probe.ts'];
/** The only package in boot: the browser API wrapper. */
const BOOT_PACKAGES = ['node_modules/webextension-polyfill/'];

const FEATURE_IDS = FEATURES.map((f) => f.id as string);
/** The actions of the stand-in buttons boot draws for features with a button on every page (src/content/features.ts):
 *  the only strings of a feature that boot holds. */
const STAND_IN_ACTIONS = [...readFileSync(join(ROOT, 'src/content/features.ts'), 'utf8').matchAll(/\baction: '([a-z][a-z-]+)'/g)].map((m) => m[1]!);
const FEATURES_DIR = join(ROOT, 'src/content/features');

/** Strings only a feature's own code holds: the data-action of every control it draws. */
function featureMarkers(id: string): string[] {
  const markers = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/\baction: '([a-z][a-z-]+)'/g)) markers.add(m[1]!);
        for (const m of source.matchAll(/\.dataset\.action = '([a-z][a-z-]+)'/g)) markers.add(m[1]!);
      }
    }
  };
  walk(join(FEATURES_DIR, id));
  return [...markers];
}

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const dir = join(OUT, browser);
  const hasBuild = existsSync(join(dir, 'manifest.json')) && existsSync(`${dir}.bundles.json`);

  it('exists (run npm run build first)', () => {
    expect(hasBuild, `no build in ${dir}`).toBe(true);
  });
  if (!hasBuild) return;

  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  const report = JSON.parse(readFileSync(`${dir}.bundles.json`, 'utf8')) as ContentReport;
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');

  it('injects only the boot script at load, and it is at most 20 KB gzipped', () => {
    const injected = manifest.content_scripts.flatMap((script) => script.js);
    // The per-site registrations of user-added sites inject the manifest's files (background/registrations.ts).
    expect(injected).toEqual([BOOT.file]);
    const gzipped = gzipSync(readFileSync(join(dir, BOOT.file)), { level: 9 }).length;
    console.log(`${browser}: boot ${readFileSync(join(dir, BOOT.file)).length} bytes, ${gzipped} gzipped`);
    expect(gzipped).toBeLessThanOrEqual(BOOT_BUDGET_GZIP_BYTES);
    expect(report.boot.gzipBytes).toBe(gzipped);
  });

  it('boot carries no feature: no feature module, no core beyond the cheap article check, no data, no framework', () => {
    const modules = report.boot.modules;
    expect(modules.filter((m) => m.startsWith('src/content/features/'))).toEqual([]);
    expect(modules.filter((m) => m.startsWith('src/core/') && !BOOT_CORE.includes(m))).toEqual([]);
    expect(modules.filter((m) => m.startsWith('node_modules/') && !BOOT_PACKAGES.some((p) => m.startsWith(p)))).toEqual([]);
    expect(modules.filter((m) => m.endsWith('.json'))).toEqual([]);
  });

  it.each(FEATURE_IDS)('boot holds none of the strings of feature "%s"', (id) => {
    const boot = read(BOOT.file);
    const markers = featureMarkers(id).filter((marker) => !STAND_IN_ACTIONS.includes(marker));
    expect(markers.length, `${id} draws no control with a data-action: give the test another marker`).toBeGreaterThan(0);
    // Whole strings only ("acronyms-glossary" is a stand-in's; "acronyms-glossary-close" is the feature's).
    expect(markers.filter((marker) => new RegExp(`[\`'"]${marker}[\`'"]`).test(boot))).toEqual([]);
    // …and its bundle does hold them: the markers are real.
    const bundle = read((BUNDLES as Record<string, { file: string }>)[id]!.file);
    expect(markers.filter((marker) => !bundle.includes(marker))).toEqual([]);
  });

  it('each feature bundle holds its own feature only, no module twice, and no framework in the page', () => {
    const owner = new Map<string, string>();
    for (const bundle of [report.boot, ...report.bundles]) {
      for (const module of bundle.modules) {
        expect(owner.get(module), `${module} in ${bundle.id}`).toBeUndefined();
        owner.set(module, bundle.id);
        expect(module.startsWith('node_modules/preact'), `${module} in ${bundle.id}`).toBe(false);
        const feature = /^src\/content\/features\/([^/]+)\//.exec(module)?.[1];
        if (feature) expect(bundle.id, module).toBe(feature);
      }
    }
    // Readability comes in the article bundle, only where a page may hold an article.
    expect(owner.get('node_modules/@mozilla/readability/Readability.js')).toBe('article');
    // Read-aloud's part of core (core/speech) comes with read-aloud alone, never through the core barrel.
    for (const [module, bundle] of owner) if (module.startsWith('src/core/speech/')) expect(bundle, module).toBe('speech');
  });

  it('reports every bundle of content-bundles.ts with its packaged file', () => {
    expect(report.bundles.map((b) => b.id).sort()).toEqual(Object.keys(BUNDLES).sort());
    for (const bundle of report.bundles) expect(existsSync(join(dir, bundle.file)), bundle.file).toBe(true);
  });

  it('makes nothing web-accessible: no script or font a page could load or probe for', () => {
    const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    expect(resources).toEqual([]);
  });

  it('ships the data files with exactly the data of their typed sources', () => {
    const expected: Record<string, unknown> = {
      'acronyms-dictionary': encodeBuiltinDictionary(BUILTIN_ENTRIES),
      'summary-model': modelData,
    };
    for (const id of DATA_BUNDLES) {
      const data = new Map<string, unknown>();
      const scope = { [Symbol.for(RUNTIME_SYMBOL)]: { data } };
      // The file as the browser runs it, with a runtime of our own as its global.
      new Function('globalThis', read(BUNDLES[id].file))(scope);
      expect(JSON.stringify(data.get(id)), id).toBe(JSON.stringify(expected[id]));
    }
  });

  it('has the early-paint files the text-size registrations name', () => {
    for (const file of [PAGE_CSS_FILE, MARK_SCRIPT_FILE, ...allEarlyAttributes().map(([name, value]) => earlyScriptFile(name, value))]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });

  it("has no module-preload polyfill in the extension pages (it fetches)", () => {
    const scripts = readdirSync(join(dir, 'assets')).filter((name) => name.endsWith('.js'));
    for (const name of scripts) expect(read(`assets/${name}`), name).not.toMatch(/supports\(["'`]modulepreload["'`]\)/);
  });
});
