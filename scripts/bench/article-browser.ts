// Benchmark: article detection on the largest page fixture in real Chromium, against a bare
// document.body.textContent read in the same browser run. Prints medians and their ratio.
// Run: npx tsx scripts/bench/article-browser.ts  (npm run bench runs it with the others)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleCore } from '../lib/bundle-core';
import { startServer } from '../../tests/e2e/support/server';

const RUNS = 40;
const WARMUP = 5;
const FIXTURES = new URL('../../tests/fixtures/pages/', import.meta.url).pathname;

export async function benchArticleBrowser(): Promise<void> {
  const largest = readdirSync(FIXTURES)
    .map((name) => ({ name, size: statSync(join(FIXTURES, name, 'source.html')).size }))
    .sort((a, b) => b.size - a.size)[0]!;
  const [server, core] = await Promise.all([startServer(), bundleCore()]);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('fixtures.dedoc.test', `/__fixtures__/${largest.name}/`), { waitUntil: 'domcontentloaded' });
    // tsx compiles with keepNames: functions sent to the page call a __name helper that must exist there.
    await page.evaluate('globalThis.__name = (f) => f');
    await page.evaluate((source) => (0, eval)(source), core);
    const result = await page.evaluate(
      ({ runs, warmup }) => {
        const api = (globalThis as any).__dedocCore;
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        const time = (fn: () => unknown) => {
          const times: number[] = [];
          for (let i = 0; i < warmup + runs; i++) {
            const t0 = performance.now();
            fn();
            const t = performance.now() - t0;
            if (i >= warmup) times.push(t);
          }
          return times;
        };
        let sink = 0;
        const text = time(() => (sink += document.body.textContent?.length ?? 0));
        const detect = time(() => (sink += api.detectArticle(document, { url: location.href, sites: api.SITES })?.blocks.length ?? 0));
        return { text: median(text), detect: median(detect), max: Math.max(...detect), sink };
      },
      { runs: RUNS, warmup: WARMUP },
    );
    console.log(`article detection, Chromium, ${largest.name} (${(largest.size / 1024).toFixed(0)} KB), ${RUNS} runs`);
    console.log(`  detectArticle        median ${result.detect.toFixed(2)} ms (max ${result.max.toFixed(2)} ms; target ≤ 30 ms)`);
    console.log(`  body.textContent     median ${result.text.toFixed(2)} ms`);
    console.log(`  ratio detect / textContent: ${(result.detect / Math.max(result.text, 0.001)).toFixed(1)}×`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchArticleBrowser();
