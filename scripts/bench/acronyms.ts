// Benchmark of the acronym annotation: a 50,000-word article annotated in Chromium, then Firefox ESR, by
// the content script's own annotator (src/content/features/acronyms/annotate.ts, bundled for a plain page by Vite),
// compared with a bare TreeWalker pass over the same text in the same browser run. Prints medians, the ratio (target ≤ 3),
// a floor (the simplest annotator that makes the same wrappers, and its DOM writes alone), and the long
// main-thread tasks (Long Tasks API; target: none over 50 ms while annotating) with the long animation frames
// that show what they were made of.
// Run: npx tsx scripts/bench/acronyms.ts [--runs 9] [--words 50000] [--slices] [--profile] [--trace] [--no-pacing] [--restore-sync]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { recordFigures, type BenchBrowser, type Figure } from './lib/figures';

const ROOT = new URL('../../', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 9);
const WORDS = option('words', 50_000);
const SHOW_SLICES = args.includes('--slices');
/** How switching off puts the page back: spread over frames (what the feature does) or all at once. */
const RESTORE_MODE = args.includes('--restore-sync') ? 'sync' : 'frames';
/** --no-pacing: DOM writes not spread over frames (to see what the pacing buys). */
const IS_PACED = !args.includes('--no-pacing');
/** --profile: a CPU profile (CDP) of the measured runs, its top functions by self time printed at the end. */
const IS_PROFILED = args.includes('--profile');
/** --trace: a renderer trace of the measured runs; each style or layout over 20 ms printed with how much it redid. */
const IS_TRACED = args.includes('--trace');

interface Result {
  wallMs: number;
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  sliceMs: number[];
  abbrs: number;
  restoreMs: number;
  isRestored: boolean;
  start: number;
  end: number;
  restoreStart: number;
  restoreEnd: number;
}

/** Paragraphs of real state news: the two demo articles and the baochinhphu fixture. */
function sourceParagraphs(): string[] {
  const files = [
    'demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html',
    'demo/kiengiang.gov.vn/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html',
    'tests/fixtures/pages/baochinhphu.vn--chinh-sach-moi-thang-3-2026/source.html',
  ];
  const paragraphs: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(ROOT, file), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      // Keep inline links and emphasis (occurrences inside links are part of the job), drop other tags.
      const inner = m[1]!.replace(/<(?!\/?(?:a|strong|em|b|i)\b)[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      if (wordCount(inner) >= 12) paragraphs.push(inner);
    }
  }
  return paragraphs;
}

function wordCount(html: string): number {
  return html.replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' ').split(/\s+/).filter(Boolean).length;
}

