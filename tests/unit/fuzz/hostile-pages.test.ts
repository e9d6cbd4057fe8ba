// @vitest-environment happy-dom
// Fuzz, through the runner: a sample of the generated hostile documents (hostile-docs.ts: NFD and zero-width text, endless tokens, Dễ Đọc's own
// attributes and fake <dedoc-root>s already there, hidden definitions, custom elements that throw in every
// callback, page scripts that rewrite the article while we annotate it, 10,000-deep nesting, 100,000 nodes), each
// run through the real content runner with the real features (text size, acronyms, summary) in happy-dom:
// - no exception of ours, caught or not (the page's own throwing callbacks are the page's);
// (page and Dễ Đọc share one world in happy-dom, so the page scripts that overwrite built-ins run only in the browsers'
// sample, tests/e2e/fuzz.e2e.ts, where the page has a world of its own);
// - the page's text stays what the page made it while Dễ Đọc runs;
// - switched off, the document is exactly (its markup, as outerHTML gives it) what the page made it: the document as loaded, or, for a
//   page whose scripts go on changing it, what a run without Dễ Đọc ends with;
// - the longest tasks (with their microtasks) are printed, never asserted (a shared machine's clock proves nothing);
//   the work bound is asserted by counting in pipeline.test.ts, and tests/e2e/fuzz.e2e.ts prints real browsers' tasks.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { FULL_DETECTION } from '../../../src/content/detection';
import { acronyms } from '../../../src/content/features/acronyms/index';
import { scale } from '../../../src/content/features/scale/index';
import { summary } from '../../../src/content/features/summary/index';
import { Runner } from '../../../src/content/runner';
import { defaultSettings, type Settings } from '../../../src/shared/settings';
import { stub } from '../browser-stub';
import { FUZZ_SEED, SCRIPT_SETTLE_MS, hostileDoc, type HostileDoc } from './hostile-docs';
import { markupOf } from './markup';
import { TaskTimer } from './task-timer';

const HOST = 'kiengiang.gov.vn';
/** How many of the documents run through the runner here (the first ones; none of them is a large one). */
const SAMPLE_SIZE = 24;
/** The small documents' hostile runs at a tenth of their length, as in pipeline.test.ts. */
const HAPPY_DOM_TEXT_SCALE = 0.1;
/** How long a document may take to be annotated (and to be put back), small and large. */
const SMALL_WAIT_MS = 5000;
const LARGE_WAIT_MS = 60_000;
/** Small documents run side by side (separate windows): the labels of the timed tasks are then approximate. */
const PARALLEL_DOCUMENTS = 4;

