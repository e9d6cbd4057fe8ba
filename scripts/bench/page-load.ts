// Benchmark: what a page load costs the reader with Dễ Đọc, in real Chromium and real Firefox ESR, against the same
// page without it in the same browser run. Each page is loaded alternately under a listed state-site name (Dễ Đọc
// runs, every feature on: the defaults) and under an unlisted name (no content script at all), in one tab, so every
// load is a cross-site navigation into a fresh renderer process — a reader opening a portal page from elsewhere.
//
// Pass 1 (timing, nothing else attached): first contentful paint and the load event (ratios with / without);
// Chromium also the renderer's own script accounting (CDP Performance.getMetrics ScriptDuration, navigation → 3 s
// after load) and the isolate's JS heap after a forced GC (CDP Runtime.getHeapUsage), with minus without.
// On article pages, after those figures are read, the reader clicks "Tóm tắt": the time to the key sentences shown and
// to the key facts shown (the summary is loaded and made only when asked for; target: sentences within 1 s).
// Pass 2 (attribution, the profilers attached to the Dễ Đọc loads only): main-thread time spent in Dễ Đọc's own
// scripts from navigation to 3 s after load — Chromium: V8 CPU-profiler samples (trace category
// disabled-by-default-v8.cpu_profiler) whose stack holds a chrome-extension:// frame of ours; Firefox: Gecko
// profiler samples (privileged Services.profiler, reached over WebDriver BiDi with --remote-allow-system-access) of
// the page process's main thread whose stack holds a moz-extension:// frame of ours — and the longest task of ours:
// Chromium, the longest main-thread task (trace RunTask) holding our script; Firefox (no task markers), the longest
// run of consecutive samples in our code, a lower bound.
// Run after a build: npx tsx scripts/bench/page-load.ts [chromium|firefox] [--runs 15] [--pages demo,list,largest,home]
// [--functions] (DEDOC_OUT names the build folder, dist/ by default). --functions also prints, per page, the
// functions of ours the samples fall in; build with DEDOC_KEEP_NAMES=1 for their real names.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID, TEST_HOSTS, fixtureHosts } from '../../tests/e2e/support/browsers';
import { median, recordFigures, type BenchBrowser, type Figure } from './lib/figures';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 15);
const WARM_UPS = 2;
/** How long after the load event the page is watched (our idle-time work counts: it is work done for the reader). */
const AFTER_LOAD_MS = 3000;
const FIREFOX_UUID = '6f1c6d3e-2f7b-4f7e-9d42-de0dd0c00001';
/** An unlisted host: the same page, and no content script of ours. */
const WITHOUT_HOST = 'tintuc.example.com';

interface BenchPage {
  id: string;
  label: string;
  /** A listed host the page is served under (the site adapters go by host). */
  host: string;
  path: string;
  file: string;
  hasArticle: boolean;
}

const FIXTURES = 'tests/fixtures/pages';
const ALL_PAGES: BenchPage[] = [
  {
    id: 'demo',
    label: 'demo article',
    host: 'kiengiang.gov.vn',
    path: '/tin-tuc/nam-dan-van-chinh-quyen.html',
    file: 'demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html',
    hasArticle: true,
  },
  {
    id: 'list',
    label: 'no article (list page)',
    host: 'dienbien.gov.vn',
    path: '/portal/Pages/Cai-cach-hanh-chinh.aspx',
    file: `${FIXTURES}/dienbien.gov.vn--list-no-article/source.html`,
    hasArticle: false,
  },
  {
    id: 'home',
    label: 'no article (portal home)',
    host: 'kiengiang.gov.vn',
    path: '/Pages/default.aspx',
    file: `${FIXTURES}/kiengiang.gov.vn--home-no-article/source.html`,
    hasArticle: false,
  },
  {
    // The largest fixture is tuoitre.vn's (466 KB), which is not on the state-site list: it is served as
    // baochinhphu.vn, a listed site on the same CMS (VCCorp), so the same adapter finds the same article.
    id: 'largest',
    label: 'largest fixture (tuoitre.vn, 466 KB)',
    host: 'baochinhphu.vn',
    path: '/chien-su-day-gia-hoa-nhap-khau-dip-8-3-tang-manh-20260307075519174.htm',
    file: `${FIXTURES}/tuoitre.vn--gia-hoa-nhap-khau-8-3/source.html`,
    hasArticle: true,
  },
];
/** By default the demo, a list page without an article and the largest fixture (--pages home adds the portal home). */
const PAGES = ALL_PAGES.filter((p) => (option('pages') ?? 'demo,list,largest').split(',').includes(p.id));

