// Reading comfort in real Chromium and real Firefox ESR: the on-page panel (WCAG spacing, the bundled font, themes,
// line length, Esc), the sheet and font under a strict Content-Security-Policy, and the popup's live preview.
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe';
import type { BrowserName, TestPage } from '../support/browsers';
import { openPopupFor as openPopup, setSite as setSiteIn } from '../support/extension';
import { click, waitForDedoc } from '../support/helpers';
import { DEMO, EARLY, STRICT, shot, waitForRegistration } from '../support/scale';
import { useBrowser } from '../support/suite';


describe.each(['chromium', 'firefox'] as BrowserName[])('reading comfort in %s', (name) => {
  const suite = useBrowser(name);
  const setSite = (host: string, patch: Record<string, unknown> | null) => setSiteIn(suite.control, host, patch);
  const openPopupFor = (page: TestPage, url: string) => openPopup(suite.harness, suite.control, page, url);
  /** A real click on one of our buttons (by its data-action), in view and still. */
  const clickAction = (page: TestPage, action: string) => click(page, { shadow: `[data-action="${action}"]` });

  it('reading comfort from the on-page panel: WCAG spacing, the bundled font, a dark theme at ≥ 7:1, line length; Esc closes', async () => {
    await setSite('kiengiang.gov.vn', null);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await clickAction(page, 'comfort-panel');
    await page.waitFor(() => {
      const shadow = document.querySelector('dedoc-root')?.shadowRoot;
      return shadow?.querySelector('.scale-panel:not([hidden])') !== null && shadow?.activeElement?.id === 'dedoc-scale-panel-title';
    });
    await clickAction(page, 'spacing-preset');
    await clickAction(page, 'font-legible');
    await clickAction(page, 'theme-dark');
    await clickAction(page, 'line-length');
    await clickAction(page, 'panel-font-increase');
    await clickAction(page, 'panel-font-increase');
    await clickAction(page, 'line-height-increase');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-line-height') === '1.6');
    const attributes = await page.evaluate(() =>
      Object.fromEntries(document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-dedoc-')).map((n) => [n, document.documentElement.getAttribute(n)])),
    );
    expect(attributes).toMatchObject({
      'data-dedoc-scale': '1.2',
      'data-dedoc-line-height': '1.6',
      'data-dedoc-letter-spacing': '0.12',
      'data-dedoc-word-spacing': '0.16',
      'data-dedoc-paragraph-spacing': '2',
      'data-dedoc-font': 'legible',
      'data-dedoc-theme': 'dark',
      'data-dedoc-line-length': '70',
    });
    // The font comes from the extension (no network here), and the text uses it.
    await page.waitFor(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'DeDoc Be Vietnam Pro' && f.status === 'loaded'), undefined, 10_000);
    const look = await page.evaluate(() => {
      const p = document.querySelector('[id$="RichHtmlField"] p') as HTMLElement;
      const s = getComputedStyle(p);
      const target = p.closest('[data-dedoc-scale-target]')!;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const fg = s.color;
      const bg = getComputedStyle(target).backgroundColor;
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const fontSize = parseFloat(s.fontSize);
      return {
        lineHeight: parseFloat(s.lineHeight) / fontSize,
        letterSpacing: parseFloat(s.letterSpacing) / fontSize,
        wordSpacing: parseFloat(s.wordSpacing) / fontSize,
        marginBottom: parseFloat(s.marginBottom) / fontSize,
        fontFamily: s.fontFamily,
        maxWidthCh: s.maxWidth,
        contrast: (hi! + 0.05) / (lo! + 0.05),
        fontUsed: document.fonts.check(`${s.fontSize} "DeDoc Be Vietnam Pro"`, 'Đọc dễ hơn'),
      };
    });
    expect(look.lineHeight).toBeCloseTo(1.6, 2);
    expect(look.letterSpacing).toBeCloseTo(0.12, 2);
    expect(look.wordSpacing).toBeCloseTo(0.16, 2);
    expect(look.marginBottom).toBeCloseTo(2, 2);
    expect(look.fontFamily).toContain('DeDoc Be Vietnam Pro');
    expect(look.fontUsed).toBe(true);
    expect(look.contrast).toBeGreaterThanOrEqual(7);
    console.log(`[comfort ${suite.name}] dark theme body text contrast ${look.contrast.toFixed(2)}:1, max-width ${look.maxWidthCh}`);
    await shot(page, suite.harness, 'demo-comfort-panel');
    expect(await runAxe(page, 'dedoc-root')).toEqual([]);
    // Esc closes the panel and gives the focus back to its button.
    await page.press('Escape');
    await page.waitFor(() => {
      const shadow = document.querySelector('dedoc-root')?.shadowRoot;
      return shadow?.querySelector('.scale-panel')?.hasAttribute('hidden') && (shadow?.activeElement as HTMLElement | null)?.dataset.action === 'comfort-panel';
    });
    await shot(page, suite.harness, 'demo-comfort-dark');
    // All of it is remembered and in force before the first paint of the next visit.
    await waitForRegistration(suite.control, 'kiengiang.gov.vn', 'scale/early/theme-dark.js');
    await page.goto(suite.server.url('kiengiang.gov.vn', EARLY));
    expect(await page.evaluate(() => (window as any).__dedocEarly)).toMatchObject({ scaleAttribute: '1.2', isMarked: true, rendered: 15.6 });
    expect(await page.evaluate(() => parseFloat((window as any).__dedocEarly.lineHeight) / 13)).toBeCloseTo(1.6, 2);
    await waitForDedoc(page);
    await clickAction(page, 'comfort-panel');
    await clickAction(page, 'comfort-reset');
    await page.waitFor(
      (names) => names.every((n) => !document.documentElement.hasAttribute(n)),
      ['data-dedoc-scale', 'data-dedoc-line-height', 'data-dedoc-letter-spacing', 'data-dedoc-word-spacing', 'data-dedoc-paragraph-spacing', 'data-dedoc-font', 'data-dedoc-theme', 'data-dedoc-line-length'],
    );
    expect(await page.evaluate(() => document.querySelectorAll('[data-dedoc-scale-target]').length)).toBe(0);
    await page.close();
  });


  it('the sheet and the font reach a page with a strict Content-Security-Policy (first change, no registration yet)', async () => {
    await setSite('kiengiang.gov.vn', null);
    await waitForRegistration(suite.control, 'kiengiang.gov.vn', null);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', STRICT));
    await waitForDedoc(page);
    await clickAction(page, 'font-increase');
    await clickAction(page, 'comfort-panel');
    await clickAction(page, 'font-legible');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-font') === 'legible');
    await page.waitFor(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'DeDoc Be Vietnam Pro' && f.status === 'loaded'), undefined, 10_000);
    const state = await page.evaluate(() => {
      const p = document.querySelector('#first') as (Element & { currentCSSZoom?: number }) | null;
      return { targets: document.querySelectorAll('[data-dedoc-scale-target]').length, zoom: p?.currentCSSZoom, nodes: document.querySelectorAll('style, link:not([href="article.css"])').length };
    });
    expect(state.targets).toBeGreaterThan(0);
    expect(state.zoom).toBeCloseTo(1.1, 5);
    // No node was added to the page for it (the page's own policy forbids inline styles anyway).
    expect(state.nodes).toBe(0);
    await setSite('kiengiang.gov.vn', null);
    await page.close();
  });


  it('popup: the slider previews live on the page, presets and comfort switches apply, axe finds nothing', async () => {
    await setSite('kiengiang.gov.vn', null);
    const url = suite.server.url('kiengiang.gov.vn', DEMO);
    const page = await suite.harness.newPage(url);
    await waitForDedoc(page);
    const popup = await openPopupFor(page, url);
    await popup.waitFor(() => document.querySelector('input[data-setting="scale"]') !== null);
    expect(await runAxe(popup)).toEqual([]);
    // Keyboard on the slider: each arrow is one 10 % step, and the page follows at once.
    await click(popup, 'input[data-setting="scale"]');
    await popup.press('Home');
    for (let i = 0; i < 3; i++) await popup.press('ArrowRight');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '1.3');
    expect(await popup.evaluate(() => document.querySelector('.size-value')?.textContent)).toBe('130%');
    await click(popup, '[data-action="popup-preset"][data-value="2"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '2');
    await click(popup, 'input[data-setting="spacing"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-line-height') === '1.5');
    await click(popup, 'input[data-setting="theme"][value="sepia"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-theme') === 'sepia');
    await popup.evaluate(() => window.scrollTo(0, 0));
    await shot(popup, suite.harness, 'popup');
    await shot(page, suite.harness, 'demo-200-sepia');
    expect(await runAxe(popup)).toEqual([]);
    // The whole page instead of the article alone: the body grows, the article with it (not twice), and the
    // portal's own max-width layout keeps the page without horizontal scrolling.
    await click(popup, 'input[data-setting="scaleWholePage"]');
    await page.waitFor(() => document.documentElement.hasAttribute('data-dedoc-scale-page'));
    const whole = await page.evaluate(() => {
      const p = document.querySelector('[id$="RichHtmlField"] p') as Element & { currentCSSZoom?: number };
      const menu = document.querySelector('.kg-leftmenu-list a') as Element & { currentCSSZoom?: number };
      return {
        body: (document.body as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom,
        text: parseFloat(getComputedStyle(p).fontSize) * (p.currentCSSZoom ?? 1),
        menu: parseFloat(getComputedStyle(menu).fontSize) * (menu.currentCSSZoom ?? 1),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(whole.body).toBeCloseTo(2, 5);
    expect(whole.text).toBeCloseTo(26, 1);
    expect(whole.menu).toBeCloseTo(24, 1);
    expect(whole.overflow).toBeLessThanOrEqual(0);
    await shot(page, suite.harness, 'demo-200-whole-page');
    await click(popup, '[data-action="popup-comfort-reset"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === null && document.documentElement.getAttribute('data-dedoc-theme') === null);
    await popup.close();
    await page.close();
  });
});
