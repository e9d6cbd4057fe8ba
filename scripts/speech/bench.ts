// npm run bench:speech [-- --runs N]: the built-in voice and the speech normaliser, measured in Node. Prints medians;
// asserts nothing (targets are read by a person: first sound ≤ 400 ms warm, ≤ 1.5 s cold; added size ≤ 2 MB).
//
// - cold: a fresh Node process imports the trimmed loader, starts the module with the trimmed data and synthesises
//   the article's first chunk; time to the first PCM piece (what the reader waits for after a click), per stage;
// - warm: the same synthesizer, first PCM piece of each following chunk;
// - speed: seconds of audio per second of synthesis over the whole demo article;
// - memory: RSS and heap of that process while speaking the article;
// - size: the trimmed data and loader, raw and gzipped;
// - the normaliser: characters a millisecond on the article and on every fixture page (in this process);
// - then the same in real Chromium and Firefox with the built extension (bench-browser.ts; `--no-browser` skips it,
//   `--browser-runs N` sets the launches per browser, 3 by default).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
// Core's data (the built-in acronym dictionary the normaliser resolves with), read from its sources as scripts do.
import '../lib/core-data';
import { detectArticle } from '../../src/core/article/index';
import { chunkForSpeech, speechText, type SpeechChunk } from '../../src/core/speech/index';
import { SITES } from '../../src/sites/index';
import { trimInstalledPackage } from '../../tools/voice-data/build';
import { benchBrowsers } from './bench-browser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = join(ROOT, 'demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 7;
const browserRunsFlag = process.argv.indexOf('--browser-runs');
const BROWSER_RUNS = browserRunsFlag >= 0 ? Number(process.argv[browserRunsFlag + 1]) : 3;
const WITH_BROWSERS = !process.argv.includes('--no-browser');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number): string => `${n.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The article's blocks as text, found by the extension's own detector. */
async function articleBlocks(file: string, url: string): Promise<string[]> {
  const window = new Window({ url });
  window.document.write(readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, ''));
  const model = detectArticle(window.document as unknown as Document, { url, sites: SITES });
  await window.happyDOM.close();
  return model === null ? [] : model.blocks.map((b) => b.text);
}

function writeLoader(dir: string): { loader: string; data: string } {
  const trimmed = trimInstalledPackage();
  const loader = join(dir, 'espeak-ng-vi.mjs');
  const data = join(dir, 'espeak-ng-vi.data');
  writeFileSync(loader, trimmed.js);
  writeFileSync(data, trimmed.data);
  return { loader, data };
}

interface ChildReport {
  importMs: number;
  readMs: number;
  loadMs: number;
  firstPcmMs: number;
  warmFirstPcmMs: number[];
  audioSeconds: number;
  synthSeconds: number;
  rssAfterLoad: number;
  peakRss: number;
  peakHeap: number;
  rssBefore: number;
}

/**
 * The cold process: plain Node, no TypeScript loader (which would transform the 800 KB loader on import and add its
 * own start-up), so this measures what a Worker does: import the loader, start the module with the data, set the
 * voice, synthesise. It drives the module's API directly, as the wrapper does; the chunks arrive normalised.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [loader, dataFile, chunksFile] = process.argv.slice(1);
const chunks = JSON.parse(readFileSync(chunksFile, 'utf8'));
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const { default: createModule } = await import(pathToFileURL(loader).href);
const t1 = performance.now();
const bytes = readFileSync(dataFile);
const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const t2 = performance.now();
const module = await createModule({ print() {}, printErr() {}, getPreloadedPackage: () => data });
const worker = new module.eSpeakNGWorker();
if (worker.set_voice('vi') !== 0) throw new Error('no voice');
const t3 = performance.now();
const rssAfterLoad = process.memoryUsage().rss;
let peakRss = rssAfterLoad;
let peakHeap = process.memoryUsage().heapUsed;
let firstPcmMs = 0;
const warmFirstPcmMs = [];
let audioSeconds = 0;
let synthSeconds = 0;
chunks.forEach((text, index) => {
  const start = performance.now();
  let first = -1;
  let samples = 0;
  worker.synthesize(text, (pcm) => {
    if (first < 0) first = performance.now() - start;
    samples += pcm.length;
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    return false;
  });
  synthSeconds += (performance.now() - start) / 1000;
  audioSeconds += samples / worker.samplerate;
  if (index === 0) firstPcmMs = t3 - t0 + first;
  else warmFirstPcmMs.push(first);
});
process.stdout.write(JSON.stringify({ importMs: t1 - t0, readMs: t2 - t1, loadMs: t3 - t2, firstPcmMs, warmFirstPcmMs,
  audioSeconds, synthSeconds, rssAfterLoad, peakRss, peakHeap, rssBefore }));
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dedoc-speech-bench-'));
  try {
    const { loader, data } = writeLoader(dir);
    const blocks = await articleBlocks(DEMO, 'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html');
    const chunks: SpeechChunk[] = blocks.flatMap((b) => chunkForSpeech(b));
    const chunksFile = join(dir, 'chunks.json');
    writeFileSync(chunksFile, JSON.stringify(chunks.map((c) => c.speech.text)));

    console.log(`Built-in voice (espeak-ng 0.3.5, Vietnamese-only data), Node ${process.version}, ${RUNS} cold processes`);
    console.log(`Demo article: ${blocks.length} blocks, ${chunks.length} chunks, ${blocks.join('\n').length.toLocaleString('en-US')} characters`);

    const reports: ChildReport[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, loader, data, chunksFile], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
      reports.push(JSON.parse(out.stdout) as ChildReport);
    }
    const med = (pick: (r: ChildReport) => number): number => median(reports.map(pick));
    console.log('\nFirst sound (first PCM piece of the first chunk), cold process:');
    console.log(`  import loader        ${ms(med((r) => r.importMs))}`);
    console.log(`  read data file       ${ms(med((r) => r.readMs))}`);
    console.log(`  start module + voice ${ms(med((r) => r.loadMs))}`);
    console.log(`  first PCM, total     ${ms(med((r) => r.firstPcmMs))}  (median of ${RUNS}; min ${ms(Math.min(...reports.map((r) => r.firstPcmMs)))}, max ${ms(Math.max(...reports.map((r) => r.firstPcmMs)))})`);
    const warm = reports.flatMap((r) => r.warmFirstPcmMs);
    console.log(`Warm (same synthesizer, next chunks): first PCM ${ms(median(warm))} median of ${warm.length}, 90th pct ${ms([...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.9)]!)}`);
    const speed = reports.map((r) => r.audioSeconds / r.synthSeconds);
    console.log(`Synthesis speed: ${median(speed).toFixed(1)} s of audio per second (${med((r) => r.audioSeconds).toFixed(1)} s of audio in ${med((r) => r.synthSeconds).toFixed(2)} s)`);
    console.log(`Memory: RSS ${mb(med((r) => r.rssBefore))} before, ${mb(med((r) => r.rssAfterLoad))} after loading, peak ${mb(med((r) => r.peakRss))} while speaking; heap peak ${mb(med((r) => r.peakHeap))}`);

    const trimmed = trimInstalledPackage();
    const gz = (b: Uint8Array | string): number => gzipSync(b, { level: 9 }).byteLength;
    const jsBytes = Buffer.byteLength(trimmed.js);
    console.log('\nSize added to the extension:');
    console.log(`  espeak-ng-vi.data  ${trimmed.data.byteLength.toLocaleString('en-US')} B raw, ${gz(trimmed.data).toLocaleString('en-US')} B gzip`);
    console.log(`  espeak-ng-vi.js    ${jsBytes.toLocaleString('en-US')} B raw, ${gz(trimmed.js).toLocaleString('en-US')} B gzip`);
    console.log(`  total              ${(trimmed.data.byteLength + jsBytes).toLocaleString('en-US')} B raw (${mb(trimmed.data.byteLength + jsBytes)}), ${(gz(trimmed.data) + gz(trimmed.js)).toLocaleString('en-US')} B gzip`);

    // The normaliser: characters a millisecond, median of RUNS.
    console.log('\nNormaliser (speechText), characters per millisecond, median of runs:');
    const pages: Array<[string, string[]]> = [['demo article', blocks]];
    for (const name of readdirSync(FIXTURES).sort()) {
      const html = readdirSync(join(FIXTURES, name)).find((f) => f.endsWith('.html'));
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string };
      if (html === undefined) continue;
      const texts = await articleBlocks(join(FIXTURES, name, html), expected.url);
      if (texts.length > 0) pages.push([name, texts]);
    }
    for (const [name, texts] of pages) {
      const chars = texts.reduce((n, t) => n + t.length, 0);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        for (const t of texts) speechText(t);
        times.push(performance.now() - start);
      }
      console.log(`  ${name.padEnd(48)} ${chars.toString().padStart(6)} chars  ${(chars / median(times)).toFixed(0).padStart(5)} chars/ms  (${median(times).toFixed(1)} ms)`);
    }
    if (WITH_BROWSERS) await benchBrowsers(chunks.map((c) => c.speech.text), BROWSER_RUNS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
