// Text size from the keyboard and across a browser restart.
// Keyboard shortcuts are the browser's own accelerators: a key event sent into the page (CDP, WebDriver BiDi)
// never reaches them, headless or not. So this part runs each browser with a real window on a virtual X display
// (Xvfb) and presses the keys with xdotool, as a reader's keyboard would (Debian packages xvfb and xdotool).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, launchChromium, type BrowserName, type Harness, type TestPage } from '../support/browsers';
import { setSite, settingsWhen } from '../support/extension';
import { sleep, waitForDedoc } from '../support/helpers';
import { DEMO, EARLY, waitForRegistration } from '../support/scale';
import { startServer, type TestServer } from '../support/server';


/** Starts Xvfb on a free display; resolves with its name (":N") once the server is ready. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolvePromise, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    xvfb.once('error', reject);
    xvfb.stdout!.once('data', (data: Buffer) => resolvePromise({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('keyboard shortcuts in %s (a real window under Xvfb, keys from xdotool)', (name) => {
  let server: TestServer;
  let xvfb: { display: string; process: ChildProcess };
  let harness: Harness;

  beforeAll(async () => {
    for (const tool of ['Xvfb', 'xdotool']) {
      try {
        execFileSync('which', [tool], { stdio: 'ignore' });
      } catch {
        throw new Error(`${tool} is missing: apt-get install -y xvfb xdotool (scripts/ensure-browsers.mjs)`);
      }
    }
    server = await startServer();
    xvfb = await startXvfb();
    harness = await launch(name, { isHeaded: true, env: { DISPLAY: xvfb.display }, viewport: { width: 1200, height: 800 } });
  }, 90_000);

  afterAll(async () => {
    await harness?.close();
    xvfb?.process.kill();
    await server?.close();
  });

  const press = (keys: string) => execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: xvfb.display } });
  const scaleBecomes = (page: TestPage, value: string | null) =>
    page.waitFor((v) => document.documentElement.getAttribute('data-dedoc-scale') === v, value, 8000);

  it('Alt+Shift+↑ / ↓ / 0 grow, shrink and reset the text of the site in the active tab, and are remembered', async () => {
    // The window the browser opened itself: it has the keyboard focus of the display.
    const page = await harness.newPage(server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await page.bringToFront();
    press('alt+shift+Up');
    await scaleBecomes(page, '1.1');
    press('alt+shift+Up');
    await scaleBecomes(page, '1.2');
    press('alt+shift+Down');
    await scaleBecomes(page, '1.1');
    const control = await harness.openExtensionPage('src/options/index.html');
    const stored = (await settingsWhen(control, (s) => s.sites['kiengiang.gov.vn']?.scale === 1.1)).sites['kiengiang.gov.vn'];
    const commands: Array<{ name: string; shortcut: string }> = await control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.commands.getAll();
    });
    await control.close();
    expect(stored.scale).toBe(1.1);
    const shortcuts = Object.fromEntries(commands.filter((c) => c.name.startsWith('scale-')).map((c) => [c.name, c.shortcut]));
    console.log(`[shortcuts ${name}] ${JSON.stringify(shortcuts)}`);
    expect(Object.values(shortcuts).every((key) => /Alt\+Shift\+/.test(key))).toBe(true);
    await page.bringToFront();
    press('alt+shift+0');
    await scaleBecomes(page, null);
  });
});

// After a browser restart the registrations are still there (persistAcrossSessions), so the very first load is
// scaled before its first paint. Chromium only: an unpacked extension loaded with --load-extension comes back with
// the same profile, while Firefox uninstalls a temporary add-on (the only kind a test can install) when it quits.
describe('after a browser restart (chromium)', () => {
  let server: TestServer;
  const profile = mkdtempSync(join(tmpdir(), 'dedoc-restart-'));

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the first load after the restart is at the saved size while it is parsed', async () => {
    let harness = await launchChromium({ profile });
    const control = await harness.openExtensionPage('src/options/index.html');
    await setSite(control, 'kiengiang.gov.vn', { scale: 1.8 });
    await waitForRegistration(control, 'kiengiang.gov.vn', 'scale/early/scale-1.8.js');
    // Chromium writes its store of registrations a moment after the call returns: a browser quit right away came
    // back without it in 2 of 4 tries (the background then registers again at startup, after the first page).
    // A reader does not quit within a second of changing the size; the test waits as long.
    await sleep(1000);
    await harness.close();
    harness = await launchChromium({ profile });
    // The first page is opened once the window and the extension are up, as a reader would.
    await sleep(1000);
    const page = await harness.newPage(server.url('kiengiang.gov.vn', EARLY));
    expect(await page.evaluate(() => (window as any).__dedocEarly)).toMatchObject({ scaleAttribute: '1.8', isMarked: true, rendered: 23.4 });
    await harness.close();
  });
});
