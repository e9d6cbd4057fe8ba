// The packaged files of the text-size feature (public/scale/, written by scripts/scale-assets.ts): up to date
// with their sources, gated, and the bundled font draws every letter of Vietnamese.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_DIR, buildScaleAssets } from '../../../scripts/scale-assets';
import { EARLY_DIR, FONT_SUBSETS, allEarlyAttributes, earlyScriptFile } from '../../../src/shared/settings/scale';
import { woff2CodePoints } from './woff2-cmap';

const PUBLIC = new URL('../../../public/', import.meta.url).pathname;
const REGENERATE = 'public/scale is out of date: run `npx tsx scripts/scale-assets.ts` and commit the result';

/** Every letter of Vietnamese, both cases: the 12 vowels with their 5 tone marks, đ, and the consonants. */
const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvx';
const LETTERS = [...new Set([...VIETNAMESE, ...VIETNAMESE.toLocaleUpperCase('vi')])].join('');
/** Punctuation and signs of Vietnamese news text: quotes, dashes, the dong sign, degrees, percent. */
const SIGNS = '“”‘’–—…·%°₫€$@#&()[]/:;,.!?-+=×';

describe('generated text-size assets', () => {
  const built = buildScaleAssets();

  it('are committed exactly as scripts/scale-assets.ts writes them', () => {
    for (const [path, contents] of built) {
      const file = join(PUBLIC, path);
      expect(existsSync(file), `${path}: ${REGENERATE}`).toBe(true);
      expect(Buffer.compare(readFileSync(file), Buffer.from(contents)) === 0, `${path}: ${REGENERATE}`).toBe(true);
    }
    const early = readdirSync(join(PUBLIC, EARLY_DIR)).map((name) => `${EARLY_DIR}/${name}`);
    expect(early.filter((path) => !built.has(path)), REGENERATE).toEqual([]);
  });

  it('ship an early-paint script for every attribute value, and each is one plain statement', () => {
    for (const [name, value] of allEarlyAttributes()) {
      const script = built.get(earlyScriptFile(name, value));
      expect(typeof script, `${name}=${value}`).toBe('string');
      expect(() => new Function(script as string)).not.toThrow();
      expect(script).toContain(`setAttribute(${JSON.stringify(name)}, ${JSON.stringify(value)})`);
    }
    expect(() => new Function(built.get(`${EARLY_DIR}/mark.js`) as string)).not.toThrow();
  });

  it('page.css gates every rule by a data-dedoc-* attribute on <html>', () => {
    const css = (built.get('scale/page.css') as string).replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((s) => s && !s.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(50);
    for (const list of selectors) {
      let depth = 0;
      let start = 0;
      const parts: string[] = [];
      for (let i = 0; i < list.length; i++) {
        if (list[i] === '(') depth++;
        else if (list[i] === ')') depth--;
        else if (list[i] === ',' && depth === 0) {
          parts.push(list.slice(start, i));
          start = i + 1;
        }
      }
      parts.push(list.slice(start));
      for (const selector of parts) expect(selector.trim()).toMatch(/^html\[data-dedoc-/);
    }
  });

  it('the bundled Be Vietnam Pro draws every Vietnamese letter in regular, bold and italic', () => {
    for (const face of ['400-normal', '700-normal', '400-italic', '700-italic']) {
      const points = new Set<number>();
      for (const subset of ['latin', 'vietnamese']) {
        const file = built.get(`${FONT_DIR}/be-vietnam-pro-${subset}-${face}.woff2`) as Buffer;
        for (const point of woff2CodePoints(file)) points.add(point);
      }
      const missing = [...LETTERS, ...SIGNS].filter((ch) => !points.has(ch.codePointAt(0)!));
      expect(missing, face).toEqual([]);
    }
    expect(LETTERS.length).toBe(2 * 89);
  });

  it('the font faces name the bundled files, and the licence travels with them', () => {
    for (const browser of ['chrome', 'firefox']) {
      const css = built.get(`scale/font-${browser}.css`) as string;
      const files = [...css.matchAll(/__MSG_@@extension_id__\/(scale\/fonts\/[\w.-]+\.woff2)/g)].map((m) => m[1]!);
      expect(files).toHaveLength(8);
      for (const file of files) expect(built.has(file), file).toBe(true);
      expect(css).toContain(browser === 'chrome' ? 'chrome-extension://' : 'moz-extension://');
    }
    expect(String(built.get(`${FONT_DIR}/OFL.txt`))).toContain('SIL Open Font License');
  });

  it('declare each subset with the unicode-range Fontsource publishes for it', () => {
    const published = JSON.parse(readFileSync(new URL('../../../node_modules/@fontsource/be-vietnam-pro/unicode.json', import.meta.url), 'utf8'));
    for (const [subset, range] of Object.entries(FONT_SUBSETS)) expect(range, subset).toBe(published[subset]);
  });
});