/** The pages by path, under any host name; the demo's style sheet and images from its folder. */
async function startBenchServer(): Promise<{ url(host: string, path: string): string; close(): Promise<void> }> {
  const byPath = new Map(PAGES.map((p) => [p.path, join(ROOT, p.file)]));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = byPath.get(path) ?? join(ROOT, 'demo/kiengiang.gov.vn', path.replace(/\.\.+/g, ''));
    const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8';
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: (host, path) => `http://${host}:${port}${path}`, close: () => new Promise((done) => server.close(() => done())) };
}

interface Timing {
  fcp: number;
  load: number;
  /** Chromium: renderer script time (ScriptDuration), ms. */
  script?: number;
  /** Chromium: used JS heap of the page's isolate after a GC, bytes. */
  heap?: number;
  /** Dễ Đọc ran, and found an article. */
  ran: boolean;
  article: boolean;
  /**
   * Article pages, with Dễ Đọc, after the figures above were read: from the reader's click on "Tóm tắt" to the key
   * sentences shown, and to the key facts shown (the summary is loaded and made when first asked for).
   */
  summaryMs?: number;
  factsMs?: number;
}

/** What the reader's wait needs of a page, in Playwright and in Puppeteer alike. */
interface ClickablePage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: { click(x: number, y: number): Promise<void> };
}

