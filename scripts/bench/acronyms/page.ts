// Runs inside the benchmark page (bundled by scripts/bench/acronyms.ts; a folder of its own so that npm run bench,
// which runs every scripts/bench/*.ts in Node, does not run it): the content script's own annotator on a
// plain page, and the bare TreeWalker passes it is compared with. No extension APIs: annotate.ts needs none.
import '../../lib/core-data';
import { Annotator } from '../../../src/content/features/acronyms/annotate';
import { findAcronymDefinitions, type ArticleModel, type Block } from '../../../src/core/index';

function modelOf(root: Element): ArticleModel {
  const blocks: Block[] = [];
  const title = root.querySelector('h1');
  for (const element of root.querySelectorAll('h1, p, figcaption, td')) {
    const kind = element.localName === 'h1' ? 'title' : element.localName === 'figcaption' ? 'caption' : element.localName === 'td' ? 'table' : 'paragraph';
    blocks.push({ kind, element, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC') });
  }
  return { root, blocks, source: 'site', ...(title ? { title: blocks[0]! } : {}) };
}

/** The baseline: visit every text node of the article and read its text. */
function walk(root: Element): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-&/.\u2010-\u2015\u2212\uFF06][\p{L}\p{M}\p{N}]+)*/gu;
/** A second baseline: the same walk, also cutting the text into words (a Unicode word regex over every node). */
function walkAndScan(root: Element): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let tokens = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    TOKEN.lastIndex = 0;
    while (TOKEN.exec((node as Text).data)) tokens++;
  }
  return tokens;
}

export interface RunResult {
  wallMs: number;
  /** Time spent working (sum of the slices), without the time the page had between them. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  /** Slice durations in order, to see where a long one falls. */
  sliceMs: number[];
  abbrs: number;
  restoreMs: number;
  isRestored: boolean;
  /** performance.now() marks, to place long tasks: annotation start and end, restore start. */
  start: number;
  end: number;
  restoreStart: number;
  restoreEnd: number;
}

async function annotate(restoreMode: 'frames' | 'sync' = 'frames', isPaced = true): Promise<RunResult> {
  const root = document.getElementById('article')!;
  const before = root.innerHTML;
  const model = modelOf(root);
  // The snapshot and the model are the harness's work (tens of milliseconds on this article): let their task end,
  // and a frame pass, before the annotator starts, so that no long task of the harness is counted as ours.
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let busyMs = 0;
  let slices = 0;
  let longestSliceMs = 0;
  const sliceMs: number[] = [];
  let sliceStart = performance.now();
  // Slices are counted while annotating only: switching off (restoreInSlices) waits for frames through the same
  // nextFrame hook, and is timed on its own.
  let isAnnotating = true;
  const endSlice = (): void => {
    if (!isAnnotating) return;
    const d = performance.now() - sliceStart;
    sliceMs.push(Math.round(d * 10) / 10);
    busyMs += d;
    slices++;
    longestSliceMs = Math.max(longestSliceMs, d);
  };
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const annotator = new Annotator({
    doc: document,
    ignoreMutations: (change) => change(),
    describe: (r) => [r.expansion, ...r.alternatives].join(' hoặc '),
    yieldToPage: async () => {
      endSlice();
      if (scheduler?.yield) await scheduler.yield();
      else await new Promise((r) => setTimeout(r, 0));
      sliceStart = performance.now();
    },
    // The same wait for a frame as the annotator's own, marked as the end of a slice of work.
    nextFrame: async () => {
      if (!isPaced) return;
      endSlice();
      await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      sliceStart = performance.now();
    },
  });
  const start = performance.now();
  sliceStart = start;
  await annotator.run(model, new AbortController().signal);
  endSlice();
  isAnnotating = false;
  const end = performance.now();
  const wallMs = end - start;
  const wrappers = root.querySelectorAll('abbr[data-dedoc-acronym]');
  const abbrs = wrappers.length;
  lastForms.clear();
  for (const abbr of wrappers) lastForms.set(abbr.textContent ?? '', abbr.getAttribute('data-expansion') ?? '');
  // Let the page render the annotated article before switching off, as it would in real use.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // Switching off, as the feature does it: the page put back in slices.
  const restoreStart = performance.now();
  if (restoreMode === 'sync') annotator.restore();
  else await annotator.restoreInSlices();
  const restoreEnd = performance.now();
  const restoreMs = restoreEnd - restoreStart;
  // Let the page render the restored article before the next measurement.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // The comparison serialises the article again (harness work): after the window in which long tasks count as ours.
  await new Promise((r) => setTimeout(r, 200));
  return { wallMs, busyMs, slices, longestSliceMs, sliceMs, abbrs, restoreMs, isRestored: root.innerHTML === before, start, end, restoreStart, restoreEnd };
}

