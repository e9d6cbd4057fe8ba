// A phone, as Firefox for Android shows a page, in real Chromium and real Firefox ESR: a 360 × 740 window with touch
// input (Chromium's touch emulation; Firefox with touch events on). No Android device is available here, so this is
// how "works on a phone" is checked: the toolbar is a bar inside the screen's width that never covers the article's
// first line (it changes edge when the line would be behind it), it folds to one button, acronym tooltips open on a
// tap and close on a tap elsewhere, and a panel takes the whole width.
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { pointOf, screenshot, waitForAcronymsDone, waitForDedoc } from './support/helpers';
import { useBrowser } from './support/suite';

const DEMO = '/tin-tuc/nam-dan-van-chinh-quyen.html';
const FIRST_PARAGRAPH = '.ms-rtestate-field > p';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The toolbar's box, its edge, and the box of the article's first line of text (its first line box). */
function layout(page: TestPage): Promise<{ bar: Box; edge: string | null; line: Box; width: number; height: number }> {
  return page.evaluate((selector) => {
    const toolbar = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.toolbar') as HTMLElement;
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector)!);
    const first = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0)!;
    return { bar: box(toolbar.getBoundingClientRect()), edge: toolbar.getAttribute('data-edge'), line: box(first), width: innerWidth, height: innerHeight };
  }, FIRST_PARAGRAPH);
}

const overlaps = (a: Box, b: Box) => a.bottom > b.top && a.top < b.bottom;

/** Scrolls the window so that the first line's top is at `y` in the window, then waits for the toolbar to settle. */
async function scrollLineTo(page: TestPage, y: number): Promise<void> {
  await page.evaluate(
    ({ selector, y }) => {
      const top = document.querySelector(selector)!.getBoundingClientRect().top;
      window.scrollBy({ top: top - y, behavior: 'instant' });
    },
    { selector: FIRST_PARAGRAPH, y },
  );
  // The bar is placed in the frame after a scroll: wait until it no longer covers the line (or time out and fail below).
  await page
    .waitFor((selector) => {
      const toolbar = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.toolbar') as HTMLElement;
      const bar = toolbar.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(selector)!);
      const line = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0)!;
      return !(bar.bottom > line.top && bar.top < line.bottom);
    }, FIRST_PARAGRAPH, 5_000)
    .catch(() => undefined);
}

function tooltipOpen(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const tip = document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null;
    return tip != null && !tip.hidden;
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: a phone (360 × 740, touch)', (name) => {
  const suite = useBrowser(name, { viewport: { width: 360, height: 740 }, hasTouch: true });

  it('the toolbar is a bar within the width that never covers the first line, folds to one button; a panel takes the whole width', async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronymsDone(page);
    const start = await layout(page);
    expect(start.width).toBe(360);
    expect(start.bar.left).toBeGreaterThanOrEqual(0);
    expect(start.bar.right).toBeLessThanOrEqual(start.width);
    expect(start.bar.bottom - start.bar.top).toBeLessThan(120);

    // The first line at the bottom of the screen, where the bar is (a shorter window: the page cannot scroll above its
    // top): the bar goes to the top edge.
    expect(overlaps(start.bar, start.line), JSON.stringify(start)).toBe(false);
    await page.setViewport(360, Math.round(start.line.bottom + 8));
    await scrollLineTo(page, start.line.top);
    const atBottom = await layout(page);
    expect(atBottom.edge, JSON.stringify(atBottom)).toBe('top');
    expect(overlaps(atBottom.bar, atBottom.line), JSON.stringify(atBottom)).toBe(false);
    await screenshot(page, suite.harness, 'phone-line-at-bottom');
    // The first line at the top of a phone's screen: the bar goes back to the bottom edge.
    await page.setViewport(360, 740);
    await scrollLineTo(page, 10);
    const atTop = await layout(page);
    expect(atTop.edge).toBe('bottom');
    expect(overlaps(atTop.bar, atTop.line), JSON.stringify(atTop)).toBe(false);
    await screenshot(page, suite.harness, 'phone-line-at-top');

    // The size panel: the whole width (4 px each side), inside the screen.
    await page.tap(await pointOf(page, { shadow: '[data-action="comfort-panel"]' }));
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.scale-panel') as HTMLElement | null)?.hidden);
    const panel = await page.evaluate(() => {
      const r = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.scale-panel')!.getBoundingClientRect();
      // The width without a classic scrollbar (desktop Firefox draws one; Android's float over the page).
      return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
    });
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left).toBeLessThanOrEqual(8);
    expect(panel.right).toBeGreaterThanOrEqual(panel.width - 8);
    expect(panel.right).toBeLessThanOrEqual(panel.width);
    await screenshot(page, suite.harness, 'phone-size-panel');
    await page.tap(await pointOf(page, { shadow: '[data-action="comfort-close"]' }));

    // Folded: one button in a corner.
    await page.tap(await pointOf(page, { shadow: '[data-action="toolbar-collapse"]' }));
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.toolbar')?.getAttribute('data-collapsed') === 'true');
    const folded = await layout(page);
    expect(folded.bar.right - folded.bar.left).toBeLessThan(80);
    await screenshot(page, suite.harness, 'phone-folded');
  });

  it('an acronym tooltip opens on a tap and closes on a tap elsewhere', async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronymsDone(page);
    await page.tap(await pointOf(page, 'abbr[data-dedoc-acronym]'));
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null)?.hidden);
    const tip = await page.evaluate(() => {
      const el = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.acr-tip') as HTMLElement;
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right };
    });
    expect(tip.text).toContain('Ủy ban nhân dân');
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(360);
    await screenshot(page, suite.harness, 'phone-tooltip');
    // A tap on the title (no acronym there) closes it.
    await page.tap(await pointOf(page, 'h1.news-title'));
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null)?.hidden === true);
    expect(await tooltipOpen(page)).toBe(false);
  });
});
