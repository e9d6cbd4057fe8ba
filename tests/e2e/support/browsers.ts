// One interface over real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi),
// so every end-to-end scenario is written once and run in both (../shared/RECIPES.md has the why of each flag).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** The build under test: dist/ unless DEDOC_OUT names another folder (parallel runs on one machine). */
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');
export const GECKO_ID = 'de-doc@de-doc.vn';
const FIREFOX_UUID = '6f1c6d3e-2f7b-4f7e-9d42-de0dd0c00001';

/** Host names the tests serve from 127.0.0.1: state sites (listed) and others (not listed). */
export const TEST_HOSTS = [
  'kiengiang.gov.vn',
  'www.kiengiang.gov.vn',
  'moit.gov.vn',
  'baochinhphu.vn',
  'qdnd.vn',
  'tuoitre.vn',
  'vnexpress.net',
  'nld.com.vn',
  'vietnamnet.vn',
  'dantri.com.vn',
  'baodanang.vn',
  'baoangiang.com.vn',
  'tintuc.example.com',
  'docbao.example.net',
  // Reserved .test name for pages whose real host is on a browser's HSTS preload list (served over plain http).
  'fixtures.dedoc.test',
];

/** The real hosts of the page fixtures (tests/fixtures/pages/<name>/expected.json "url"): served under them too. */
export function fixtureHosts(): string[] {
  const dir = join(ROOT, 'tests/fixtures/pages');
  if (!existsSync(dir)) return [];
  const hosts = new Set<string>();
  for (const name of readdirSync(dir)) {
    const expected = join(dir, name, 'expected.json');
    if (!existsSync(expected)) continue;
    const url = (JSON.parse(readFileSync(expected, 'utf8')) as { url?: string }).url;
    if (url) hosts.add(new URL(url).hostname);
  }
  return [...hosts];
}

export type BrowserName = 'chromium' | 'firefox';

export interface Point {
  x: number;
  y: number;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real (trusted) mouse click at a point of the viewport. */
  clickAt(point: Point): Promise<void>;
  /** A real (trusted) pointer move to a point of the viewport, without a click: hover. */
  moveMouse(point: Point, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Harness {
  name: BrowserName;
  extensionOrigin: string;
  newPage(url?: string): Promise<TestPage>;
  /** Opens an extension page (popup or options) as a tab and waits until it has rendered. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

function chromiumPage(page: PwPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 })),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    moveMouse: ({ x, y }, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function firefoxPage(page: PpPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Our own polling: BiDi's waitForFunction fails outright ("right-hand side of 'in' should be an object")
    // when an evaluation races a navigation of the tab, where a retry a moment later succeeds.
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown;
      while (Date.now() < deadline) {
        try {
          if (await page.evaluate(fn as never, arg)) return;
        } catch (error) {
          lastError = error;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`waitFor timed out after ${timeoutMs} ms: ${String(fn).slice(0, 120)} ${lastError ? String(lastError) : ''}`);
    },
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    moveMouse: ({ x, y }, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key as never),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium(options: { env?: Record<string, string>; extraArgs?: string[] } = {}): Promise<Harness> {
  const dist = join(OUT, 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'dedoc-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    env: { ...process.env, LANGUAGE: 'vi', ...options.env } as Record<string, string>,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Our readers' browsers speak Vietnamese: the extension's UI must come up in Vietnamese.
      '--lang=vi',
      // Every name resolves to loopback: test pages come from our server and nothing can leave the machine.
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // URL.origin is "null" for chrome-extension: URLs in Node; the host is the extension id.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async (url) => {
      const page = chromiumPage(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const raw = await context.newPage();
      await raw.goto(`${extensionOrigin}/${path}`, { waitUntil: 'domcontentloaded' });
      const page = chromiumPage(raw);
      await page.waitFor(() => document.querySelector('main:not([aria-busy])') !== null);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: { env?: Record<string, string>; prefs?: Record<string, unknown> } = {}): Promise<Harness> {
  const dist = join(OUT, 'firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, ...options.env },
    // Needed to navigate to moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': [...new Set([...TEST_HOSTS, ...fixtureHosts()])].join(','),
      // Optional host permissions are granted without the doorhanger (the test plays the user who says yes).
      'extensions.webextOptionalPermissionPrompts': false,
      // Vietnamese UI (Debian's firefox-esr-l10n-vi language pack): the extension's strings follow it.
      'intl.locale.requested': 'vi',
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      // Our test server speaks plain http on loopback: no HTTPS-First upgrade of the state-site names.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      // kiengiang.gov.vn is on Firefox's HSTS preload list: without this it is upgraded to https.
      'network.stricttransportsecurity.preloadlist': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(dist);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    extensionOrigin,
    newPage: async (url) => {
      const page = firefoxPage(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const raw = await browser.newPage();
      // BiDi navigation to moz-extension:// never resolves (RECIPES.md): start it, then wait for the page itself.
      void raw.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      const page = firefoxPage(raw);
      await page.waitFor(
        () => location.protocol === 'moz-extension:' && document.querySelector('main:not([aria-busy])') !== null,
        undefined,
        20_000,
      );
      return page;
    },
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: { env?: Record<string, string> } = {}): Promise<Harness> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
