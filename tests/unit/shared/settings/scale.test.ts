// Reading-comfort settings: defaults, repair of broken values, the grids, and the page contract
// (which <html> attributes and early-paint files a site's settings give).
import { describe, expect, it } from 'vitest';
import {
  COMFORT_RANGES,
  WCAG_SPACING,
  defaultSettings,
  sanitizePrefs,
  sanitizeSitesState,
  siteSettings,
  snapComfort,
  type Repair,
  type SiteSettings,
} from '../../../../src/shared/settings';
import {
  MARK_SCRIPT_FILE,
  allEarlyAttributes,
  comfortSteps,
  earlyScriptFile,
  earlyScripts,
  formatStep,
  pageAttributes,
  scaleSteps,
  stepScale,
} from '../../../../src/shared/settings/scale';

const site = (patch: Partial<SiteSettings> = {}): SiteSettings => ({ ...defaultSettings().siteDefaults, ...patch });

describe('reading-comfort settings', () => {
  it('leave every page as it is by default', () => {
    expect(defaultSettings().siteDefaults).toEqual({
      enabled: true,
      scale: 1,
      scaleWholePage: false,
      lineHeight: 0,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 0,
      font: 'page',
      theme: 'page',
      maxLineLength: 0,
    });
    expect(pageAttributes(site())).toEqual([]);
    expect(earlyScripts(site())).toEqual([]);
  });

  it('keep valid stored values (snapped to their grid) and drop broken ones with a repair note', () => {
    const repairs: Repair[] = [];
    const state = sanitizeSitesState(
      {
        version: 1,
        sites: {
          'kiengiang.gov.vn': { scale: 1.5, lineHeight: 1.83, letterSpacing: 0.13, wordSpacing: 9, paragraphSpacing: -1, font: 'legible', theme: 'dark', maxLineLength: 72, scaleWholePage: true },
          'qdnd.vn': { scale: 2, lineHeight: 'tall', font: 'comic', theme: 'neon', scaleWholePage: 'yes', maxLineLength: null },
        },
        userSites: [],
      },
      repairs,
    );
    expect(state.sites['kiengiang.gov.vn']).toEqual({
      scale: 1.5,
      lineHeight: 1.8,
      letterSpacing: 0.14,
      wordSpacing: 0.4,
      paragraphSpacing: 0,
      font: 'legible',
      theme: 'dark',
      maxLineLength: 70,
      scaleWholePage: true,
    });
    expect(state.sites['qdnd.vn']).toEqual({ scale: 2 });
    expect(repairs.map((r) => r.path).sort()).toEqual(
      ['sites.qdnd.vn.font', 'sites.qdnd.vn.lineHeight', 'sites.qdnd.vn.maxLineLength', 'sites.qdnd.vn.scaleWholePage', 'sites.qdnd.vn.theme'].sort(),
    );
  });

  it('repair broken defaults without losing the valid ones', () => {
    const repairs: Repair[] = [];
    const prefs = sanitizePrefs({ version: 1, siteDefaults: { scale: 1.3, theme: 42, lineHeight: 1.5 } }, repairs);
    expect(prefs.siteDefaults).toMatchObject({ scale: 1.3, theme: 'page', lineHeight: 1.5 });
    expect(repairs.map((r) => r.path)).toEqual(['siteDefaults.theme']);
  });

  it('snap each comfort value to its grid; 0 and below mean the page’s own', () => {
    expect(snapComfort('lineHeight', 0)).toBe(0);
    expect(snapComfort('lineHeight', -3)).toBe(0);
    expect(snapComfort('lineHeight', 1.2)).toBe(1.5);
    expect(snapComfort('lineHeight', 9)).toBe(2.5);
    expect(snapComfort('letterSpacing', 0.12)).toBe(0.12);
    expect(snapComfort('wordSpacing', 0.16)).toBe(0.16);
    expect(snapComfort('paragraphSpacing', 2)).toBe(2);
    expect(snapComfort('maxLineLength', 70)).toBe(70);
    for (const [key, value] of Object.entries(WCAG_SPACING)) {
      expect(comfortSteps(key as keyof typeof COMFORT_RANGES)).toContain(value);
    }
  });

  it('step the size by 10 % between 100 % and 300 %', () => {
    expect(scaleSteps()).toHaveLength(20);
    expect(scaleSteps()[0]).toBe(1.1);
    expect(scaleSteps().at(-1)).toBe(3);
    expect(stepScale(1, 1)).toBe(1.1);
    expect(stepScale(1.4, 1)).toBe(1.5);
    expect(stepScale(3, 1)).toBe(3);
    expect(stepScale(1, -1)).toBe(1);
    // Floating point never leaves the grid: ten steps up from 100 % is exactly 200 %.
    let scale = 1;
    for (let i = 0; i < 10; i++) scale = stepScale(scale, 1);
    expect(scale).toBe(2);
  });

  it('write the page contract: data-dedoc-scale="1.3", absent at 100 %, one attribute per comfort option', () => {
    expect(pageAttributes(site({ scale: 1.3 }))).toEqual([['data-dedoc-scale', '1.3']]);
    expect(pageAttributes(site({ scale: 1, scaleWholePage: true }))).toEqual([]);
    expect(pageAttributes(site({ scale: 2, scaleWholePage: true, ...WCAG_SPACING, font: 'legible', theme: 'sepia', maxLineLength: 70 }))).toEqual([
      ['data-dedoc-scale', '2'],
      ['data-dedoc-scale-page', ''],
      ['data-dedoc-line-height', '1.5'],
      ['data-dedoc-letter-spacing', '0.12'],
      ['data-dedoc-word-spacing', '0.16'],
      ['data-dedoc-paragraph-spacing', '2'],
      ['data-dedoc-line-length', '70'],
      ['data-dedoc-font', 'legible'],
      ['data-dedoc-theme', 'sepia'],
    ]);
    // A site switched off gets nothing, whatever it had.
    expect(pageAttributes(site({ enabled: false, scale: 2 }))).toEqual([]);
  });

  it('name one shipped early-paint file per attribute value, plus the article marker', () => {
    expect(earlyScripts(site({ scale: 1.5, theme: 'dark' }))).toEqual(['scale/early/scale-1.5.js', 'scale/early/theme-dark.js', MARK_SCRIPT_FILE]);
    expect(earlyScriptFile('data-dedoc-scale-page', '')).toBe('scale/early/scale-page.js');
    const files = allEarlyAttributes().map(([n, v]) => earlyScriptFile(n, v));
    expect(new Set(files).size).toBe(files.length);
    // Every reachable setting has its file: all grids, both booleans, every theme.
    const settings = defaultSettings();
    for (const [key, range] of Object.entries(COMFORT_RANGES)) {
      for (const value of comfortSteps(key as keyof typeof COMFORT_RANGES)) {
        const scripts = earlyScripts(siteSettings({ ...settings, siteDefaults: site({ [key]: value }) }, 'x.gov.vn'));
        expect(files, `${key}=${value}`).toContain(scripts[0]);
      }
      expect(range.min).toBeGreaterThan(0);
    }
    expect(formatStep(0.1 + 0.2)).toBe('0.3');
  });
});