/** In the page: times of the first pointer press, of the first key sentence shown and of the first fact shown. */
function watchSummary(): { x: number; y: number } | null {
  const root = document.querySelector('dedoc-root')?.shadowRoot;
  const button = root?.querySelector<HTMLElement>('[data-action="summary-open"]');
  if (!root || !button) return null;
  const times: Record<string, number> = {};
  (window as unknown as { __dedocWait: Record<string, number> }).__dedocWait = times;
  document.addEventListener('pointerdown', () => (times.click ??= performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (times.sentences === undefined && root.querySelector('.summary-panel ol.sentences button')) times.sentences = performance.now();
    if (times.facts === undefined && root.querySelector('.summary-panel dd[data-fact]')) times.facts = performance.now();
    if (times.sentences !== undefined && times.facts !== undefined) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  const rect = button.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The reader opens the summary: ms from the click to the sentences, and to the facts (NaN when they never come). */
async function readerWait(page: ClickablePage): Promise<{ summaryMs: number; factsMs: number }> {
  const at = await page.evaluate(watchSummary, undefined);
  if (!at) return { summaryMs: NaN, factsMs: NaN };
  await page.mouse.click(at.x, at.y);
  const times = await page.evaluate(
    (timeoutMs: number) =>
      new Promise<Record<string, number>>((resolve) => {
        // (No inner named functions here or in watchSummary: tsx would wrap them in __name, unknown in the page.)
        const started = performance.now();
        const timer = setInterval(() => {
          const t = (window as unknown as { __dedocWait: Record<string, number> }).__dedocWait;
          if ((t.sentences !== undefined && t.facts !== undefined) || performance.now() - started > timeoutMs) {
            clearInterval(timer);
            resolve(t);
          }
        }, 20);
      }),
    10_000,
  );
  const click = times.click ?? NaN;
  return { summaryMs: (times.sentences ?? NaN) - click, factsMs: (times.facts ?? NaN) - click };
}

interface Attribution {
  oursMs: number;
  longestMs: number;
  /** Sampled ms per function of ours (the innermost frame of ours on the stack: "name file:line:column"). */
  functions: Record<string, number>;
  /** Chromium: the same, within the longest task holding our script. */
  inLongest?: Record<string, number>;
}

/** --functions: print where our sampled time goes, per function (build with DEDOC_KEEP_NAMES=1 for real names). */
const SHOW_FUNCTIONS = args.includes('--functions');
const TOP_FUNCTIONS = 15;

/** "name file:line:column" of a frame, the file without the extension's origin. */
function functionKey(name: string, url: string, line: number, column: number): string {
  const file = url.replace(/^[a-z-]+:\/\/[^/]+\//u, '');
  return `${name || '(anonymous)'} ${file}:${line}:${column}`;
}

/** In the page: paint and load times, and what Dễ Đọc did (its UI host, the article mark). */
function readPage(): { fcp: number; load: number; ran: boolean; article: boolean } {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    fcp,
    load: nav?.loadEventStart ?? NaN,
    ran: document.querySelector('dedoc-root') !== null,
    article: document.querySelector('[data-dedoc-article]') !== null,
  };
}

/** Resolves `afterMs` after the page's load event. (No inner named functions: tsx would wrap them in __name.) */
function waitAfterLoad(afterMs: number): Promise<void> {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loaded = nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : 0;
  if (!loaded) return new Promise((r) => addEventListener('load', () => setTimeout(r, afterMs), { once: true }));
  return new Promise((r) => setTimeout(r, Math.max(0, loaded + afterMs - performance.now())));
}

// ---- Chromium ----------------------------------------------------------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: any;
}

/** Our script time and longest task from a renderer trace with V8 CPU-profiler samples. */
function attributeTrace(events: TraceEvent[], ourPrefix: string): Attribution {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // CPU profile: 'Profile' then 'ProfileChunk' events per (pid, id), with nodes, samples and time deltas (µs).
  interface Chunked {
    startTime: number;
    tid: number;
    parent: Map<number, number>;
    url: Map<number, string>;
    key: Map<number, string>;
    samples: number[];
    deltas: number[];
  }
  const profiles = new Map<string, Chunked>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let profile = profiles.get(key);
    if (!profile) {
      profile = { startTime: 0, tid: e.tid, parent: new Map(), url: new Map(), key: new Map(), samples: [], deltas: [] };
      profiles.set(key, profile);
    }
    if (e.name === 'Profile') profile.startTime = e.args?.data?.startTime ?? e.ts;
    const cpu = e.args?.data?.cpuProfile;
    for (const node of cpu?.nodes ?? []) {
      profile.url.set(node.id, node.callFrame?.url ?? '');
      const frame = node.callFrame ?? {};
      profile.key.set(node.id, functionKey(frame.functionName ?? '', frame.url ?? '', (frame.lineNumber ?? -1) + 1, (frame.columnNumber ?? -1) + 1));
      if (node.parent !== undefined) profile.parent.set(node.id, node.parent);
    }
    profile.samples.push(...(cpu?.samples ?? []));
    profile.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const ourSamples: Array<{ ts: number; dur: number; key: string }> = [];
  const functions: Record<string, number> = {};
  for (const profile of profiles.values()) {
    /** The innermost frame of ours on a sample's stack. */
    const ownFrame = (id: number): string => {
      for (let node: number | undefined = id; node !== undefined; node = profile.parent.get(node)) {
        if ((profile.url.get(node) ?? '').startsWith(ourPrefix)) return profile.key.get(node) ?? '?';
      }
      return '?';
    };
    const isOurs = new Map<number, boolean>();
    const check = (id: number): boolean => {
      const known = isOurs.get(id);
      if (known !== undefined) return known;
      const parent = profile.parent.get(id);
      const result = (profile.url.get(id) ?? '').startsWith(ourPrefix) || (parent !== undefined && check(parent));
      isOurs.set(id, result);
      return result;
    };
    // A sample stands for the time until the next one, at most twice the usual interval: a gap (the sampler not
    // scheduled on a loaded machine, the thread gone idle) is not counted as ours.
    const cap = 2 * median(profile.deltas.filter((d) => d > 0));
    let ts = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += profile.deltas[i] ?? 0;
      const dur = Math.min(profile.deltas[i + 1] ?? 0, cap);
      if (check(profile.samples[i]!)) {
        const key = ownFrame(profile.samples[i]!);
        ourSamples.push({ ts, dur, key });
        functions[key] = (functions[key] ?? 0) + dur / 1000;
      }
    }
  }
  const ourEvents = events.filter(
    (e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && String(e.args?.data?.url ?? '').startsWith(ourPrefix),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`));
  let longest = 0;
  let longestTask: TraceEvent | null = null;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const holdsOurs = ourEvents.some((e) => e.ts >= task.ts && e.ts < end) || ourSamples.some((s) => s.ts >= task.ts && s.ts < end);
    if (holdsOurs && (task.dur ?? 0) / 1000 > longest) {
      longest = (task.dur ?? 0) / 1000;
      longestTask = task;
    }
  }
  // What the longest task of ours was made of: our sampled time in it per function, the rest the browser's.
  const inLongest: Record<string, number> = {};
  if (longestTask) {
    const end = longestTask.ts + (longestTask.dur ?? 0);
    for (const sample of ourSamples) if (sample.ts >= longestTask.ts && sample.ts < end) inLongest[sample.key] = (inLongest[sample.key] ?? 0) + sample.dur / 1000;
  }
  const oursMs = ourSamples.reduce((sum, s) => sum + s.dur, 0) / 1000;
  return { oursMs, longestMs: longest, functions, inLongest };
}

async function launchChromium(): Promise<{ context: BrowserContext; extensionId: string; version: string; close(): Promise<void> }> {
  const dist = join(OUT, 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'dedoc-bench-load-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi',
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
  return {
    context,
    extensionId,
    version,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function metricsOf(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function chromiumTiming(page: Page, cdp: CDPSession, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(waitAfterLoad, AFTER_LOAD_MS);
  // Every load is a cross-site navigation into a new renderer: its metrics start at zero.
  const metrics = await metricsOf(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const read = await page.evaluate(readPage);
  const wait = read.article ? await readerWait(page as unknown as ClickablePage) : {};
  return { ...read, script: (metrics.ScriptDuration ?? NaN) * 1000, heap, ...wait };
}

async function chromiumAttribution(page: Page, cdp: CDPSession, url: string, ourPrefix: string): Promise<Attribution> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: TraceEvent[] }): void => void events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
    },
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(waitAfterLoad, AFTER_LOAD_MS);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return attributeTrace(events, ourPrefix);
}

// ---- Firefox -----------------------------------------------------------------------------------------------------

interface FirefoxSession {
  browser: PpBrowser;
  version: string;
  /** Evaluates privileged JavaScript in the browser's own window (BiDi, --remote-allow-system-access). */
  chrome<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': [...new Set([...TEST_HOSTS, ...fixtureHosts()])].join(','),
      'intl.locale.requested': 'vi',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
      // Full timer precision for the paint and load times (Firefox rounds them to 1 ms by default).
      'privacy.reduceTimerPrecision': false,
    },
  });
  await browser.installExtension(join(OUT, 'firefox'));
  const connection = (browser as unknown as { connection: { send(method: string, params: unknown): Promise<any> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context as string;
  const chrome = async <T>(expression: string): Promise<T> => {
    const reply = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    const result = reply.result;
    if (result.type === 'exception') throw new Error(`privileged evaluation failed: ${JSON.stringify(result.exceptionDetails).slice(0, 300)}`);
    return result.result?.value as T;
  };
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return { browser, version, chrome, close: () => browser.close() };
}

/**
 * Runs in Firefox's parent process (privileged): reads the Gecko profile and returns, for the web-content processes'
 * main threads, the sampled time in our extension's scripts (stack holds a moz-extension://<uuid>/ frame) and the
 * longest run of consecutive samples in our code.
 */
const FIREFOX_ANALYSIS = `(async (ours) => {
  const profile = await Services.profiler.getProfileDataAsync();
  Services.profiler.StopProfiler();
  let oursMs = 0;
  let longestMs = 0;
  const functions = {};
  for (const process of [profile, ...(profile.processes || [])]) {
    for (const thread of process.threads) {
      // Page processes only: the extension's own process (its background page answering features/load) is a content
      // process too, but its work is not the page's.
      if (thread.name !== 'GeckoMain' || thread.processType !== 'tab') continue;
      if (/extension/i.test(String(thread.processName || (process.meta && process.meta.processName) || ''))) continue;
      const strings = thread.stringTable || thread.stringArray;
      const frames = thread.frameTable;
      const stacks = thread.stackTable;
      const location = frames.schema.location;
      const prefix = stacks.schema.prefix;
      const frameOf = stacks.schema.frame;
      const stackIs = new Map();
      const isOurs = (stack) => {
        if (stack === null) return false;
        if (stackIs.has(stack)) return stackIs.get(stack);
        const row = stacks.data[stack];
        const result = String(strings[frames.data[row[frameOf]][location]]).includes(ours) || isOurs(row[prefix]);
        stackIs.set(stack, result);
        return result;
      };
      // The innermost frame of ours on a stack: "name (moz-extension://…/file.js:line:column)".
      const ownFrame = (stack) => {
        for (let s = stack; s !== null && s !== undefined; s = stacks.data[s][prefix]) {
          const where = String(strings[frames.data[stacks.data[s][frameOf]][location]]);
          if (where.includes(ours)) return where.split(ours).join('');
        }
        return '?';
      };
      const data = thread.samples.data;
      const timeAt = thread.samples.schema.time;
      const stackAt = thread.samples.schema.stack;
      // A sample stands for the time until the next one, at most twice the usual interval (see attributeTrace).
      const gaps = [];
      for (let i = 1; i < data.length; i++) gaps.push(data[i][timeAt] - data[i - 1][timeAt]);
      gaps.sort((a, b) => a - b);
      const cap = 2 * (gaps[Math.floor(gaps.length / 2)] || 1);
      let run = 0;
      for (let i = 0; i < data.length; i++) {
        const next = data[i + 1];
        const dur = next ? Math.min(next[timeAt] - data[i][timeAt], cap) : 0;
        if (isOurs(data[i][stackAt])) {
          oursMs += dur;
          // "name (file:line:column)[source]": the source index differs per process; one function, one key.
          const key = ownFrame(data[i][stackAt]).replace(/\\[\\d+\\]$/, '');
          functions[key] = (functions[key] || 0) + dur;
          run += dur;
          longestMs = Math.max(longestMs, run);
        } else {
          run = 0;
        }
      }
    }
  }
  return JSON.stringify({ oursMs, longestMs, functions });
})`;

async function firefoxTiming(page: PpPage, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(waitAfterLoad, AFTER_LOAD_MS);
  const read = await page.evaluate(readPage);
  const wait = read.article ? await readerWait(page as unknown as ClickablePage) : {};
  return { ...read, ...wait };
}

async function firefoxAttribution(session: FirefoxSession, page: PpPage, url: string): Promise<Attribution> {
  // Sample every 0.5 ms the main threads only, JS frames included.
  await session.chrome(`Services.profiler.StartProfiler(1 << 24, 0.5, ['js', 'cpu'], ['GeckoMain']), 'started'`);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(waitAfterLoad, AFTER_LOAD_MS);
  const json = await session.chrome<string>(`${FIREFOX_ANALYSIS}(${JSON.stringify(`moz-extension://${FIREFOX_UUID}/`)})`);
  return JSON.parse(json) as Attribution;
}

// ---- Both --------------------------------------------------------------------------------------------------------

interface PageResult {
  page: BenchPage;
  with: Timing[];
  without: Timing[];
  attribution: Attribution[];
}

function summarize(name: BenchBrowser, version: string, results: PageResult[]): Figure[] {
  const figures: Figure[] = [];
  const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
  console.log(`\nPage load with and without Dễ Đọc — ${name} ${version}, ${RUNS} alternating loads each (+${WARM_UPS} warm-up)`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const { page, with: withRuns, without, attribution } of results) {
    const fcpRatio = median(withRuns.map((t) => t.fcp)) / median(without.map((t) => t.fcp));
    const loadRatio = median(withRuns.map((t) => t.load)) / median(without.map((t) => t.load));
    const ran = withRuns.filter((t) => t.ran).length;
    const articles = withRuns.filter((t) => t.article).length;
    console.log(`  ${page.label}: ${page.host}${page.path}`);
    console.log(`    first contentful paint: with ${fmt(median(withRuns.map((t) => t.fcp)))}, without ${fmt(median(without.map((t) => t.fcp)))}, ratio ${fcpRatio.toFixed(3)}`);
    console.log(`    load event:             with ${fmt(median(withRuns.map((t) => t.load)))}, without ${fmt(median(without.map((t) => t.load)))}, ratio ${loadRatio.toFixed(3)}`);
    console.log(`    Dễ Đọc ran in ${ran}/${withRuns.length} loads; found an article in ${articles}/${withRuns.length} (expected ${page.hasArticle ? 'yes' : 'no'})`);
    if (ran !== withRuns.length || articles !== (page.hasArticle ? withRuns.length : 0)) {
      console.log('    WARNING: Dễ Đọc did not behave as expected on this page: its figures are not comparable');
    }
    figures.push({ figure: `FCP ratio, ${page.label}`, browser: name, value: fcpRatio, unit: '×', max: 1.05 });
    figures.push({ figure: `load ratio, ${page.label}`, browser: name, value: loadRatio, unit: '×', max: 1.05 });
    const scriptTarget = page.hasArticle ? 50 : 5;
    if (name === 'chromium') {
      const added = median(withRuns.map((t) => t.script!)) - median(without.map((t) => t.script!));
      const heap = (median(withRuns.map((t) => t.heap!)) - median(without.map((t) => t.heap!))) / 1024;
      console.log(`    script time (ScriptDuration, navigation → load + 3 s): with ${fmt(median(withRuns.map((t) => t.script!)))}, without ${fmt(median(without.map((t) => t.script!)))}, added ${fmt(added)}`);
      console.log(`    JS heap of the page's isolate after GC: with ${(median(withRuns.map((t) => t.heap!)) / 1024).toFixed(0)} KB, without ${(median(without.map((t) => t.heap!)) / 1024).toFixed(0)} KB, added ${heap.toFixed(0)} KB`);
      figures.push({ figure: `script time added (ScriptDuration), ${page.label}`, browser: name, value: added, unit: 'ms', max: scriptTarget });
      figures.push({ figure: `JS heap added, ${page.label}`, browser: name, value: heap, unit: 'KB', max: page.hasArticle ? 4096 : 1024 });
    } else {
      figures.push({
        figure: `script time added (ScriptDuration), ${page.label}`,
        browser: name,
        value: null,
        unit: 'ms',
        max: scriptTarget,
        note: 'no such counter in Firefox: see "our script time (profiler)"',
      });
    }
    if (page.hasArticle) {
      const summaryMs = median(withRuns.map((t) => t.summaryMs ?? NaN).filter((v) => !Number.isNaN(v)));
      const factsMs = median(withRuns.map((t) => t.factsMs ?? NaN).filter((v) => !Number.isNaN(v)));
      console.log(`    the reader opens the summary (loaded and made when asked): key sentences after ${fmt(summaryMs)}, key facts after ${fmt(factsMs)}`);
      figures.push({ figure: `summary shown after a click (sentences), ${page.label}`, browser: name, value: summaryMs, unit: 'ms', max: 1000 });
      figures.push({ figure: `summary shown after a click (key facts), ${page.label}`, browser: name, value: factsMs, unit: 'ms' });
    }
    const ours = median(attribution.map((a) => a.oursMs));
    const longest = Math.max(...attribution.map((a) => a.longestMs));
    console.log(`    our script time (profiler samples in our code): median ${fmt(ours)}; longest ${name === 'chromium' ? 'task holding our script' : 'run of samples in our code'} ${fmt(longest)} (worst of ${attribution.length})`);
    figures.push({ figure: `our script time (profiler), ${page.label}`, browser: name, value: ours, unit: 'ms', max: scriptTarget });
    if (SHOW_FUNCTIONS) {
      // Mean sampled time per load, per function of ours: where the time goes (an inner call of ours counts to it).
      const total: Record<string, number> = {};
      for (const a of attribution) for (const [key, ms] of Object.entries(a.functions)) total[key] = (total[key] ?? 0) + ms / attribution.length;
      const top = Object.entries(total).sort((x, y) => y[1] - x[1]).slice(0, TOP_FUNCTIONS);
      console.log(`    where it goes (mean ms per load, innermost function of ours):`);
      for (const [key, ms] of top) console.log(`      ${ms.toFixed(1).padStart(7)}  ${key}`);
      const worst = attribution.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
      if (worst.inLongest) {
        const parts = Object.entries(worst.inLongest).sort((x, y) => y[1] - x[1]).slice(0, 8);
        const sampled = Object.values(worst.inLongest).reduce((a, b) => a + b, 0);
        console.log(`    the longest task of ours (${worst.longestMs.toFixed(1)} ms; ${sampled.toFixed(1)} ms sampled in our code):`);
        for (const [key, ms] of parts) console.log(`      ${ms.toFixed(1).padStart(7)}  ${key}`);
      }
    }
    figures.push({ figure: `longest task of ours, ${page.label}`, browser: name, value: longest, unit: 'ms', max: 50 });
  }
  return figures;
}

async function benchChromium(): Promise<void> {
  const server = await startBenchServer();
  const browser = await launchChromium();
  const ourPrefix = `chrome-extension://${browser.extensionId}/`;
  const results: PageResult[] = [];
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    for (const benchPage of PAGES) {
      const withUrl = server.url(benchPage.host, benchPage.path);
      const withoutUrl = server.url(WITHOUT_HOST, benchPage.path);
      const result: PageResult = { page: benchPage, with: [], without: [], attribution: [] };
      for (let i = 0; i < WARM_UPS; i++) {
        await chromiumTiming(page, cdp, withUrl);
        await chromiumTiming(page, cdp, withoutUrl);
      }
      for (let run = 0; run < RUNS; run++) {
        result.with.push(await chromiumTiming(page, cdp, withUrl));
        result.without.push(await chromiumTiming(page, cdp, withoutUrl));
      }
      for (let run = 0; run < RUNS; run++) {
        result.attribution.push(await chromiumAttribution(page, cdp, withUrl, ourPrefix));
        await page.goto(withoutUrl, { waitUntil: 'load' });
      }
      results.push(result);
      process.stdout.write('.');
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  recordFigures('page-load', 'chromium', summarize('chromium', browser.version, results));
}

async function benchFirefox(): Promise<void> {
  const server = await startBenchServer();
  const session = await launchFirefox();
  const results: PageResult[] = [];
  try {
    const page = await session.browser.newPage();
    for (const benchPage of PAGES) {
      const withUrl = server.url(benchPage.host, benchPage.path);
      const withoutUrl = server.url(WITHOUT_HOST, benchPage.path);
      const result: PageResult = { page: benchPage, with: [], without: [], attribution: [] };
      for (let i = 0; i < WARM_UPS; i++) {
        await firefoxTiming(page, withUrl);
        await firefoxTiming(page, withoutUrl);
      }
      for (let run = 0; run < RUNS; run++) {
        result.with.push(await firefoxTiming(page, withUrl));
        result.without.push(await firefoxTiming(page, withoutUrl));
      }
      for (let run = 0; run < RUNS; run++) {
        result.attribution.push(await firefoxAttribution(session, page, withUrl));
        await page.goto(withoutUrl, { waitUntil: 'load' });
      }
      results.push(result);
      process.stdout.write('.');
    }
    await page.close();
  } finally {
    await session.close();
    await server.close();
  }
  recordFigures('page-load', 'firefox', summarize('firefox', session.version, results));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = args.find((a) => a === 'chromium' || a === 'firefox') as BenchBrowser | undefined;
  if (!only || only === 'chromium') await benchChromium();
  if (!only || only === 'firefox') await benchFirefox();
  // The build under test, for the record.
  const boot = readFileSync(join(OUT, 'chrome/manifest.json'), 'utf8');
  console.log(`\nbuild: ${OUT} (content scripts: ${JSON.stringify(JSON.parse(boot).content_scripts?.[0]?.js ?? [])})`);
}
