// The page contract of text size and reading comfort, shared by the content script (which sets the
// attributes), the background (which registers the early-paint files that set them before the first paint) and
// the build (scripts/vite/scale-assets.ts: those files, and the value table of the packaged scale/page.css).
// Pure: no browser API.
import { PAGE_ATTRIBUTES } from './marks';
import {
  COMFORT_RANGES,
  MAX_SCALE,
  MIN_SCALE,
  THEMES,
  clampScale,
  type ComfortNumber,
  type SiteSettings,
} from './schema';

/** One step of the text size: the toolbar's A+ / A−, the shortcuts and the portal's own size links. */
export const SCALE_STEP = 0.1;
/** Quick presets offered in the popup, the options page and the on-page panel. */
export const SCALE_PRESETS = [1, 1.3, 1.5, 2, 3] as const;


// The marks of the page contract that boot needs too (to give the page back its own attributes): in a module of their
// own, so that boot does not carry the rest of this one.
export { EARLY_RECORD_KEY, PAGE_ATTRIBUTES, TARGET_ATTRIBUTE, type EarlyRecord } from './marks';

/** Packaged files (scale/…, built by scripts/vite/scale-assets.ts). */
export const PAGE_CSS_FILE = 'scale/page.css';
/** The @font-face rules of the bundled font for early paint, the font inside as data: URLs (no extension URL). */
export const FONT_CSS_FILE = 'scale/font.css';
export const MARK_SCRIPT_FILE = 'scale/early/mark.js';
export const EARLY_DIR = 'scale/early';
export const FONT_DIR = 'scale/fonts';

/** Subsets of the bundled Be Vietnam Pro, with Fontsource's unicode-range for each (tests/unit/scripts/vite/scale-assets.test.ts
 *  checks them against @fontsource/be-vietnam-pro/unicode.json): latin (a–z, punctuation, “ ” quotes), and
 *  vietnamese (Ă Đ Ĩ Ũ Ơ Ư, the tone marks, U+1EA0–1EF9). Latin-ext is not needed for Vietnamese. */
export const FONT_SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
} as const;
/** Body text and bold; italic for captions (the portals set photo captions in <em>). */
export const FONT_FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
] as const;

export function fontFile(subset: keyof typeof FONT_SUBSETS, weight: number, style: string): string {
  return `${FONT_DIR}/be-vietnam-pro-${subset}-${weight}-${style}.woff2`;
}

/** One face of the bundled font: its package file and its @font-face descriptors. */
export interface LegibleFontFace {
  file: string;
  weight: number;
  style: string;
  unicodeRange: string;
}

/** Every face of the bundled font, the regular ones first (the body text needs them before bold and italic). */
export function legibleFontFaces(): LegibleFontFace[] {
  const faces: LegibleFontFace[] = [];
  for (const { weight, style } of FONT_FACES) {
    for (const [subset, unicodeRange] of Object.entries(FONT_SUBSETS) as Array<[keyof typeof FONT_SUBSETS, string]>) {
      faces.push({ file: fontFile(subset, weight, style), weight, style, unicodeRange });
    }
  }
  return faces;
}

/**
 * The @font-face rules of the bundled font, with `sourceOf` giving a face's src URL.
 * font-display: fallback: the font arrives within the 100 ms block period, and a page whose policy blocks the
 * font shows its text in the fallback font at once (no 3 s of invisible text).
 */
export function fontFacesCss(sourceOf: (file: string) => string): string {
  const rules = legibleFontFaces().map(
    ({ file, weight, style, unicodeRange }) =>
      `@font-face { font-family: "${LEGIBLE_FONT_FAMILY}"; font-style: ${style}; font-weight: ${weight}; font-display: fallback; ` +
      `src: url("${sourceOf(file)}") format("woff2"); unicode-range: ${unicodeRange}; }`,
  );
  return `${rules.join('\n')}\n`;
}