interface Loaded {
  win: Window;
  doc: Document;
  pageErrors: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise((resolve) => setImmediate(resolve));

function load(html: string, index: number): Loaded {
  const win = new Window({
    url: `http://${HOST}/tin-tuc/fuzz-${index}.html`,
    width: 1280,
    height: 900,
    // The page's own inline scripts run (throwing custom elements, rewriters, the deep builder); nothing is fetched.
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const pageErrors: string[] = [];
  win.addEventListener('error', (event) => pageErrors.push(String((event as unknown as ErrorEvent).error?.message ?? (event as unknown as ErrorEvent).message)));
  win.document.write(html);
  return { win, doc: win.document as unknown as Document, pageErrors };
}

/** The settings a document is run with: mostly the defaults, sometimes a grown, spaced, themed look. */
function settingsFor(index: number): Settings {
  const settings = defaultSettings();
  if (index % 7 === 3) {
    settings.sites[HOST] = { scale: 1.5, lineHeight: 1.8, theme: 'dark', maxLineLength: 70 } as Settings['sites'][string];
  }
  return settings;
}

function switchedOff(settings: Settings): Settings {
  return { ...settings, sites: { ...settings.sites, [HOST]: { ...settings.sites[HOST], enabled: false } } };
}

async function waitFor(check: () => boolean, timeoutMs: number, everyMs = 2): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

/** What the page itself makes of the document (its scripts' final state), without Dễ Đọc. */
async function controlRun(doc: HostileDoc): Promise<string> {
  const control = load(doc.html, doc.index);
  await sleep(SCRIPT_SETTLE_MS + 20);
  const html = markupOf(control.doc.documentElement);
  await closeWindow(control.win);
  return html;
}

/** The page's text (body), without recursion either. */
function textOf(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 0x4);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join('');
}

/**
 * Closes a window. happy-dom tears a document down recursively and overflows the stack on a 10,000-deep tree: the
 * deep chains are taken apart from the bottom first.
 */
async function closeWindow(win: Window): Promise<void> {
  const doc = win.document as unknown as Document;
  for (const top of doc.querySelectorAll('#deep')) {
    let node: Element = top;
    while (node.lastElementChild) node = node.lastElementChild;
    while (node !== top) {
      const parent = node.parentElement!;
      try {
        node.remove();
      } catch {
        // A custom element of the page that throws when it leaves: it left anyway.
      }
      node = parent;
    }
  }
  try {
    await win.happyDOM.close();
  } catch (error) {
    // The page's custom elements throw when the document is torn down: the page's own, at the end of the test.
    if (!String((error as Error)?.message).startsWith('page: ')) throw error;
  }
}

describe('hostile documents through the real content runner', () => {
  const timer = new TaskTimer();
  const ourErrors: string[] = [];
  const warn = vi.spyOn(console, 'warn');
  let runs = 0;

  beforeAll(() => {
    stub.reset();
    // The background's answers the features ask for: no font bytes (the default settings do not ask), nothing else.
    stub.onSendMessage(async (message: unknown) => ((message as { type?: string }).type === 'scale/font' ? { faces: [] } : undefined));
    warn.mockImplementation((...args: unknown[]) => {
      if (String(args[0]).startsWith('[Dễ Đọc]')) ourErrors.push(`${timer.label}: ${args.map(String).join(' ').slice(0, 300)}`);
    });
    timer.start();
  });

  afterAll(() => {
    timer.stop();
    warn.mockRestore();
    const top = timer.longest.map((t) => `${t.cpuMs.toFixed(1)} ms CPU (${t.wallMs.toFixed(1)} ms wall) ${t.label}`);
    console.log(`[fuzz] ${runs} documents, ${timer.count} tasks timed; longest tasks of ours:\n  ${top.join('\n  ')}`);
  });

  async function runOne(doc: HostileDoc): Promise<void> {
    const what = `#${doc.index} [${doc.traits.join(' ')}]`;
    timer.mark(`test ${what}`);
    const expected = doc.hasScripts ? await controlRun(doc) : null;
    const page = load(doc.html, doc.index);
    const loadedAt = performance.now();
    const before = expected ?? markupOf(page.doc.documentElement);
    const text = textOf(page.doc);
    const settings = settingsFor(doc.index);
    const logs: string[] = [];
    // The features as their bundles register them, in the runner's order, with the full detection at hand (what
    // the article bundle gives the tracker).
    const runner = new Runner(page.doc, HOST, [scale, acronyms, summary], {
      saveToolbar: () => undefined,
      saveSite: async () => undefined,
      openOptions: () => undefined,
      log: (message, error) => logs.push(`${message} ${String(error ?? '')}`.slice(0, 300)),
      reloadSettings: async () => settings,
      article: { detector: FULL_DETECTION },
    });
    const wait = doc.isLarge ? LARGE_WAIT_MS : SMALL_WAIT_MS;
    timer.mark(`dedoc apply ${what}`);
    runner.apply(settings);
    await tick();
    // Now and then switched off in the middle of the work, else once the acronyms are done.
    const isEarlyOff = doc.index % 5 === 1;
    if (isEarlyOff) await sleep(doc.index % 7);
    else {
      // Ours is the <dedoc-root> with a shadow root (the page may have put fake ones before it).
      const button = () =>
        [...page.doc.querySelectorAll('dedoc-root')].map((root) => root.shadowRoot?.querySelector('[data-action="acronyms-glossary"]')).find(Boolean);
      const isDone = await waitFor(() => button()?.getAttribute('aria-busy') === 'false', wait, doc.isLarge ? 50 : 2);
      expect(isDone, `${what}: the acronyms never finished`).toBe(true);
    }
    if (!doc.hasScripts) expect(textOf(page.doc), `${what}: the page's text changed while Dễ Đọc ran`).toBe(text);
    timer.mark(`dedoc off ${what}`);
    runner.apply(switchedOff(settings));
    // The page's own scripts must be done before its last state is compared.
    if (doc.hasScripts) await sleep(Math.max(0, SCRIPT_SETTLE_MS + 20 - (performance.now() - loadedAt)));
    const isRestored = await waitFor(() => markupOf(page.doc.documentElement) === before, wait, doc.isLarge ? 200 : 2);
    timer.mark(`test ${what}`);
    if (!isRestored) {
      const after = markupOf(page.doc.documentElement);
      let at = 0;
      while (at < after.length && after[at] === before[at]) at++;
      expect.fail(`${what}: not restored exactly; first difference at ${at}:\n  before …${before.slice(Math.max(0, at - 80), at + 80)}…\n  after  …${after.slice(Math.max(0, at - 80), at + 80)}…`);
    }
    expect(logs, `${what}: the runner logged failures`).toEqual([]);
    expect(ourErrors, `${what}: Dễ Đọc warned`).toEqual([]);
    const foreign = page.pageErrors.filter((message) => !message.startsWith('page: '));
    expect(foreign, `${what}: errors that are not the page's own`).toEqual([]);
    runner.stop();
    await closeWindow(page.win);
    runs++;
  }

  // A sample of the documents (the pipeline fuzz, pipeline.test.ts, runs all 1,000): each run waits for frames and
  // idle callbacks in happy-dom, about two seconds a document; a few run side by side, each in its own window.
  it(`documents 0–${SAMPLE_SIZE - 1} (seed ${FUZZ_SEED.toString(16)})`, async () => {
    const queue = Array.from({ length: SAMPLE_SIZE }, (_, i) => hostileDoc(i, { textScale: HAPPY_DOM_TEXT_SCALE, sharedWorld: true })).filter((d) => !d.isLarge);
    const lanes = Array.from({ length: PARALLEL_DOCUMENTS }, async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) await runTimed(doc);
    });
    await Promise.all(lanes);
    expect(runs).toBe(SAMPLE_SIZE);
  }, 600_000);

  async function runTimed(doc: HostileDoc): Promise<void> {
    const started = performance.now();
    await runOne(doc);
    const took = performance.now() - started;
    if (took > 2000) console.log(`[fuzz] #${doc.index} took ${Math.round(took)} ms`);
  }
});