function articleHtml(words: number): { html: string; blocks: number } {
  const source = sourceParagraphs();
  const parts: string[] = ['<h1>Tổng hợp tin Ủy ban nhân dân (UBND) tỉnh và Hội đồng nhân dân (HĐND) năm 2026</h1>'];
  let count = 0;
  let i = 0;
  // A little over the target: the page's own word count (textContent) splits a few tokens differently.
  while (count < words * 1.03) {
    const p = source[i % source.length]!;
    parts.push(i % 25 === 24 ? `<figure><figcaption>${p}</figcaption></figure>` : `<p>${p}</p>`);
    count += wordCount(p);
    i++;
  }
  return {
    html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title></head><body><article id="article">${parts.join('\n')}</article></body></html>`,
    blocks: i + 1,
  };
}

async function bundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dedoc-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: {
        outDir,
        emptyOutDir: true,
        minify: !IS_PROFILED,
        target: 'es2022',
        lib: { entry: join(ROOT, 'scripts/bench/acronyms/page.ts'), formats: ['iife'], name: 'dedocBenchBundle', fileName: () => 'bench.js' },
      },
    });
    return readFileSync(join(outDir, 'bench.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The layouts and style recalculations over 20 ms of a trace: how many objects each had to lay out, of how many. */
function printLongLayouts(trace: { traceEvents: Array<{ name: string; ph: string; dur?: number; tdur?: number; ts: number; args?: any }> }): void {
  const events = trace.traceEvents.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'MajorGC' || e.name === 'V8.GC_MARK_COMPACTOR') && (e.dur ?? 0) > 20_000);
  const layouts = trace.traceEvents.filter((e) => e.name === 'Layout' && (e.dur ?? 0) > 2_000);
  const perDirty = layouts.map((e) => (e.dur ?? 0) / 1000 / Math.max(1, e.args?.beginData?.dirtyObjects ?? 1));
  console.log(`trace: ${layouts.length} layouts over 2 ms, median ${median(layouts.map((e) => (e.dur ?? 0) / 1000)).toFixed(1)} ms, median ${(median(perDirty) * 1000).toFixed(0)} µs per dirty object`);
  console.log(`trace: ${events.length} style, layout or GC events over 20 ms`);
  for (const e of events) {
    const data = e.args?.beginData ?? e.args?.data ?? {};
    const end = e.args?.endData ?? {};
    // Wall time, and the thread's own CPU time in it: much less CPU than wall means the thread waited for a core.
    const cpu = e.tdur === undefined ? '' : ` (CPU ${(e.tdur / 1000).toFixed(1)} ms)`;
    console.log(`  ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms${cpu} ${JSON.stringify({ dirty: data.dirtyObjects, total: data.totalObjects, partial: data.partialLayout, elements: data.elementCount ?? end.elementCount, root: end.rootNode ? 'yes' : undefined })}`);
  }
}

/** Self time per function of a CDP CPU profile, the top 25 printed. */
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!)!;
    const name = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(name, (self.get(name) ?? 0) + ms);
    total += ms;
  }
  console.log(`CPU profile, self time, ${total.toFixed(0)} ms sampled:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  // Inclusive time: a sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      const name = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  console.log('CPU profile, inclusive time:');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The acronym rows of the summary table: the honest baseline is a walk that also cuts the text into words. */
function acronymFigures(browser: BenchBrowser, busy: number, scan: number, longestSlice: number): Figure[] {
  return [
    { figure: 'acronyms: annotation work / walk that cuts the text into words', browser, value: busy / scan, unit: '×', max: 3 },
    { figure: 'acronyms: longest slice of our annotation work', browser, value: longestSlice, unit: 'ms', max: 50 },
  ];
}

async function main(): Promise<void> {
  const script = await bundle();
  const { html, blocks } = articleHtml(WORDS);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    const words: number = await page.evaluate(() => (globalThis as any).dedocBench.words());
    // The renderer's own accounting (CDP Performance metrics): script vs style and layout time of the page while
    // annotating and switching off, i.e. our code vs the page rendering what we changed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<Record<string, number>> =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m: { name: string; value: number }) => [m.name, m.value]));
    const rendering: Array<{ script: number; style: number; layout: number }> = [];
    const walk: number[] = [];
    const scan: number[] = [];
    const results: Result[] = [];
    const definitions: number[] = [];
    const floors: Array<{ ms: number; writeMs: number; value: number }> = [];
    // Warm-up (JIT, the dictionary's index), not counted.
    await page.evaluate(() => (globalThis as any).dedocBench.annotate());
    await page.evaluate(() => (globalThis as any).dedocBench.takeLongTasks());
    if (IS_TRACED) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
    if (IS_PROFILED) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    for (let run = 0; run < RUNS; run++) {
      walk.push((await page.evaluate(() => (globalThis as any).dedocBench.walk())).ms);
      scan.push((await page.evaluate(() => (globalThis as any).dedocBench.walkAndScan())).ms);
      definitions.push((await page.evaluate(() => (globalThis as any).dedocBench.definitions())).ms);
      const before = await metrics();
      const result: Result = await page.evaluate(
        ([mode, paced]) => (globalThis as any).dedocBench.annotate(mode, paced),
        [RESTORE_MODE, IS_PACED] as const,
      );
      const after = await metrics();
      const delta = (name: string): number => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      rendering.push({ script: delta('ScriptDuration'), style: delta('RecalcStyleDuration'), layout: delta('LayoutDuration') });
      results.push(result);
      if (SHOW_SLICES) console.log(`run ${run + 1} slices (ms): ${result.sliceMs.join(' ')}`);
    }
    if (IS_TRACED) printLongLayouts(JSON.parse((await browser.stopTracing()).toString('utf8')));
    // The floor changes and restores the whole article at once, so the page lays it all out again in one long
    // frame: measured after the runs, where that frame counts as "elsewhere".
    await page.waitForTimeout(300);
    for (let run = 0; run < RUNS; run++) floors.push(await page.evaluate(() => (globalThis as any).dedocBench.floor()));
    await page.waitForTimeout(300);
    if (IS_PROFILED) printProfile((await cdp.send('Profiler.stop')).profile);
    const longFrames: Array<{ start: number; duration: number; script: number; styleLayout: number; scripts: string[] }> = await page.evaluate(
      () => (globalThis as any).dedocBench.takeLongFrames(),
    );
    const longTasks: Array<{ start: number; duration: number }> = await page.evaluate(() => (globalThis as any).dedocBench.takeLongTasks());
    // Where each long task falls: while annotating or switching off, including the frames in which the page
    // renders what we changed (up to 150 ms after the last write), or elsewhere (baselines, harness).
    const overlaps = (t: { start: number; duration: number }, from: number, to: number): boolean => t.start <= to && t.start + t.duration >= from;
    const inAnnotation = longTasks.filter((t) => results.some((r) => overlaps(t, r.start, r.end + 150)));
    const inRestore = longTasks.filter((t) => !inAnnotation.includes(t) && results.some((r) => overlaps(t, r.restoreStart, r.restoreEnd + 150)));
    const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
    const longest = (list: Array<{ duration: number }>): string => (list.length ? `, longest ${fmt(Math.max(...list.map((t) => t.duration)))}` : '');
    const busy = median(results.map((r) => r.busyMs));
    const last = results[results.length - 1]!;
    console.log(`Acronym annotation benchmark — Chromium ${browser.version()}, ${RUNS} runs (+1 warm-up)${IS_PACED ? '' : ', writes NOT paced per frame'}`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (a shared machine: read medians, and rerun when it is busy)`);
    console.log(`article: ${words.toLocaleString('en')} words in ${blocks} blocks; ${last.abbrs} acronyms annotated per run, in ${last.slices} slices`);
    console.log(`bare TreeWalker pass (read every text node):         median ${fmt(median(walk))}`);
    console.log(`TreeWalker pass + word tokenizing regex:          median ${fmt(median(scan))}`);
    console.log(`annotate, work time (sum of its slices):             median ${fmt(busy)}`);
    console.log(`  of which the definition finder (blocks with "("):  median ${fmt(median(definitions))}`);
    console.log(`annotate, wall time (start to done, yields incl.):   median ${fmt(median(results.map((r) => r.wallMs)))}`);
    console.log(`restore (switch off, ${RESTORE_MODE === 'sync' ? 'all at once' : 'a batch per frame'}), wall time:   median ${fmt(median(results.map((r) => r.restoreMs)))}; DOM restored exactly: ${results.every((r) => r.isRestored)}`);
    console.log(`floor: simplest annotator of this article (${floors[0]?.value} wraps):  median ${fmt(median(floors.map((f) => f.ms)))} (${(median(floors.map((f) => f.ms)) / median(walk)).toFixed(2)}× the bare pass)`);
    console.log(`  of which its DOM writes alone:                    median ${fmt(median(floors.map((f) => f.writeMs)))} (${(median(floors.map((f) => f.writeMs)) / median(walk)).toFixed(2)}× the bare pass)`);
    console.log(`ratio annotate work / bare TreeWalker pass:          ${(busy / median(walk)).toFixed(2)}`);
    console.log(`ratio annotate work / TreeWalker pass + tokenizing:   ${(busy / median(scan)).toFixed(2)}`);
    console.log(`slices of our work: median ${fmt(median(results.flatMap((r) => r.sliceMs)))}, longest ${fmt(Math.max(...results.map((r) => r.longestSliceMs)))}`);
    console.log(
      `renderer time per annotate + switch off: script ${fmt(median(rendering.map((r) => r.script)))}, style ${fmt(median(rendering.map((r) => r.style)))}, layout ${fmt(median(rendering.map((r) => r.layout)))}`,
    );
    console.log(`long tasks (> 50 ms) while annotating, page rendering included: ${inAnnotation.length}${longest(inAnnotation)}`);
    console.log(`long tasks (> 50 ms) while switching off, page rendering included: ${inRestore.length}${longest(inRestore)}`);
    // Long animation frames (over 50 ms from the first task to the end of rendering): what the long ones while
    // annotating or switching off were made of. The others (page load, the floor's all-at-once change) are counted.
    let framesElsewhere = 0;
    for (const f of longFrames) {
      const run = results.findIndex((r) => f.start <= r.restoreEnd + 150 && f.start + f.duration >= r.start);
      if (run < 0) {
        framesElsewhere++;
        continue;
      }
      const r = results[run]!;
      const where = f.start <= r.end + 150 ? `annotating, at +${Math.round(f.start - r.start)} of ${Math.round(r.end - r.start)} ms` : `switching off, at +${Math.round(f.start - r.restoreStart)} of ${Math.round(r.restoreEnd - r.restoreStart)} ms`;
      console.log(
        `  long frame ${fmt(f.duration)} (run ${run + 1}, ${where}): scripts ${fmt(f.script)}${f.scripts.length ? ` (${f.scripts.join(', ')})` : ''}, style and layout ${fmt(f.styleLayout)}`,
      );
    }
    console.log(`  long frames elsewhere (page load, the floor): ${framesElsewhere}`);
    console.log(`long tasks (> 50 ms) elsewhere (baselines, harness): ${longTasks.length - inAnnotation.length - inRestore.length}`);
    recordFigures('acronyms', 'chromium', acronymFigures('chromium', busy, median(scan), Math.max(...results.map((r) => r.longestSliceMs))));
  } finally {
    await browser.close();
  }
  if (existsSync('/usr/bin/firefox-esr')) await firefox(script, html, blocks);
}

/**
 * The same measurements in Firefox ESR (WebDriver BiDi through puppeteer-core), with full timer precision. Firefox
 * has no Long Tasks API: the longest slice of our work is printed instead.
 */
async function firefox(script: string, html: string, blocks: number): Promise<void> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // Timers at full precision (Firefox rounds performance.now() to 1 ms by default; the bare pass is about that).
    extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.evaluate((source: string) => (0, eval)(source), script);
    const bench = <T>(fn: string, ...fnArgs: unknown[]): Promise<T> =>
      page.evaluate((name: string, list: unknown[]) => (globalThis as any).dedocBench[name](...list), fn, fnArgs) as Promise<T>;
    const words = await bench<number>('words');
    await bench('annotate');
    const walk: number[] = [];
    const scan: number[] = [];
    const definitions: number[] = [];
    const results: Result[] = [];
    const floors: Array<{ ms: number; writeMs: number; value: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      walk.push((await bench<{ ms: number }>('walk')).ms);
      scan.push((await bench<{ ms: number }>('walkAndScan')).ms);
      definitions.push((await bench<{ ms: number }>('definitions')).ms);
      results.push(await bench<Result>('annotate', RESTORE_MODE, IS_PACED));
    }
    for (let run = 0; run < RUNS; run++) floors.push(await bench('floor'));
    const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
    const busy = median(results.map((r) => r.busyMs));
    const floor = median(floors.map((f) => f.ms));
    const writes = median(floors.map((f) => f.writeMs));
    const version = (await browser.version()).replace(/^firefox\//i, '');
    console.log(`\nAcronym annotation benchmark — Firefox ${version}, ${RUNS} runs (+1 warm-up), same article (${words.toLocaleString('en')} words, ${blocks} blocks, ${results[0]?.abbrs} acronyms)`);
    console.log(`bare TreeWalker pass ${fmt(median(walk))}; + word tokenizing regex ${fmt(median(scan))}; definition finder ${fmt(median(definitions))}`);
    console.log(`annotate, work time ${fmt(busy)} (${(busy / median(walk)).toFixed(2)}× the bare pass, ${(busy / median(scan)).toFixed(2)}× the tokenizing pass); wall time ${fmt(median(results.map((r) => r.wallMs)))}`);
    console.log(`floor ${fmt(floor)} (${(floor / median(walk)).toFixed(2)}× the bare pass), its DOM writes alone ${fmt(writes)} (${(writes / median(walk)).toFixed(2)}×)`);
    console.log(`slices of our work: median ${fmt(median(results.flatMap((r) => r.sliceMs)))}, longest ${fmt(Math.max(...results.map((r) => r.longestSliceMs)))}; switching off ${fmt(median(results.map((r) => r.restoreMs)))}, DOM restored exactly: ${results.every((r) => r.isRestored)}`);
    recordFigures('acronyms', 'firefox', acronymFigures('firefox', busy, median(scan), Math.max(...results.map((r) => r.longestSliceMs))));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
