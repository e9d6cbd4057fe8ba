// Vite plugin: builds the content script — the boot script and the bundles of src/shared/content-bundles.ts — as plain
// IIFEs into the package, and puts the boot script into the manifest's content_scripts (crxjs builds everything else;
// it is given the manifest without content scripts, because its own content-script build cannot leave modules out).
//
// Each bundle is built on its own. A module that boot or a bundle it needs already publishes is not bundled again:
// its import becomes a read of the runtime object (src/content/runtime.ts) — one copy of the browser wrapper, the
// settings, the UI host, core — and each bundle publishes the modules its spec lists. The build fails when a module
// would still end up in two bundles, and writes what went where (<outDir>.bundles.json: files, sizes, modules) for
// the budget tests (tests/budget/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { BUILTIN_ENTRIES } from '../../src/core/acronyms/dictionary/builtin.ts';
import { encodeBuiltinDictionary } from '../../src/core/acronyms/dictionary/data.ts';
import { BOOT, BUNDLES, DATA_BUNDLES, RUNTIME_SYMBOL, bundleOrder, type BundleId, type DataId } from '../../src/shared/content-bundles.ts';
import { buildIife, sourceFiles } from './iife.ts';

const RUNTIME_MODULE = '\0dedoc-runtime:';

/** The packaged data files, from their typed sources. */
const DATA_SOURCES: Record<DataId, (root: string) => unknown> = {
  'acronyms-dictionary': () => encodeBuiltinDictionary(BUILTIN_ENTRIES),
  'summary-model': (root) => JSON.parse(readFileSync(join(root, 'src/core/summary/summary-model.json'), 'utf8')),
};

export interface BundleReport {
  id: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Source modules bundled into it (paths from the project root; node_modules included). */
  modules: string[];
  /** Modules it takes from the runtime instead. */
  fromRuntime: string[];
  /** The largest modules, by their share of the output (characters after tree-shaking, before minification). */
  largest: Array<{ module: string; chars: number }>;
}

export interface ContentReport {
  browser: string;
  boot: BundleReport;
  bundles: BundleReport[];
}

/**
 * A data file: one statement that hands the JSON to the runtime. JSON.parse of one string is much cheaper for the
 * engine than the same data as an object literal, and executeScript gets no value back (the statement ends in void).
 */
export function dataScript(id: DataId, data: unknown): string {
  const json = JSON.stringify(data);
  return `(() => { const r = globalThis[Symbol.for(${JSON.stringify(RUNTIME_SYMBOL)})]; if (!r) throw new Error("Dễ Đọc: data file before boot"); r.data.set(${JSON.stringify(id)}, JSON.parse(${JSON.stringify(json)})); })(), void 0;\n`;
}

const BARREL_MODULE = '\0dedoc-barrel:';

/** A bundle's parts as the build sees them: its entry, what it publishes, and the barrels it fills. */
interface BundleParts {
  id: string;
  entry: string;
  publishes: readonly string[];
  /** Barrel → the modules of this bundle published into it (src/shared/content-bundles.ts). */
  barrels: Readonly<Record<string, readonly string[]>>;
  isBoot: boolean;
}

function entryCode(root: string, bundle: BundleParts): string {
  const abs = (path: string): string => JSON.stringify(join(root, path));
  const lines = [`import { ${bundle.isBoot ? 'installRuntime, ' : ''}publish, publishInto } from ${abs('src/content/runtime.ts')};`];
  bundle.publishes.forEach((path, i) => lines.push(`import * as m${i} from ${abs(path)};`));
  const parts = Object.entries(bundle.barrels).flatMap(([barrel, modules]) => modules.map((module) => ({ barrel, module })));
  parts.forEach(({ module }, i) => lines.push(`import * as p${i} from ${abs(module)};`));
  lines.push(`import ${abs(bundle.entry)};`);
  if (bundle.isBoot) lines.push('installRuntime();');
  if (bundle.publishes.length > 0) {
    lines.push(`publish({ ${bundle.publishes.map((path, i) => `${JSON.stringify(path)}: m${i}`).join(', ')} });`);
  }
  parts.forEach(({ barrel }, i) => lines.push(`publishInto(${JSON.stringify(barrel)}, p${i});`));
  // The parts are published as modules too: the build counts them as published (a later bundle importing a part
  // directly, as core/speech imports core/acronyms-resolve, reads it from the runtime), so they must be there.
  if (parts.length > 0) lines.push(`publish({ ${parts.map(({ module }, i) => `${JSON.stringify(module)}: p${i}`).join(', ')} });`);
  return `${lines.join('\n')}\n`;
}

/** In the content bundles, src/shared/browser.ts is src/shared/browser-page.ts (the browser's own API, no polyfill):
 *  the module keeps its id, so it is published and taken from boot as before. */
function pageBrowser(root: string): Plugin {
  const target = join(root, 'src/shared/browser.ts');
  const replacement = join(root, 'src/shared/browser-page.ts');
  return {
    name: 'dedoc:page-browser',
    enforce: 'pre',
    load(loadId) {
      return loadId === target ? readFileSync(replacement, 'utf8') : null;
    },
  };
}

/**
 * Imports of modules published earlier become reads of the runtime object; imports of a barrel this bundle fills
 * (core/index.ts) become a barrel of just the parts it publishes, so that a part that belongs in another bundle
 * (core/speech, for read-aloud) never comes in through the barrel.
 */
