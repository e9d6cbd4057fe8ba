// Convention tests (STYLE.md, after refined-github): every feature follows the same shape, so a newcomer finds
// it and the runner, settings and locale strings all agree on its id.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/shared/features';
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

  it('folder name = feature id, and the runner lists every feature', () => {
    const list = readFileSync(new URL('../../src/content/features.ts', import.meta.url), 'utf8');
    for (const id of ids) {
      const source = readFileSync(join(FEATURES_DIR, id, 'index.ts'), 'utf8');
      expect(source, id).toMatch(new RegExp(`id:\\s*'${id}'`));
      expect(list, id).toContain(`./features/${id}/index`);
    }
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
