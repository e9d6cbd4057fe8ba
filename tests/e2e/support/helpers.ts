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

/**
 * Lets time pass. Only to watch that nothing happens for a while (a late second toolbar, a write that must not come)
 * or between the rounds of a poll; never to wait for something to happen: wait on a condition the product exposes.
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

/**
 * What a test points at: a selector in the page, or `{ shadow }`, a selector inside <dedoc-root>'s shadow root.
 */
export type Target = string | { shadow: string };

function describeTarget(target: Target): string {
  return typeof target === 'string' ? target : `<dedoc-root> ${target.shadow}`;
}

/**
 * Where to click a target, the way a careful reader would: scrolled into view (its centre inside the window),
 * measured once it has stopped moving (the same box in three readings a frame apart: panels slide in, the
 * toolbar grows when a feature finds the article, a long article's layout settles), and only when the point
 * really hits it (nothing drawn over it). Every click and hover of the end-to-end tests goes through here.
 */
export async function pointOf(page: TestPage, target: Target, timeoutMs = 10_000): Promise<Point> {
  const found = await page.evaluate(
    async ({ selector, isShadow, timeoutMs }) => {
      const root: Document | ShadowRoot | null | undefined = isShadow ? document.querySelector('dedoc-root')?.shadowRoot : document;
      // A frame, or 50 ms where frames do not come (a tab in the background does not render).
      const nextFrame = () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => resolve());
          setTimeout(resolve, 50);
        });
      const name = (el: Element | null) =>
        el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}` : 'nothing';
      const deadline = performance.now() + timeoutMs;
      let last = '';
      let sameReadings = 0;
      let why = 'not on the page';
      while (performance.now() < deadline) {
        const el = root?.querySelector(selector);
        if (!el) {
          why = 'not on the page';
          sameReadings = 0;
          await nextFrame();
          continue;
        }
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width === 0 || r.height === 0) {
          why = 'not drawn (no size)';
          sameReadings = 0;
        } else if (x < 1 || y < 1 || x > innerWidth - 1 || y > innerHeight - 1) {
          why = `outside the window at (${Math.round(x)}, ${Math.round(y)})`;
          el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
          sameReadings = 0;
          last = '';
        } else {
          const box = `${r.left},${r.top},${r.width},${r.height}`;
          sameReadings = box === last ? sameReadings + 1 : 0;
          last = box;
          if (sameReadings >= 2) {
            const hit = root!.elementFromPoint(x, y);
            if (hit && (hit === el || el.contains(hit))) return { x, y };
            why = `covered by ${name(hit)}`;
            sameReadings = 0;
          } else {
            why = 'still moving';
          }
        }
        await nextFrame();
      }
      return { error: why };
    },
    { selector: typeof target === 'string' ? target : target.shadow, isShadow: typeof target !== 'string', timeoutMs },
  );
  if ('error' in found) throw new Error(`cannot point at ${describeTarget(target)}: ${found.error}`);
  return found;
}

/** A real (trusted) click on a target, once it is in view, still, and not covered (see pointOf). */
export async function click(page: TestPage, target: Target): Promise<void> {
  await page.clickAt(await pointOf(page, target));
}

/**
 * A real pointer travelling onto a target (hover), from `offset` away, in `steps` moves, as a hand would.
 * Returns the point it rests on.
 */
export async function hover(page: TestPage, target: Target, offset: Point = { x: -300, y: -80 }, steps = 5): Promise<Point> {
  const point = await pointOf(page, target);
  await page.moveMouse({ x: Math.max(1, point.x + offset.x), y: Math.max(1, point.y + offset.y) });
  await page.moveMouse(point, steps);
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
