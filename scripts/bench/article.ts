// Benchmark: article detection in Node on happy-dom, for every page fixture, against a bare
// document.body.textContent read of the same document. Prints medians and their ratio; the largest
// page (about 500 KB) comes first. happy-dom's DOM is many times slower than a browser's, so read the
// ratio, not the milliseconds; real-browser numbers come from scripts/bench/article-browser.ts.
// Run: npx tsx scripts/bench/article.ts [fixture-name-part…]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { detectArticle } from '../../src/core/article/index';
import { SITES } from '../../src/sites/index';

/** Enough runs for a stable median on a shared 2-core machine without making `npm run bench` slow. */
const RUNS = 15;
/** happy-dom builds lazy internals on first use; the first runs measure that, not the detector. */
const WARMUP = 3;
const FIXTURES = new URL('../../tests/fixtures/pages/', import.meta.url).pathname;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    fn();
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  return times;
}

interface Row {
  name: string;
  kb: number;
  layer: string;
  detect: number;
  generic: number;
  text: number;
}

export function benchArticle(filter: string[] = []): Row[] {
  const names = readdirSync(FIXTURES)
    .filter((name) => filter.length === 0 || filter.some((part) => name.includes(part)))
    .map((name) => ({ name, size: statSync(join(FIXTURES, name, 'source.html')).size }))
    .sort((a, b) => b.size - a.size);
  const rows: Row[] = [];
  for (const { name, size } of names) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string };
    const window = new Window({ url: expected.url });
    window.document.write(readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
    const doc = window.document as unknown as Document;
    let sink = 0;
    const model = detectArticle(doc, { url: expected.url, sites: SITES });
    const text = time(() => (sink += doc.body.textContent?.length ?? 0));
    const detect = time(() => (sink += detectArticle(doc, { url: expected.url, sites: SITES })?.blocks.length ?? 0));
    // The worst case on an unknown portal: no adapter applies and Readability runs on a clone.
    const generic = time(() => (sink += detectArticle(doc, { url: expected.url })?.blocks.length ?? 0));
    rows.push({
      name,
      kb: size / 1024,
      layer: model ? `${model.source}${model.siteId ? `:${model.siteId}` : ''}` : 'none',
      detect: median(detect),
      generic: median(generic),
      text: median(text),
    });
    void window.happyDOM.close();
    if (sink < 0) console.log(sink);
  }
  return rows;
}

function main(): void {
  const rows = benchArticle(process.argv.slice(2));
  console.log(`article detection, Node + happy-dom, ${RUNS} runs after ${WARMUP} warm-up (medians, ms)`);
  console.log('  fixture                                          KB  layer                     detect  generic  textContent  ratio');
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(46)} ${row.kb.toFixed(0).padStart(4)}  ${row.layer.padEnd(24)} ${row.detect
        .toFixed(1)
        .padStart(7)}  ${row.generic.toFixed(1).padStart(7)}  ${row.text.toFixed(1).padStart(11)}  ${(row.detect / Math.max(row.text, 0.01))
        .toFixed(1)
        .padStart(5)}×`,
    );
  }
  const largest = rows[0];
  if (largest) {
    console.log(
      `largest page ${largest.name}: detectArticle ${largest.detect.toFixed(1)} ms = ${(largest.detect / Math.max(largest.text, 0.01)).toFixed(1)}× a body.textContent read (${largest.text.toFixed(1)} ms); Readability-only ${largest.generic.toFixed(1)} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
