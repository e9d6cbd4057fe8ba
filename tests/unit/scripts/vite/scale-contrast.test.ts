// The reading themes keep body text and links at a contrast of at least 7:1 (WCAG 1.4.6, level AAA), computed
// from the shipped style sheet itself (the packaged scale/page.css, as the build makes it), so a changed colour cannot
// slip through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_CSS_SOURCE, pageCss } from '../../../../scripts/vite/scale-assets';
import { THEMES } from '../../../../src/shared/settings';

const CSS = pageCss(readFileSync(new URL(`../../../../${PAGE_CSS_SOURCE}`, import.meta.url), 'utf8'));

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function palette(theme: string): Record<string, string> {
  const block = new RegExp(`html\\[data-dedoc-theme="${theme}"\\]\\s*\\{([^}]*)\\}`).exec(CSS)?.[1];
  if (!block) throw new Error(`no palette for ${theme}`);
  return Object.fromEntries([...block.matchAll(/--dedoc-theme-(\w+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

describe('theme contrast', () => {
  const themes = THEMES.filter((t) => t !== 'page');

  it.each(themes)('%s: body text and links ≥ 7:1 on the theme background', (theme) => {
    const { fg, bg, link } = palette(theme);
    expect(fg && bg && link).toBeTruthy();
    const text = contrast(fg!, bg!);
    const links = contrast(link!, bg!);
    console.log(`${theme}: text ${text.toFixed(2)}:1, links ${links.toFixed(2)}:1`);
    expect(text).toBeGreaterThanOrEqual(7);
    expect(links).toBeGreaterThanOrEqual(7);
  });

  it('the numbers written in page.css are the computed ones', () => {
    const claimed = /contrast ([\d.]+):1, dark ([\d.]+):1, sepia ([\d.]+):1/.exec(CSS);
    expect(claimed).not.toBeNull();
    const computed = ['contrast', 'dark', 'sepia'].map((t) => contrast(palette(t).fg!, palette(t).bg!).toFixed(1));
    expect(claimed!.slice(1)).toEqual(computed);
  });

  it('computes the reference values of WCAG', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
