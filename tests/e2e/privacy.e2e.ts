// What a page can learn about Dễ Đọc, in real Chromium and real Firefox ESR: no extension URL anywhere the page's
// own script can read (DOM, attributes, style sheets, adopted sheets, document.fonts, resource timing), with the
// bundled legible font on and in use, on a first change (no early-paint registration yet) and on a later visit.
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { setSite } from './support/extension';
import { click, waitForDedoc } from './support/helpers';
import { DEMO, STRICT, waitForRegistration } from './support/scale';
import { useBrowser } from './support/suite';
import { extensionTraces } from './support/traces';

/**
 * Runs in the page: is the bundled font the one the text is drawn with? Two probes in our family with different
 * fallbacks have the same width only when the family itself is there (a font loaded under that name).
 */
function isLegibleFontDrawn(page: TestPage): Promise<boolean> {
  return page.evaluate(async () => {
    const measure = (fallback: string) => {
      const span = document.createElement('span');
      span.textContent = 'Đọc dễ hơn cho người cao tuổi — Ủy ban nhân dân';
      span.style.cssText = `font: 20px "DeDoc Be Vietnam Pro", ${fallback}; position: absolute; white-space: nowrap; visibility: hidden`;
      document.body.append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    for (let i = 0; i < 50; i++) {
      if (Math.abs(measure('monospace') - measure('serif')) < 0.5) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('what a page can see, in %s', (name) => {
  const suite = useBrowser(name);

  it('no extension URL readable by the page with the legible font switched on here (no registration yet), and the font is drawn', async () => {
    await setSite(suite.control, 'kiengiang.gov.vn', null);
    await waitForRegistration(suite.control, 'kiengiang.gov.vn', null);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await click(page, { shadow: '[data-action="comfort-panel"]' });
    await click(page, { shadow: '[data-action="font-legible"]' });
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-font') === 'legible');
    expect(await isLegibleFontDrawn(page)).toBe(true);
    const article = await page.evaluate(() => getComputedStyle(document.querySelector('[id$="RichHtmlField"] p')!).fontFamily);
    expect(article).toContain('DeDoc Be Vietnam Pro');
    const traces = await extensionTraces(page);
    expect(traces.found).toEqual([]);
    expect(traces.looked.nodes).toBeGreaterThan(100);
    expect(traces.looked.rules).toBeGreaterThan(10);
    await page.close();
  });

  it('no extension URL readable by the page on a later visit (early-paint registration), and the font is drawn', async () => {
    await setSite(suite.control, 'kiengiang.gov.vn', { font: 'legible' });
    await waitForRegistration(suite.control, 'kiengiang.gov.vn', 'scale/early/font-legible.js');
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-dedoc-font'))).toBe('legible');
    expect(await isLegibleFontDrawn(page)).toBe(true);
    console.log(`[privacy ${name}] font faces the page sees: ${await page.evaluate(() => [...document.fonts].map((f) => `${f.weight}/${f.style}:${f.status}`).join(' ') || 'none')}`);
    const traces = await extensionTraces(page);
    expect(traces.found).toEqual([]);
    expect(traces.looked.nodes).toBeGreaterThan(100);
    // Nothing of ours is web-accessible: even knowing the extension's origin (Chrome's id is public), a page
    // cannot fetch the font to tell that Dễ Đọc is installed.
    const probe = await page.evaluate(async (origin) => {
      try {
        const response = await fetch(`${origin}/scale/fonts/be-vietnam-pro-latin-400-normal.woff2`);
        return `status ${response.status}`;
      } catch {
        return 'refused';
      }
    }, suite.harness.extensionOrigin);
    expect(probe).toBe('refused');
    await page.close();
  });

  it('the legible font is drawn on a later visit to a page with a strict Content-Security-Policy', async () => {
    await setSite(suite.control, 'kiengiang.gov.vn', { font: 'legible' });
    await waitForRegistration(suite.control, 'kiengiang.gov.vn', 'scale/early/font-legible.js');
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', STRICT));
    await waitForDedoc(page);
    expect(await isLegibleFontDrawn(page)).toBe(true);
    expect((await extensionTraces(page)).found).toEqual([]);
    await page.close();
  });
});
