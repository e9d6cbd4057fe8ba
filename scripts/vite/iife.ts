// One plain script (an IIFE, no imports, no exports) built from TypeScript sources with Vite, inside the build of
// the extension: the content script's boot and bundles (content-bundles.ts) and the early-paint article marker
// (scale-assets.ts). Each entry is a few lines of code made by the caller (a virtual module).
import { isAbsolute, join, relative } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

const VIRTUAL_PREFIX = 'virtual:dedoc-entry/';

export interface IifeOptions {
  /** The extension build this script is part of (root, mode, define, target). */
  config: ResolvedConfig;
  /** A name for the virtual entry and error messages. */
  id: string;
  /** The entry's code; imports by absolute path. */
  entryCode: string;
  /** More plugins for this build (e.g. imports the runtime answers). */
  plugins?: Plugin[];
}

export interface IifeResult {
  code: string;
  /** Every module id in the output: absolute paths of files, and virtual ids. */
  moduleIds: string[];
  /** Characters each module takes in the output before minification (where the bytes go). */
  renderedLengths: Record<string, number>;
}

export async function buildIife({ config, id, entryCode, plugins = [] }: IifeOptions): Promise<IifeResult> {
  const root = config.root;
  const entryId = `${VIRTUAL_PREFIX}${id}`;
  const entry: Plugin = {
    name: 'dedoc:iife-entry',
    enforce: 'pre',
    resolveId(source) {
      // Vite hands a library entry over as a path under the root.
      if (source === entryId || source === join(root, entryId)) return `\0${entryId}`;
      return null;
    },
    load(loadId) {
      return loadId === `\0${entryId}` ? entryCode : null;
    },
  };
  const result = (await build({
    configFile: false,
    root,
    mode: config.mode,
    logLevel: 'warn',
    define: config.define,
    plugins: [entry, ...plugins],
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      target: config.build.target,
      modulePreload: false,
      reportCompressedSize: false,
      lib: { entry: entryId, formats: ['iife'], name: `dedoc_${id.replace(/\W/g, '_')}`, fileName: () => 'bundle.js' },
      // DEDOC_KEEP_NAMES=1: minified but with the functions' own names, so that a profile says where our time goes
      // (scripts/bench/page-load.ts --functions). Never for a build that ships.
      ...(process.env.DEDOC_KEEP_NAMES === '1' ? { rolldownOptions: { output: { minify: { mangle: false, compress: true, codegen: true } } } } : {}),
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const output = (Array.isArray(result) ? result.flatMap((r) => r.output) : result.output).find(
    (item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry,
  );
  if (!output) throw new Error(`script "${id}": the build gave no output`);
  const renderedLengths = Object.fromEntries(
    Object.entries(output.modules).map(([moduleId, info]) => [moduleId, info.renderedLength]),
  );
  return { code: output.code, moduleIds: output.moduleIds, renderedLengths };
}

/** The source files among a build's module ids, as paths from the root (node_modules included). */
export function sourceFiles(root: string, moduleIds: readonly string[]): string[] {
  return moduleIds
    .filter((moduleId) => isAbsolute(moduleId))
    .map((moduleId) => relative(root, moduleId.split('?')[0]!))
    .sort();
}
