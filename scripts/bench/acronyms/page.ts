// Runs inside the benchmark page (bundled by scripts/bench/acronyms.ts; a folder of its own so that npm run bench,
// which runs every scripts/bench/*.ts in Node, does not run it): the content script's own annotator on a
// plain page, and the bare TreeWalker passes it is compared with. No extension APIs: annotate.ts needs none.
import { Annotator } from '../../../src/content/features/acronyms/annotate';
import type { ArticleModel, Block } from '../../../src/core/index';

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
  let busyMs = 0;
  let slices = 0;
  let longestSliceMs = 0;
  const sliceMs: number[] = [];
  let sliceStart = performance.now();
  const endSlice = (): void => {
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
  const end = performance.now();
  const wallMs = end - start;
  const abbrs = root.querySelectorAll('abbr[data-dedoc-acronym]').length;
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
  return { wallMs, busyMs, slices, longestSliceMs, sliceMs, abbrs, restoreMs, isRestored: root.innerHTML === before, start, end, restoreStart, restoreEnd };
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

(globalThis as Record<string, unknown>).dedocBench = {
  annotate,
  walk: () => time(() => walk(document.getElementById('article')!)),
  walkAndScan: () => time(() => walkAndScan(document.getElementById('article')!)),
  takeLongTasks: () => longTasks.splice(0),
  words: () => (document.getElementById('article')!.textContent ?? '').split(/\s+/).filter(Boolean).length,
};
