// Convention tests (STYLE.md, after refined-github): every feature follows the same shape, so a newcomer finds
// it and the runner, settings and locale strings all agree on its id; and the source stays readable: files small
// enough to hold one concept, and no import cycles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/shared/features';
import { BUNDLES } from '../../src/shared/content-bundles';
import { defaultPrefs } from '../../src/shared/settings';
import vi from '../../public/_locales/vi/messages.json';
import en from '../../public/_locales/en/messages.json';

const FEATURES_DIR = new URL('../../src/content/features/', import.meta.url).pathname;
const ids = FEATURES.map((f) => f.id as string);

/** Splits a selector list at its top-level commas: the commas inside :is(…), :not(…), :has(…) belong to one selector. */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

describe('feature conventions', () => {
  it('each feature has a folder with index.ts, and each folder is a listed feature', () => {
    const folders = existsSync(FEATURES_DIR)
      ? readdirSync(FEATURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
      : [];
    expect(folders.sort()).toEqual([...ids].sort());
    for (const id of ids) expect(existsSync(join(FEATURES_DIR, id, 'index.ts')), id).toBe(true);
  });

  it('folder name = feature id, the runner lists every feature, and each has its bundle', () => {
    const list = readFileSync(new URL('../../src/content/features.ts', import.meta.url), 'utf8');
    for (const id of ids) {
      const source = readFileSync(join(FEATURES_DIR, id, 'index.ts'), 'utf8');
      expect(source, id).toMatch(new RegExp(`id:\\s*'${id}'`));
      expect(list, id).toMatch(new RegExp(`id: '${id}',\\s*bundle: '${id}'`));
      // Its code comes in a bundle of its own (src/shared/content-bundles.ts), never in the boot script.
      const bundle = readFileSync(new URL(`../../src/content/bundles/${id}.ts`, import.meta.url), 'utf8');
      expect(bundle, id).toContain(`../features/${id}/index`);
      expect((BUNDLES as Record<string, { entry?: string }>)[id]?.entry, id).toBe(`src/content/bundles/${id}.ts`);
    }
  });

  it('a stand-in button (src/content/features.ts) looks as the feature draws its own: action, name and text', () => {
    const list = readFileSync(new URL('../../src/content/features.ts', import.meta.url), 'utf8');
    let checked = 0;
    for (const id of ids) {
      const block = list.slice(list.indexOf(`id: '${id}'`)).split(/\bid: '/)[1] ?? '';
      const m = /button: \(\) => \(\{\s*action: '([a-z-]+)',\s*label: t\('(\w+)'\),\s*text: t\('(\w+)'\)/.exec(block);
      if (!m) continue;
      const [, action, label, text] = m;
      const source = readFileSync(join(FEATURES_DIR, id, 'index.ts'), 'utf8');
      expect(source, id).toMatch(new RegExp(`action: '${action}',\\s*label: t\\('${label}'\\),\\s*text: t\\('${text}'\\)`));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect(list).toContain("button: () => ({");
  });

  it('each feature starts with a sentence of purpose and names the pages that show it working', () => {
    for (const id of ids) {
      const head = readFileSync(join(FEATURES_DIR, id, 'index.ts'), 'utf8').split('\n').slice(0, 6).join('\n');
      expect(head, id).toMatch(/^\/\/ /);
      expect(head.toLowerCase(), id).toMatch(/fixture|demo|page/);
    }
  });

  it('each feature has a default and a name in both languages', () => {
    const prefs = defaultPrefs();
    for (const id of ids) {
      expect(typeof (prefs.features as Record<string, boolean>)[id], id).toBe('boolean');
      expect((vi as Record<string, unknown>)[`feature_${id}`], id).toBeDefined();
      expect((en as Record<string, unknown>)[`feature_${id}`], id).toBeDefined();
    }
  });

  it('CSS that reaches the page is gated by a data-dedoc-* attribute on <html>', () => {
    // Every page stylesheet of a feature (page.css) must key each rule on html[data-dedoc-…].
    for (const id of ids) {
      const path = join(FEATURES_DIR, id, 'page.css');
      if (!existsSync(path)) continue;
      const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((s) => s && !s.startsWith('@'));
      for (const selectorList of selectors) {
        for (const selector of splitSelectorList(selectorList)) {
          if (/^(from|to|\d+%)$/.test(selector.trim())) continue;
          expect(selector.trim(), `${id}/page.css`).toMatch(/^html\[data-dedoc-/);
        }
      }
    }
  });
});

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/** Every TypeScript source file under src/ (tests beside the code included), as absolute paths, sorted. */
function sourceFiles(dir = SRC): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

const rel = (path: string): string => relative(ROOT, path);

/** A file longer than this holds more than one concept: split it (STYLE.md). */
const MAX_LINES = 500;

/**
 * Data, not code: lists whose length is their content, with their sources documented beside them. Only data files
 * belong here; code over the limit is split.
 */
const DATA_FILES = new Set([
  // The built-in acronym dictionary: one entry per line (src/core/acronyms/dictionary/README.md gives its sources).
  'src/core/acronyms/dictionary/builtin.ts',
]);

function lineCount(path: string): number {
  const text = readFileSync(path, 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * The relative specifiers a source text imports: `import`, `import type`, `export … from` and `import('…')`, whether
 * the statement spans one line or several. One bounded quoted run after `from ` or `import ` / `import(` each.
 */
function specifiersOf(text: string): string[] {
  return [...text.matchAll(/\b(?:from|import)(?: |\()(?:'(\.{1,2}\/[^'\n]*)'|"(\.{1,2}\/[^"\n]*)")/g)].map((m) => (m[1] ?? m[2])!);
}

/** The imports of a source file resolved to source files; styles and JSON are left out (they import nothing back). */
function importsOf(path: string, known: ReadonlySet<string>): string[] {
  const targets: string[] = [];
  for (const specifier of specifiersOf(readFileSync(path, 'utf8'))) {
    const base = resolve(dirname(path), specifier);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => known.has(c));
    if (target !== undefined) targets.push(target);
  }
  return targets;
}

/**
 * One import cycle among the files, as the list of files around it (the first repeated at the end), or undefined.
 * A depth-first walk that colours each file once: linear in files and imports.
 */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    // The path from the root to the file being walked, with the index of the next import to follow at each step.
    const path: string[] = [root];
    const next: number[] = [0];
    state.set(root, 'open');
    while (path.length > 0) {
      const file = path[path.length - 1]!;
      const edges = graph.get(file) ?? [];
      const k = next[next.length - 1]!;
      if (k >= edges.length) {
        state.set(file, 'done');
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = k + 1;
      const target = edges[k]!;
      const seen = state.get(target);
      if (seen === 'open') return [...path.slice(path.indexOf(target)), target];
      if (seen === undefined) {
        state.set(target, 'open');
        path.push(target);
        next.push(0);
      }
    }
  }
  return undefined;
}

describe('source conventions', () => {
  const files = sourceFiles();

  it(`no source file under src/ is over ${MAX_LINES} lines (data files aside)`, () => {
    const over = files.map(rel).filter((f) => !DATA_FILES.has(f) && lineCount(join(ROOT, f)) > MAX_LINES);
    expect(over, 'split these files by concept').toEqual([]);
  });

  it('every listed data file exists', () => {
    for (const f of DATA_FILES) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('no import cycle among src files, type-only imports included (import-x/no-cycle skips those)', () => {
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
    expect(findCycle(graph)?.map(rel)).toBeUndefined();
  });

  it('the import reader sees type-only, re-exported, multi-line and dynamic imports', () => {
    const text = [
      "import type { A } from './a';",
      'import {',
      '  B,',
      "} from '../b';",
      "export { C } from \"./c\";",
      "const d = await import('./d');",
      "import 'preact';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./a', '../b', './c', './d']);
  });

  it('the cycle walk finds a cycle, and none in a chain', () => {
    const chain = new Map([['a', ['b']], ['b', ['c']], ['c', []]]);
    expect(findCycle(chain)).toBeUndefined();
    const cycle = new Map([['a', ['b']], ['b', ['c']], ['c', ['b']]]);
    expect(findCycle(cycle)).toEqual(['b', 'c', 'b']);
  });
});
