// Small helpers shared by the end-to-end scenarios.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness, Point, TestPage } from './browsers';

export const SCREENSHOT_DIR = new URL('../../../test-results/screenshots/', import.meta.url).pathname;
/**
 * Where the screenshots the README shows are written: docs/screenshots/ only when asked for
 * (DEDOC_UPDATE_DOCS=1 npm test), so that an ordinary test run leaves the working tree clean.
 */
export const DOCS_SCREENSHOT_DIR =
  process.env.DEDOC_UPDATE_DOCS === '1'
    ? new URL('../../../docs/screenshots/', import.meta.url).pathname
    : new URL('../../../test-results/screenshots/docs/', import.meta.url).pathname;
mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });

export async function screenshot(page: TestPage, harness: Harness, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${harness.name}-${name}.png`);
  await page.screenshot(path, fullPage);
  return path;
}

/** Waits until Dễ Đọc's UI host is on the page with its toolbar. */
export function waitForDedoc(page: TestPage, timeoutMs = 10_000): Promise<void> {
  return page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.toolbar') != null, undefined, timeoutMs);
}

/**
 * Waits until the acronym annotation is done (its glossary button is no longer aria-busy): measurements that compare
 * two moments must not see wrappers arrive in between.
 */
export function waitForAcronymsDone(page: TestPage, timeoutMs = 15_000): Promise<void> {
  return page.waitFor(
    () => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="acronyms-glossary"]')?.getAttribute('aria-busy') === 'false',
    undefined,
    timeoutMs,
  );
}

export function hasDedoc(page: TestPage): Promise<boolean> {
  return page.evaluate(() => document.querySelector('dedoc-root') !== null);
}

/** Centre of an element inside <dedoc-root>'s shadow root, for a real click. */
export async function shadowPoint(page: TestPage, selector: string): Promise<Point> {
  const point = await page.evaluate((sel) => {
    const el = document.querySelector('dedoc-root')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`no ${selector} in <dedoc-root>`);
  return point;
}

/**
 * The centre of a control in <dedoc-root> once it has stopped moving: the toolbar grows when a feature finds
 * the article (the glossary button arrives beside the summary button), and a click computed just before that
 * lands on the neighbour. Waits until two readings 200 ms apart agree (at most 5 s).
 */
export async function stableShadowPoint(page: TestPage, selector: string): Promise<Point> {
  let point = await shadowPoint(page, selector);
  for (let i = 0; i < 25; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const next = await shadowPoint(page, selector);
    if (next.x === point.x && next.y === point.y) return next;
    point = next;
  }
  return point;
}

export async function pagePoint(page: TestPage, selector: string): Promise<Point> {
  const point = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`no ${selector} on the page`);
  return point;
}

/** The tab id of a page: bring it to the front, then ask the browser which tab is active. */
export async function tabIdOf(control: TestPage, page: TestPage): Promise<number> {
  await page.bringToFront();
  const id = await control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return (tab?.id as number | undefined) ?? null;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}