/** The forms and expansions of the last annotate() run, for floor(). */
const lastForms = new Map<string, string>();

/**
 * A floor for the annotation's cost: the simplest annotator of this article that makes the same wrappers. The
 * forms and expansions come from a real run (so no definition finder, no dictionary, no context), one regular
 * expression finds them, a ready <abbr> is cloned for each, nothing is paced or recorded. Returns its time and
 * how many it wrapped; the article is put back afterwards (not timed).
 */
function floor(): { ms: number; writeMs: number; value: number } {
  const root = document.getElementById('article')!;
  const forms = [...lastForms.keys()].sort((a, b) => b.length - a.length);
  const escape = (f: string): string => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const templates = new Map<string, HTMLElement>();
  for (const [form, expansion] of lastForms) {
    const abbr = document.createElement('abbr');
    abbr.setAttribute('data-dedoc-acronym', '');
    abbr.setAttribute('data-expansion', expansion);
    abbr.setAttribute('data-source', 'builtin');
    abbr.setAttribute('aria-description', expansion);
    abbr.textContent = form;
    templates.set(form, abbr);
  }
  const done: Array<[Text, Node[]]> = [];
  const start = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const hits: Array<[Text, RegExpExecArray[]]> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    re.lastIndex = 0;
    const found = [...data.matchAll(re)];
    if (found.length > 0) hits.push([node as Text, found]);
  }
  let wrapped = 0;
  const writeStart = performance.now();
  for (const [node, found] of hits) {
    const data = node.data;
    const pieces: Node[] = [];
    let cursor = found[0]!.index;
    for (const m of found) {
      if (m.index > cursor) pieces.push(document.createTextNode(data.slice(cursor, m.index)));
      pieces.push(templates.get(m[0])!.cloneNode(true));
      cursor = m.index + m[0].length;
      wrapped++;
    }
    if (cursor < data.length) pieces.push(document.createTextNode(data.slice(cursor)));
    node.data = data.slice(0, found[0]!.index);
    node.after(...pieces);
    done.push([node, pieces]);
  }
  const end = performance.now();
  for (const [node, pieces] of done) {
    node.data += pieces.map((p) => p.textContent ?? '').join('');
    for (const piece of pieces) piece.parentNode?.removeChild(piece);
  }
  return { ms: end - start, writeMs: end - writeStart, value: wrapped };
}

function time(fn: () => number): { ms: number; value: number } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const longTasks: Array<{ start: number; duration: number }> = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API (Firefox): the slices' own durations are reported instead.
}

/** Long animation frames (Chrome 123+): what a long task was made of (our script, style and layout, other). */
const longFrames: Array<{ start: number; duration: number; script: number; styleLayout: number; scripts: string[] }> = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as any[]) {
      if (entry.duration <= 50) continue;
      const end = entry.startTime + entry.duration;
      longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        script: (entry.scripts ?? []).reduce((sum: number, sc: any) => sum + sc.duration, 0),
        styleLayout: entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0,
        scripts: (entry.scripts ?? []).map((sc: any) => `${sc.invoker}:${Math.round(sc.duration)}`),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {
  // Not in this browser.
}

(globalThis as Record<string, unknown>).dedocBench = {
  takeLongFrames: () => longFrames.splice(0),
  annotate,
  walk: () => time(() => walk(document.getElementById('article')!)),
  walkAndScan: () => time(() => walkAndScan(document.getElementById('article')!)),
  takeLongTasks: () => longTasks.splice(0),
  floor,
  /** The definition finder alone over the blocks the annotator gives it (the ones with a bracket). */
  definitions: () => {
    const blocks = modelOf(document.getElementById('article')!).blocks;
    return time(() => {
      let n = 0;
      for (const block of blocks) if (block.text.includes('(')) n += findAcronymDefinitions(block.text).length;
      return n;
    });
  },
  words: () => (document.getElementById('article')!.textContent ?? '').split(/\s+/).filter(Boolean).length,
};
