// Reloading (updating) the extension with an article open, in real Chromium and real Firefox ESR: afterwards the
// page has exactly one toolbar, and it works; each acronym is wrapped once; the article's text is what it was; and
// the page's console shows no "Extension context invalidated". Chrome puts nothing into open tabs by itself (the
// background injects boot on update, and the old copy stops when its port disconnects); Firefox injects a new copy
// while the old one's sandbox is dead (the new copy's boot cleans what the old one left).
// How the update is made: Firefox reloads the temporary add-on on runtime.reload() from an extension page; Chromium
// unloads an extension given by --load-extension on runtime.reload() and never brings it back, so there the same
// folder is loaded again over CDP (Extensions.loadUnpacked, the browser session), which Chrome treats as an update.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Harness, type TestPage } from './support/browsers';
import { resetExtension } from './support/extension';
import { click, sleep, waitForAcronymsDone, waitForDedoc } from './support/helpers';
import { startServer, type TestServer } from './support/server';

const DEMO = '/tin-tuc/nam-dan-van-chinh-quyen.html';
const ROOT = new URL('../../', import.meta.url).pathname;
/** The build under test, as support/browsers.ts finds it. */
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');

/** Chromium: loads the extension's folder again through the browser's DevTools endpoint (an update). */
async function reloadOverCdp(profile: string): Promise<void> {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const session = await browser.target().createCDPSession();
    await session.send('Extensions.loadUnpacked' as never, { path: join(OUT, 'chrome') } as never);
  } finally {
    await browser.disconnect();
  }
}

/** Firefox: the temporary add-on reloads itself when an extension page asks. */
async function reloadFromExtensionPage(harness: Harness): Promise<void> {
  const control = await harness.openExtensionPage('src/options/index.html');
  await control.evaluate(() => {
    type Api = { runtime: { reload(): void } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = scope.browser ?? scope.chrome;
    setTimeout(() => api?.runtime.reload(), 100);
  });
}

interface PageState {
  roots: number;
  abbrs: number;
  nested: number;
  text: string;
  scale: string | null;
}

function pageState(page: TestPage): Promise<PageState> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // The portal's clock ticks by itself.
    clone.querySelector('#kg-clock')?.remove();
    clone.querySelectorAll('dedoc-root').forEach((r) => r.remove());
    return {
      roots: document.querySelectorAll('dedoc-root').length,
      abbrs: document.querySelectorAll('abbr[data-dedoc-acronym]').length,
      nested: document.querySelectorAll('abbr[data-dedoc-acronym] abbr[data-dedoc-acronym]').length,
      text: clone.textContent ?? '',
      scale: document.documentElement.getAttribute('data-dedoc-scale'),
    };
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('an extension update with a page open in %s', (name) => {
  let server: TestServer;
  let harness: Harness;
  const profile = mkdtempSync(join(tmpdir(), 'dedoc-update-'));

  beforeAll(async () => {
    server = await startServer();
    harness = await launch(name, {
      profile,
      // The DevTools endpoint (its port in the profile's DevToolsActivePort), with the Extensions domain.
      extraArgs: ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging'],
    });
    const control = await harness.openExtensionPage('src/options/index.html');
    await resetExtension(control);
    await control.close();
  }, 90_000);
  afterEach(async () => {
    await harness?.closePagesExcept([]);
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('leaves one working toolbar, each acronym wrapped once, the text intact and no context errors', async () => {
    const page = await harness.newPage(server.url('kiengiang.gov.vn', DEMO));
    const console: string[] = [];
    page.onConsole((text) => console.push(text));
    await waitForDedoc(page);
    await waitForAcronymsDone(page);
    const before = await pageState(page);
    expect(before.roots).toBe(1);
    expect(before.abbrs).toBeGreaterThan(5);
    // The old copy's toolbar, as the page's own script sees it.
    await page.evaluate(() => void ((document.querySelector('dedoc-root') as HTMLElement & { old?: boolean }).old = true));

    if (name === 'chromium') await reloadOverCdp(profile);
    else await reloadFromExtensionPage(harness);

    // The new copy's toolbar, in place of the old one.
    await page.waitFor(
      () => {
        const roots = [...document.querySelectorAll('dedoc-root')] as Array<HTMLElement & { old?: boolean }>;
        return roots.length === 1 && !roots[0]!.old && roots[0]!.shadowRoot?.querySelector('.toolbar') != null;
      },
      undefined,
      30_000,
    );
    await waitForAcronymsDone(page);
    // Time for a late old copy to show itself (a second toolbar, wrappers inside wrappers, errors).
    await sleep(1500);
    const after = await pageState(page);
    expect(after.roots).toBe(1);
    expect(after.nested).toBe(0);
    expect(after.abbrs).toBe(before.abbrs);
    expect(after.text).toBe(before.text);

    // The toolbar works: A+ grows the text.
    await click(page, { shadow: '[data-action="font-increase"]' });
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '1.1');
    expect((await pageState(page)).roots).toBe(1);
    expect(console.filter((text) => /context invalidated|dead object/i.test(text))).toEqual([]);
  }, 90_000);
});
