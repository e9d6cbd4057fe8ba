// Benchmark: navigation → first contentful paint of an article whose saved text size (150 %) is put in force before
// the first paint by Dễ Đọc's registered early-paint files, against the same page on a host Dễ Đọc does not run
// on, in the same browser run (runs interleaved). Also checks that every measured paint was already scaled.
// Run after a build: npx tsx scripts/bench/scale.ts [chromium|firefox]   (npm run bench runs it with the others;
// DEDOC_OUT names the build folder, dist/ by default).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launch, type BrowserName, type TestPage } from '../../tests/e2e/support/browsers';

const RUNS = 30;
const ROOT = new URL('../../', import.meta.url).pathname;
/** A listed state site with a saved size (early-paint files registered for it), a listed one at 100 % (Dễ Đọc
 *  runs at document_idle, nothing before), and an unlisted one (no content script at all). */
const WITH = 'kiengiang.gov.vn';
const PLAIN = 'www.kiengiang.gov.vn';
const WITHOUT = 'tintuc.example.com';
const PAGES = [
  { label: 'test article (tests/e2e/sites/kiengiang.gov.vn/scale/early.html)', path: '/scale/early.html', probe: '#first' },
  { label: 'demo article (demo/kiengiang.gov.vn, with its CSS and images)', path: '/tin-tuc/nam-dan-van-chinh-quyen.html', probe: '[id$="RichHtmlField"] p' },
];

/** Serves the same files under any host name, so that only the host decides whether Dễ Đọc runs. */
async function startBenchServer(): Promise<{ url(host: string, path: string): string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path.startsWith('/scale/') ? join(ROOT, 'tests/e2e/sites/kiengiang.gov.vn', path) : join(ROOT, 'demo/kiengiang.gov.vn', path);
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: (host, path) => `http://${host}:${port}${path}`, close: () => new Promise((r) => server.close(() => r())) };
}

interface Sample {
  fcp: number;
  rendered: number;
}

async function measure(page: TestPage, url: string, probe: string): Promise<Sample> {
  await page.goto(url);
  await page.waitFor(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, 10_000);
  return page.evaluate((selector) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const el = document.querySelector(selector) as (Element & { currentCSSZoom?: number }) | null;
    const early = (window as any).__dedocEarly;
    // The early-paint probe (test article) saw the size while parsing; the demo page is read as it is now.
    const rendered = early ? early.rendered : el ? parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1) : 0;
    return { fcp, rendered: Math.round(rendered * 100) / 100 };
  }, probe);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

export async function benchScale(name: BrowserName): Promise<void> {
  const server = await startBenchServer();
  const harness = await launch(name);
  try {
    const control = await harness.openExtensionPage('src/options/index.html');
    await control.evaluate(async (host) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ sites: { version: 1, sites: { [host]: { scale: 1.5 } }, userSites: [] } });
    }, WITH);
    // Wait until the background has registered the early-paint files for the site.
    for (let i = 0; ; i++) {
      const ids = await control.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id);
      });
      if (ids.includes(`scale:${WITH}`)) break;
      if (i > 100) throw new Error('no early-paint registration');
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await harness.newPage();
    console.log(`text size before the first paint, ${name}, ${RUNS} loads each (interleaved), saved size 150 %`);
    for (const { label, path, probe } of PAGES) {
      const withTimes: number[] = [];
      const plainTimes: number[] = [];
      const withoutTimes: number[] = [];
      let scaled = 0;
      let baseSize = 0;
      // Warm-up: caches, the compiled content scripts.
      await measure(page, server.url(WITH, path), probe);
      await measure(page, server.url(WITHOUT, path), probe);
      await measure(page, server.url(PLAIN, path), probe);
      for (let run = 0; run < RUNS; run++) {
        // The three variants take turns going first: no variant profits from its place in the order.
        const order = [WITH, WITHOUT, PLAIN].map((_, i, all) => all[(i + run) % all.length]!);
        const samples = new Map<string, Sample>();
        for (const host of order) samples.set(host, await measure(page, server.url(host, path), probe));
        const withSample = samples.get(WITH)!;
        const withoutSample = samples.get(WITHOUT)!;
        withTimes.push(withSample.fcp);
        withoutTimes.push(withoutSample.fcp);
        plainTimes.push(samples.get(PLAIN)!.fcp);
        baseSize = withoutSample.rendered;
        if (Math.abs(withSample.rendered - baseSize * 1.5) < 0.01) scaled++;
      }
      const ratio = median(withTimes) / median(withoutTimes);
      console.log(`  ${label}`);
      console.log(`    without Dễ Đọc   navigation → first contentful paint: median ${median(withoutTimes).toFixed(1)} ms (p90 ${p90(withoutTimes).toFixed(1)} ms)`);
      console.log(`    Dễ Đọc at 100 %  navigation → first contentful paint: median ${median(plainTimes).toFixed(1)} ms (p90 ${p90(plainTimes).toFixed(1)} ms)`);
      console.log(`    with 150 % saved navigation → first contentful paint: median ${median(withTimes).toFixed(1)} ms (p90 ${p90(withTimes).toFixed(1)} ms)`);
      console.log(
        `    ratio with 150 % / without Dễ Đọc: ${ratio.toFixed(2)}×; with 150 % / Dễ Đọc at 100 %: ${(median(withTimes) / median(plainTimes)).toFixed(2)}×; ` +
          `text at 150 % (${(baseSize * 1.5).toFixed(1)} px) at first paint in ${scaled}/${RUNS} loads`,
      );
    }
    await page.close();
  } finally {
    await harness.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2] as BrowserName | undefined;
  for (const name of only ? [only] : (['chromium', 'firefox'] as BrowserName[])) await benchScale(name);
}