function runtimeImports(root: string, fromRuntime: ReadonlySet<string>, ownBarrels: Readonly<Record<string, readonly string[]>>): Plugin {
  return {
    name: 'dedoc:runtime-imports',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source.startsWith('\0') || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external) return null;
      const path = relative(root, resolved.id.split('?')[0]!);
      if (fromRuntime.has(path)) return `${RUNTIME_MODULE}${path}`;
      if (ownBarrels[path]) return `${BARREL_MODULE}${path}`;
      return null;
    },
    load(loadId) {
      if (loadId.startsWith(BARREL_MODULE)) {
        const parts = ownBarrels[loadId.slice(BARREL_MODULE.length)] ?? [];
        return parts.map((part) => `export * from ${JSON.stringify(join(root, part))};`).join('\n');
      }
      if (!loadId.startsWith(RUNTIME_MODULE)) return null;
      const path = loadId.slice(RUNTIME_MODULE.length);
      // A CommonJS stand-in: every named import becomes a property read of the published namespace.
      return `const r = globalThis[Symbol.for(${JSON.stringify(RUNTIME_SYMBOL)})];\nif (!r || !(${JSON.stringify(path)} in r.modules)) throw new Error(${JSON.stringify(`Dễ Đọc: ${path} is not published yet`)});\nmodule.exports = r.modules[${JSON.stringify(path)}];\n`;
    },
  };
}

/** What a bundle's build says about it, besides its code. */
type Built = Pick<BundleReport, 'modules' | 'fromRuntime' | 'largest'>;

async function buildBundle(
  config: ResolvedConfig,
  bundle: BundleParts,
  fromRuntime: ReadonlySet<string>,
): Promise<Built & { code: string }> {
  const root = config.root;
  const { code, moduleIds, renderedLengths } = await buildIife({
    config,
    id: bundle.id,
    entryCode: entryCode(root, bundle),
    plugins: [pageBrowser(root), runtimeImports(root, fromRuntime, bundle.barrels)],
  });
  const taken = moduleIds.filter((m) => m.startsWith(RUNTIME_MODULE)).map((m) => m.slice(RUNTIME_MODULE.length));
  const largest = Object.entries(renderedLengths)
    .filter(([moduleId]) => isAbsolute(moduleId))
    .map(([moduleId, chars]) => ({ module: relative(root, moduleId.split('?')[0]!), chars }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, 12);
  return { code, modules: sourceFiles(root, moduleIds), fromRuntime: taken.sort(), largest };
}

function report(id: string, file: string, code: string, built: Built): BundleReport {
  const buffer = Buffer.from(code);
  return { id, file, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length, ...built };
}

export function contentBundles(options: { browser: string; contentScripts: unknown }): Plugin {
  let config: ResolvedConfig;
  let built: ContentReport | null = null;
  return {
    name: 'dedoc:content-bundles',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const root = config.root;
      const bootBuild = await buildBundle(config, { id: 'boot', entry: BOOT.entry, publishes: BOOT.publishes, barrels: {}, isBoot: true }, new Set());
      const reports: BundleReport[] = [];
      const published = new Map<string, readonly string[]>([['boot', BOOT.publishes]]);
      const modulesOf = new Map<string, readonly string[]>([['boot', bootBuild.modules]]);
      for (const id of bundleOrder(Object.keys(BUNDLES) as BundleId[])) {
        const spec = BUNDLES[id];
        let code: string;
        let result: Built = { modules: [], fromRuntime: [], largest: [] };
        if ((DATA_BUNDLES as readonly string[]).includes(id)) {
          code = dataScript(id as DataId, DATA_SOURCES[id as DataId](root));
        } else {
          // What is in the page before this bundle: boot, and what it needs (loaded first, always).
          const before = ['boot', ...bundleOrder(spec.needs as readonly BundleId[])];
          const fromRuntime = new Set(before.flatMap((b) => published.get(b) ?? []));
          const barrels = (spec as { barrels?: Record<string, readonly string[]> }).barrels ?? {};
          const parts = { id, entry: (spec as { entry: string }).entry, publishes: spec.publishes, barrels, isBoot: false };
          const bundle = await buildBundle(config, parts, fromRuntime);
          code = bundle.code;
          result = bundle;
          for (const module of bundle.modules) {
            const also = before.find((b) => modulesOf.get(b)?.includes(module));
            if (also) {
              throw new Error(
                `content bundle "${id}" would carry a second copy of ${module}, already in "${also}": publish it from "${also}" (src/shared/content-bundles.ts)`,
              );
            }
          }
          published.set(id, [...spec.publishes, ...Object.keys(barrels), ...Object.values(barrels).flat()]);
          modulesOf.set(id, bundle.modules);
        }
        this.emitFile({ type: 'asset', fileName: spec.file, source: code });
        reports.push(report(id, spec.file, code, result));
      }
      // Two feature bundles loaded into one page must not carry the same module either.
      const owner = new Map<string, string>();
      for (const r of [{ id: 'boot', modules: bootBuild.modules }, ...reports]) {
        for (const module of r.modules) {
          const first = owner.get(module);
          if (first) throw new Error(`module ${module} is in both "${first}" and "${r.id}": publish it from a bundle both need`);
          owner.set(module, r.id);
        }
      }
      this.emitFile({ type: 'asset', fileName: BOOT.file, source: bootBuild.code });
      built = { browser: options.browser, boot: report('boot', BOOT.file, bootBuild.code, bootBuild), bundles: reports };
    },
    writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      // The manifest crxjs wrote has no content scripts (see above): the boot script goes in here.
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = options.contentScripts;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      if (built) {
        const reportPath = `${outDir}.bundles.json`;
        mkdirSync(dirname(reportPath), { recursive: true });
        writeFileSync(reportPath, `${JSON.stringify(built, null, 1)}\n`);
      }
    },
  };
}