/** The value table in front of the gated rules: html[data-dedoc-scale="1.5"] { --dedoc-scale: 1.5; } … */
export function customPropertiesCss(): string {
  const numeric = new Set<string>([
    PAGE_ATTRIBUTES.scale,
    PAGE_ATTRIBUTES.lineHeight,
    PAGE_ATTRIBUTES.letterSpacing,
    PAGE_ATTRIBUTES.wordSpacing,
    PAGE_ATTRIBUTES.paragraphSpacing,
    PAGE_ATTRIBUTES.maxLineLength,
  ]);
  return `${allEarlyAttributes()
    .filter(([name]) => numeric.has(name))
    .map(([name, value]) => `html[${name}="${value}"] { --${name.replace(/^data-/, '')}: ${value}; }`)
    .join('\n')}\n`;
}

/** The family name under which the bundled Be Vietnam Pro is declared (an own name: no clash with the page's). */
export const LEGIBLE_FONT_FAMILY = 'DeDoc Be Vietnam Pro';

/** A grid value as it is written in attributes and file names: "1.5", "2", "0.12". */
export function formatStep(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** The next size one step up (+1) or down (−1), within 100 % … 300 %. */
export function stepScale(current: number, direction: 1 | -1): number {
  return clampScale(current + direction * SCALE_STEP);
}

/** Every size above 100 %: 1.1 … 3. */
export function scaleSteps(): number[] {
  const steps: number[] = [];
  for (let tenth = Math.round(MIN_SCALE * 10) + 1; tenth <= Math.round(MAX_SCALE * 10); tenth++) steps.push(tenth / 10);
  return steps;
}

/** Every non-zero value of a comfort option's grid. */
export function comfortSteps(key: ComfortNumber): number[] {
  const { min, max, step } = COMFORT_RANGES[key];
  const values: number[] = [];
  for (let i = 0; min + i * step <= max + 1e-9; i++) values.push(Number((min + i * step).toFixed(2)));
  return values;
}

/**
 * The attributes <html> carries for a site's settings, in a fixed order. Empty when Dễ Đọc is off for the site
 * or every option is the page's own. Boolean attributes have the value "".
 */
export function pageAttributes(site: SiteSettings): Array<[string, string]> {
  if (!site.enabled) return [];
  const attributes: Array<[string, string]> = [];
  if (site.scale > MIN_SCALE) {
    attributes.push([PAGE_ATTRIBUTES.scale, formatStep(site.scale)]);
    if (site.scaleWholePage) attributes.push([PAGE_ATTRIBUTES.scaleWholePage, '']);
  }
  for (const key of Object.keys(COMFORT_RANGES) as ComfortNumber[]) {
    if (site[key] > 0) attributes.push([PAGE_ATTRIBUTES[key], formatStep(site[key])]);
  }
  if (site.font !== 'page') attributes.push([PAGE_ATTRIBUTES.font, site.font]);
  if (site.theme !== 'page') attributes.push([PAGE_ATTRIBUTES.theme, site.theme]);
  return attributes;
}

/** The early-paint script that sets one attribute: scale/early/<name without data-dedoc->[-<value>].js. */
export function earlyScriptFile(name: string, value: string): string {
  const base = name.replace(/^data-dedoc-/, '');
  return `${EARLY_DIR}/${value === '' ? base : `${base}-${value}`}.js`;
}

/** The early-paint scripts a site needs (its attributes, then the article marker); none when nothing is set. */
export function earlyScripts(site: SiteSettings): string[] {
  const attributes = pageAttributes(site);
  if (attributes.length === 0) return [];
  return [...attributes.map(([name, value]) => earlyScriptFile(name, value)), MARK_SCRIPT_FILE];
}

/** Every attribute/value pair an early script exists for (what scripts/vite/scale-assets.ts builds). */
export function allEarlyAttributes(): Array<[string, string]> {
  const pairs: Array<[string, string]> = scaleSteps().map((s) => [PAGE_ATTRIBUTES.scale, formatStep(s)]);
  pairs.push([PAGE_ATTRIBUTES.scaleWholePage, '']);
  for (const key of Object.keys(COMFORT_RANGES) as ComfortNumber[]) {
    for (const value of comfortSteps(key)) pairs.push([PAGE_ATTRIBUTES[key], formatStep(value)]);
  }
  pairs.push([PAGE_ATTRIBUTES.font, 'legible']);
  for (const theme of THEMES) if (theme !== 'page') pairs.push([PAGE_ATTRIBUTES.theme, theme]);
  return pairs;
}
