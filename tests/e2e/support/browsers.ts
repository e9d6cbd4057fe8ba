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
  /** A real (trusted) tap of a finger at a point of the viewport (touch pointer events, then a click). */
  tap(point: Point): Promise<void>;
  /** Runs `fn` in every document of this tab as it is created, before any of its own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  /** The console messages of the page so far (its own and, where the browser reports them, our content script's). */
  consoleMessages(): string[];
  /** Every console message and uncaught error of the page from now on (what a reader's console would show). */
  onConsole(listener: (text: string) => void): void;
  close(): Promise<void>;
}

export interface Harness {
  name: BrowserName;
  extensionOrigin: string;
  newPage(url?: string): Promise<TestPage>;
  /**
   * Opens an extension page (popup, options) as a tab and waits until the page says it is ready: the app sets
   * <html data-ready> once its first render, with everything it loads, is done (src/shared/ui/ready.ts).
   */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Closes every tab this harness opened except `keep`: a test never inherits another test's tabs. */
  closePagesExcept(keep: readonly TestPage[]): Promise<void>;
  /**
   * Loads the same extension again, as an update (storage kept, runtime.onInstalled with reason "update"): Chromium
   * re-loads the unpacked folder (CDP Extensions.loadUnpacked), Firefox reinstalls the temporary add-on. Every
   * extension page closes on the way, as for a real update.
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  env?: Record<string, string>;
  /** Extra command-line switches (Chromium). */
  extraArgs?: string[];
  /** Extra preferences (Firefox). */
  prefs?: Record<string, unknown>;
  /** Extra Firefox preferences under a name of their own: useBrowser's `prefs` are the extension's settings. */
  firefoxPrefs?: Record<string, unknown>;
  /** A real window (on the X display named by env.DISPLAY) instead of headless. */
  isHeaded?: boolean;
  /** A profile folder kept after close (Chromium: a restart with the same profile). */
  profile?: string;
  viewport?: { width: number; height: number };
  /** A touch screen: pages see touch input and (Chromium) no hover; taps through TestPage.tap. */
  hasTouch?: boolean;
  /** Chromium: keep the back/forward cache that Playwright switches off by default (tests of pages restored from it). */
  hasBackForwardCache?: boolean;
}

/** The app's "ready" signal (src/shared/ui/ready.ts): first render done, with what it loads. */
const isExtensionPageReady = () => location.protocol.endsWith('-extension:') && document.documentElement.hasAttribute('data-ready');

/** Keeps the list of open test pages, so that what a test left open (also when it failed) can be closed. */
class PageTracker {
  private readonly open = new Set<TestPage>();

  track(page: TestPage): TestPage {
    this.open.add(page);
    const close = page.close.bind(page);
    page.close = async () => {
      this.open.delete(page);
      await close().catch(() => undefined);
    };
    return page;
  }

  async closeExcept(keep: readonly TestPage[]): Promise<void> {
    for (const page of [...this.open]) if (!keep.includes(page)) await page.close();
  }
}

function chromiumPage(page: PwPage): TestPage {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return {
    consoleMessages: () => [...messages],
    goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 })),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    moveMouse: ({ x, y }, steps = 1) => page.mouse.move(x, y, { steps }),
    tap: ({ x, y }) => page.touchscreen.tap(x, y),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    bringToFront: () => page.bringToFront(),
    onConsole: (listener) => {
      page.on('console', (message) => listener(message.text()));
      page.on('pageerror', (error) => listener(error.stack ?? String(error)));
    },
    close: () => page.close(),
  };
}

function firefoxPage(page: PpPage): TestPage {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  return {
    consoleMessages: () => [...messages],
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
    tap: ({ x, y }) => page.touchscreen.tap(x, y),
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    press: (key) => page.keyboard.press(key as never),
    setViewport: (width, height) => page.setViewport({ width, height, hasTouch: page.viewport()?.hasTouch ?? false }),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    bringToFront: () => page.bringToFront(),
    onConsole: (listener) => {
      page.on('console', (message) => listener(message.text()));
      page.on('pageerror', (error) => listener(String(error)));
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Harness> {
  const dist = join(OUT, 'chrome');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'dedoc-chromium-'));
  const pages = new PageTracker();
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: !options.isHeaded,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
    locale: 'vi-VN',
    ...(options.hasBackForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
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
      // Lets reloadExtension load the unpacked folder again over CDP (what a developer's "reload" does).
      '--enable-unsafe-extension-debugging',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // URL.origin is "null" for chrome-extension: URLs in Node; the host is the extension id.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const tracked = new WeakSet<PwPage>();
  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async (url) => {
      // With a real window, the tab the browser opened itself is used first: it has the display's keyboard focus.
      const blank = options.isHeaded ? context.pages().find((p) => p.url() === 'about:blank' && !tracked.has(p)) : undefined;
      const raw = blank ?? (await context.newPage());
      tracked.add(raw);
      const page = pages.track(chromiumPage(raw));
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const raw = await context.newPage();
      tracked.add(raw);
      const page = pages.track(chromiumPage(raw));
      await raw.goto(`${extensionOrigin}/${path}`, { waitUntil: 'domcontentloaded' });
      await page.waitFor(isExtensionPageReady, undefined, 20_000);
      return page;
    },
    closePagesExcept: (keep) => pages.closeExcept(keep),
    reloadExtension: async () => {
      const session = await context.browser()!.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked' as never, { path: dist } as never);
      await session.detach();
    },
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Harness> {
  const dist = join(OUT, 'firefox');
  const pages = new PageTracker();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: !options.isHeaded,
    defaultViewport: { ...(options.viewport ?? { width: 1280, height: 900 }), hasTouch: options.hasTouch ?? false },
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
      // A touch screen, as on Firefox for Android: the touch event API is there (taps come from BiDi touch actions).
      ...(options.hasTouch ? { 'dom.w3c_touch_events.enabled': 1 } : {}),
      ...options.prefs,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(dist);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const tracked = new WeakSet<PpPage>();
  return {
    name: 'firefox',
    extensionOrigin,
    newPage: async (url) => {
      // With a real window, the tab the browser opened itself is used first: it has the display's keyboard focus.
      const blank = options.isHeaded ? (await browser.pages()).find((p) => p.url() === 'about:blank' && !tracked.has(p)) : undefined;
      const raw = blank ?? (await browser.newPage());
      tracked.add(raw);
      const page = pages.track(firefoxPage(raw));
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const raw = await browser.newPage();
      tracked.add(raw);
      // BiDi navigation to moz-extension:// never resolves (RECIPES.md): start it, then wait for the page itself.
      void raw.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      const page = pages.track(firefoxPage(raw));
      await page.waitFor(isExtensionPageReady, undefined, 20_000);
      return page;
    },
    closePagesExcept: (keep) => pages.closeExcept(keep),
    reloadExtension: async () => void (await browser.installExtension(dist)),
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Harness> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
