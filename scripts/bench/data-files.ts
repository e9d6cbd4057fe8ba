// Benchmark: what reading the packaged data costs a page that needs it (the acronym and summary features, on an
// article page), in Chromium and Firefox ESR: the built data file evaluated as the browser runs it (compile of one
// string literal + JSON.parse), then the dictionary decoded into entries (its regular-expression cues compiled) and
// indexed by the first lookup. Compared with the data as a JavaScript object literal (the dictionary's typed source
// bundled as code: what every page compiled before). Each figure is the median of fresh evaluations (a comment
// unique to each run keeps the engines from reusing an earlier compilation).
// Run after a build: npx tsx scripts/bench/data-files.ts   (DEDOC_OUT names the build folder, dist/ by default)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BUNDLES, RUNTIME_SYMBOL } from '../../src/shared/content-bundles';
import { bundleCore } from '../lib/bundle-core';
import { median, recordFigures, type BenchBrowser, type Figure } from './lib/figures';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');
const RUNS = 15;

/** The dictionary's typed source bundled as a script: the data as an object literal with its RegExp literals. */
async function objectLiteralDictionary(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dedoc-bench-data-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(ROOT, 'src/core/acronyms/dictionary/builtin.ts'), formats: ['iife'], name: '__dedocLiteral', fileName: () => 'literal.js' },
      },
    });
    return readFileSync(join(outDir, 'literal.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface Sources {
  dictionary: string;
  model: string;
  literal: string;
  core: string;
}

/** In the page: evaluate each source RUNS times, fresh each time; time the evaluation and the dictionary's decoding. */
function measureInPage(args: { sources: Sources; runs: number; symbol: string }): Record<string, number[]> {
  const { sources, runs, symbol } = args;
  const times: Record<string, number[]> = { dictionary: [], decode: [], index: [], model: [], literal: [] };
  const core = (globalThis as any).__dedocCore;
  for (let run = 0; run < runs; run++) {
    const data = new Map<string, unknown>();
    (globalThis as any)[Symbol.for(symbol)] = { data };
    let t = performance.now();
    (0, eval)(`${sources.dictionary}\n//${run}`);
    times.dictionary!.push(performance.now() - t);
    t = performance.now();
    const entries = core.decodeBuiltinDictionary(data.get('acronyms-dictionary'));
    times.decode!.push(performance.now() - t);
    // The index, built at the first lookup: the same work as before the data became a file.
    t = performance.now();
    core.useBuiltinDictionary(() => entries);
    core.hasBuiltin('UBND');
    times.index!.push(performance.now() - t);
    t = performance.now();
    (0, eval)(`${sources.model}\n//${run}`);
    times.model!.push(performance.now() - t);
    t = performance.now();
    (0, eval)(`${sources.literal}\n//${run}`);
    times.literal!.push(performance.now() - t);
  }
  return times;
}

function figures(browser: BenchBrowser, times: Record<string, number[]>, sizes: Record<string, number>): Figure[] {
  const m = (key: string): number => median(times[key]!);
  console.log(`\nData files — ${browser}, ${RUNS} fresh evaluations each`);
  console.log(`  acronym dictionary file (${(sizes.dictionary! / 1024).toFixed(0)} K characters): evaluate ${m('dictionary').toFixed(2)} ms, decode ${m('decode').toFixed(2)} ms; its index at the first lookup (as before) ${m('index').toFixed(2)} ms`);
  console.log(`  the same dictionary as an object literal (${(sizes.literal! / 1024).toFixed(0)} K characters of code, what every page compiled before): ${m('literal').toFixed(2)} ms`);
  console.log(`  summary model file (${(sizes.model! / 1024).toFixed(0)} K characters): evaluate ${m('model').toFixed(2)} ms`);
  return [
    { figure: 'data: acronym dictionary file, evaluate + decode (article pages only)', browser, value: m('dictionary') + m('decode'), unit: 'ms' },
    { figure: 'data: the same dictionary as an object literal (every page, before)', browser, value: m('literal'), unit: 'ms' },
    { figure: 'data: summary model file, evaluate (article pages only)', browser, value: m('model'), unit: 'ms' },
  ];
}

async function main(): Promise<void> {
  const sources: Sources = {
    dictionary: readFileSync(join(OUT, 'chrome', BUNDLES['acronyms-dictionary'].file), 'utf8'),
    model: readFileSync(join(OUT, 'chrome', BUNDLES['summary-model'].file), 'utf8'),
    literal: await objectLiteralDictionary(),
    core: await bundleCore(),
  };
  const sizes = { dictionary: sources.dictionary.length, model: sources.model.length, literal: sources.literal.length };
  const args = { sources, runs: RUNS, symbol: RUNTIME_SYMBOL };

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>data</title>');
    await page.addScriptTag({ content: sources.core });
    recordFigures('data-files', 'chromium', figures('chromium', await page.evaluate(measureInPage, args), sizes));
  } finally {
    await browser.close();
  }

  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
  });
  try {
    const page = await firefox.newPage();
    await page.setContent('<!doctype html><title>data</title>');
    await page.evaluate((source: string) => (0, eval)(source), sources.core);
    recordFigures('data-files', 'firefox', figures('firefox', await page.evaluate(measureInPage, args), sizes));
  } finally {
    await firefox.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
