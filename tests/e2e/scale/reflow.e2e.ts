// Reflow at 200 % on the demo pages and every page fixture, at 1280 and 390 px, in real Chromium and Firefox ESR:
// no horizontal scrolling of the page, nothing of the article sticking out, cut off or overlapping.
import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../support/browsers';
import { setSite as setSiteIn } from '../support/extension';
import { sleep, waitForAcronymsDone, waitForDedoc } from '../support/helpers';
import { DEMO, DEMO_2, MEASURE, fixtures, shot } from '../support/scale';
import { useBrowser } from '../support/suite';


describe.each(['chromium', 'firefox'] as BrowserName[])('text size reflow in %s', (name) => {
  const suite = useBrowser(name);
  const setSite = (host: string, patch: Record<string, unknown> | null) => setSiteIn(suite.control, host, patch);

  describe('reflow at 200 %: no horizontal scrolling of the article, nothing clipped or overlapping', () => {
    const pages = [
      { name: 'demo', host: 'kiengiang.gov.vn', path: DEMO, hasArticle: true },
      { name: 'demo-2', host: 'kiengiang.gov.vn', path: DEMO_2, hasArticle: true },
      ...fixtures.map((f) => ({ name: f.name, host: f.host, path: `/__fixtures__/${f.name}/`, hasArticle: f.hasArticle })),
    ];
    const SHOTS = new Set(['demo', 'baochinhphu.vn--chinh-sach-moi-thang-3-2026', 'vnexpress.net--soc-nang-luong', 'qdnd.vn--article.excerpt']);

    it.each(pages)('$name', async ({ name: pageName, host, path, hasArticle }) => {
      const report: string[] = [];
      for (const [width, height] of [
        [1280, 900],
        [390, 844],
      ] as const) {
        await setSite(host, null);
        await setSite(host, { scale: 1, theme: 'contrast' });
        const page = await suite.harness.newPage();
        await page.setViewport(width, height);
        await page.goto(suite.server.url(host, path));
        // Large fixtures wait for their (unreachable) remote images before document_idle in Firefox.
        await waitForDedoc(page, 30_000);
        if (hasArticle) await page.waitFor(() => document.querySelectorAll('[data-dedoc-scale-target]').length > 0);
        else await sleep(300);
        // The acronyms' wrappers are part of what is measured: all of them there before the first measurement.
        await waitForAcronymsDone(page);
        // 100 %: the page's own layout (the theme changes colours only, so the article's parts are marked).
        const base = await page.evaluate(MEASURE, 'base');
        if (SHOTS.has(pageName) && suite.name === 'chromium') await shot(page, suite.harness, `${pageName}-${width}-100`);
        await setSite(host, { scale: 2, theme: 'page' });
        await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '2');
        // Measured after the new size has been laid out and drawn (two frames).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const grown = await page.evaluate(MEASURE, 'grown');
        if (SHOTS.has(pageName) && suite.name === 'chromium') await shot(page, suite.harness, `${pageName}-${width}-200`);
        report.push(`${width}px: page ${base.docWidth}→${grown.docWidth}px, ${grown.targets} parts, ${grown.checked} boxes, ${grown.text}`);
        expect(grown.targets, `${width}`).toBe(base.targets);
        if (hasArticle) {
          expect(grown.targets, `${width}`).toBeGreaterThan(0);
          expect(grown.grownText, `${width}: text grew`).toBe(true);
        }
        // The page is not wider than it was at 100 % (or than the window).
        expect(grown.docWidth, `${width}: page width`).toBeLessThanOrEqual(Math.max(base.docWidth, width) + 1);
        // Nothing of the article sticks out of it, is cut off, or lies over the next block, that did not at 100 %.
        expect(grown.outside, `${width}: outside the article`).toEqual([]);
        expect(grown.clipped, `${width}: clipped`).toEqual([]);
        expect(grown.overlaps, `${width}: overlapping`).toEqual([]);
        await page.close();
      }
      console.log(`[reflow ${suite.name}] ${pageName}: ${report.join(' | ')}`);
      await setSite(host, null);
    }, 120_000);
  });
});
