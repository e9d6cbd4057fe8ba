// The store listings' screenshots (docs/store/screenshots/, 1280 × 800 as the Chrome Web Store and addons.mozilla.org
// take them), made by the end-to-end tests in Chromium: written there only with DEDOC_UPDATE_DOCS=1, like the README's,
// and to test-results/screenshots/store/ otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness, TestPage } from './browsers';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

export const STORE_SCREENSHOT_DIR =
  process.env.DEDOC_UPDATE_DOCS === '1'
    ? new URL('../../../docs/store/screenshots/', import.meta.url).pathname
    : new URL('../../../test-results/screenshots/store/', import.meta.url).pathname;

/** A 1280 × 800 screenshot of the page as it is (Chromium only; the window goes back to its size after). */
export async function storeShot(page: TestPage, harness: Harness, name: string): Promise<void> {
  if (harness.name !== 'chromium') return;
  mkdirSync(STORE_SCREENSHOT_DIR, { recursive: true });
  const size = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  await page.setViewport(STORE_SIZE.width, STORE_SIZE.height);
  await page.screenshot(join(STORE_SCREENSHOT_DIR, `${name}.png`));
  await page.setViewport(size.width, size.height);
}
