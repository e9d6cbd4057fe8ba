// @vitest-environment happy-dom
// The packaged files of the text-size feature, as the build makes them from their typed sources
// (scripts/vite/scale-assets.ts): one early script per value the settings allow, each one statement; a gated style
// sheet; and a bundled font that draws every letter of Vietnamese. Nothing of it is committed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeScript, markEntry, scaleAssets } from '../../../../scripts/vite/scale-assets';
import { COMFORT_RANGES, defaultSettings, type SiteSettings } from '../../../../src/shared/settings';
import {
  FONT_DIR,
  FONT_SUBSETS,
  MARK_SCRIPT_FILE,
  allEarlyAttributes,
  earlyScriptFile,
  earlyScripts,
  legibleFontFaces,
} from '../../../../src/shared/settings/scale';
import { woff2CodePoints } from './woff2-cmap';

// node:url, not the URL global: this file runs in a happy-dom window.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../../');

/** Every letter of Vietnamese, both cases: the 12 vowels with their 5 tone marks, đ, and the consonants. */
const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvx';
const LETTERS = [...new Set([...VIETNAMESE, ...VIETNAMESE.toLocaleUpperCase('vi')])].join('');
/** Punctuation and signs of Vietnamese news text: quotes, dashes, the dong sign, degrees, percent. */
const SIGNS = '“”‘’–—…·%°₫€$@#&()[]/:;,.!?-+=×';

describe('generated text-size assets', () => {
  const built = scaleAssets(ROOT);

  it('ship an early-paint script for every attribute value, and each sets exactly its attribute', () => {
    for (const [name, value] of allEarlyAttributes()) {
      const script = built.get(earlyScriptFile(name, value));
      expect(script, `${name}=${value}`).toBe(attributeScript(name, value));
      const html = document.documentElement;
      for (const attribute of html.getAttributeNames()) html.removeAttribute(attribute);
      new Function(script as string)();
      expect(html.getAttributeNames()).toEqual([name]);
      expect(html.getAttribute(name)).toBe(value);
    }
  });

  it('every file a registration can name is built: each value of every option, and the marker', () => {
    const base: SiteSettings = defaultSettings().siteDefaults;
    const sites: SiteSettings[] = [{ ...base, scale: 3, scaleWholePage: true, font: 'legible', theme: 'sepia' }];
    for (const key of Object.keys(COMFORT_RANGES) as Array<keyof typeof COMFORT_RANGES>) {
      const { min, max, step } = COMFORT_RANGES[key];
      for (let v = min; v <= max + 1e-9; v += step) sites.push({ ...base, [key]: Number(v.toFixed(2)) });
    }
    for (const site of sites) {
      for (const file of earlyScripts(site)) expect(built.has(file) || file === MARK_SCRIPT_FILE, file).toBe(true);
    }
    // scale/early/mark.js is the TypeScript module built on its own: its entry only starts it.
    expect(markEntry(ROOT)).toContain('markWhileParsing(document, location.href)');
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

  it('the early-paint font faces hold the bundled files themselves (no extension URL), and the licence travels with them', () => {
    const css = built.get('scale/font.css') as string;
    expect(css).not.toMatch(/(?:chrome|moz)-extension:|__MSG_/);
    const sources = [...css.matchAll(/src: url\("data:font\/woff2;base64,([A-Za-z0-9+/=]+)"\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(sources).toHaveLength(8);
    for (const face of legibleFontFaces()) {
      const file = built.get(face.file) as Buffer;
      expect(sources.some((source) => Buffer.compare(source, file) === 0), face.file).toBe(true);
    }
    expect(String(built.get(`${FONT_DIR}/OFL.txt`))).toContain('SIL Open Font License');
  });

  it('declare each subset with the unicode-range Fontsource publishes for it', () => {
    const published = JSON.parse(readFileSync(join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/unicode.json'), 'utf8')) as Record<string, string>;
    for (const [subset, range] of Object.entries(FONT_SUBSETS)) expect(range, subset).toBe(published[subset]);
  });
});
