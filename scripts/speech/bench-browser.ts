// The browser part of `npm run bench:speech`: the built extension (DEDOC_OUT or dist/, build first) in real headless
// Chromium and Firefox ESR, driven through the dedoc-speech port from an extension page, as the player drives it.
// Per browser, RUNS fresh launches (cold = the first speak after launch), with a private speech-dispatcher
// (browser voices) and, in Firefox, cubeb's mock audio backend (headless Firefox has no audio device otherwise):
// - first sound: speak → `start` (the page's clock), built-in voice and a Vietnamese browser voice, cold and warm
//   (warm: the article's next chunks, each stopped once started);
// - synthesis speed: the built extension's own voice Worker, started in the extension page, over the whole article;
// - memory: RSS of all the browser's processes, idle with the page open vs. highest while the built-in voice speaks;
// - added size: the voice's files in the build (data, Worker, offscreen page, player bundle).
// Prints medians; asserts nothing (targets: first sound ≤ 400 ms warm, ≤ 1.5 s cold for the built-in voice).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type BrowserName, type TestPage } from '../../tests/e2e/support/browsers';
import { speechDispatcher } from '../../tests/e2e/support/speechd';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');
const HELLO = 'Xin chào, đây là Dễ Đọc';

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** RSS (bytes) of every process below this one: the browser under test and its children. */
function descendantsRss(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
  let total = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function client(page: TestPage): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions inside evaluated code in __name(): give the page one.
  await page.evaluate(() => void ((globalThis as any).__name = (f: unknown) => f));
  await page.evaluate(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const log: any[] = [];
    const port = api.runtime.connect({ name: 'dedoc-speech' });
    port.onMessage.addListener((message: unknown) => log.push({ at: performance.now(), message }));
    (window as any).__speech = { port, log, sent: new Map<number, number>() };
  });
}

/** Speaks and waits for `start` (or an error); returns ms from speak to start, and stops it when `stop`. */
async function timeToStart(page: TestPage, utterance: number, text: string, voiceId: string, stop: boolean): Promise<number> {
  await page.evaluate(
    ({ utterance, text, voiceId }) => {
      const s = (window as any).__speech;
      s.sent.set(utterance, performance.now());
      s.port.postMessage({ type: 'speak', utterance, text, voiceId, rate: 1 });
    },
    { utterance, text, voiceId },
  );
  await page.waitFor(
    (u) => (window as any).__speech.log.some((e: any) => e.message?.utterance === u && ['start', 'error'].includes(e.message.event?.type)),
    utterance,
    30_000,
  );
  const result = await page.evaluate((u) => {
    const s = (window as any).__speech;
    const first = s.log.find((e: any) => e.message?.utterance === u && ['start', 'error'].includes(e.message.event?.type));
    return { ms: first.at - s.sent.get(u), event: first.message.event };
  }, utterance);
  if (result.event.type !== 'start') throw new Error(`utterance ${utterance}: ${JSON.stringify(result.event)}`);
  if (stop) await page.evaluate(() => (window as any).__speech.port.postMessage({ type: 'stop' }));
  else await page.waitFor((u) => (window as any).__speech.log.some((e: any) => e.message?.utterance === u && ['end', 'error'].includes(e.message.event?.type)), utterance, 60_000);
  return result.ms;
}

/** The build's voice Worker, started in the page: seconds of audio per second of synthesis over `texts`. */
async function workerSpeed(page: TestPage, workerFile: string, texts: string[]): Promise<number> {
  return page.evaluate(
    async ({ workerFile, texts }) => {
      const worker = new Worker(`/${workerFile}`, { type: 'module' });
      const run = (id: number, text: string) =>
        new Promise<number>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent) => {
            const reply = event.data;
            if (reply.type === 'done' && reply.id === id) resolve(reply.seconds);
            if (reply.type === 'error') reject(new Error(reply.message));
          };
          worker.postMessage({ type: 'synthesize', id, text, voice: 'vi', rate: 1 });
        });
      await run(0, 'Xin chào');
      const started = performance.now();
      let audio = 0;
      for (let i = 0; i < texts.length; i++) audio += await run(i + 1, texts[i]!);
      worker.terminate();
      return audio / ((performance.now() - started) / 1000);
    },
    { workerFile, texts },
  );
}

interface BrowserRun {
  builtinCold: number;
  builtinWarm: number[];
  voiceCold: number;
  voiceWarm: number[];
  speed: number;
  idleRss: number;
  peakRss: number;
}

async function oneRun(name: BrowserName, texts: string[], workerFile: string): Promise<BrowserRun> {
  const speechd = speechDispatcher();
  await speechd.start();
  const harness = await launch(name, {
    env: speechd.env,
    extraArgs: speechd.chromiumArgs,
    ...(name === 'firefox' ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {}),
  });
  try {
    const page = await harness.openExtensionPage('src/options/index.html');
    await client(page);
    const idleRss = descendantsRss();
    let utterance = 1;
    const builtinCold = await timeToStart(page, utterance++, HELLO, 'builtin:vi', false);
    let peakRss = descendantsRss();
    const builtinWarm: number[] = [];
    for (const text of texts.slice(1, 9)) {
      builtinWarm.push(await timeToStart(page, utterance++, text, 'builtin:vi', true));
      peakRss = Math.max(peakRss, descendantsRss());
    }
    // Browser voices: wait for speech-dispatcher's list, then a Vietnamese (Northern) voice.
    await page.evaluate(() => (window as any).__speech.port.postMessage({ type: 'voices' }));
    await page.waitFor(
      () => (window as any).__speech.log.some((e: any) => e.message?.type === 'voices' && e.message.voices.some((v: any) => v.engine === 'browser' && v.lang.toLowerCase() === 'vi')),
      undefined,
      30_000,
    );
    const voiceId = await page.evaluate(
      () =>
        (window as any).__speech.log
          .filter((e: any) => e.message?.type === 'voices')
          .flatMap((e: any) => e.message.voices)
          .find((v: any) => v.engine === 'browser' && v.lang.toLowerCase() === 'vi').id as string,
    );
    const voiceCold = await timeToStart(page, utterance++, HELLO, voiceId, false);
    const voiceWarm: number[] = [];
    for (const text of texts.slice(1, 6)) voiceWarm.push(await timeToStart(page, utterance++, text, voiceId, false));
    const speed = await workerSpeed(page, workerFile, texts);
    return { builtinCold, builtinWarm, voiceCold, voiceWarm, speed, idleRss, peakRss };
  } finally {
    await harness.close();
    speechd.stop();
  }
}

function addedSize(browser: string): number {
  const dir = join(OUT, browser);
  const files = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => `${sub}/${f}`) : []);
  const html = existsSync(join(dir, 'src/offscreen/index.html')) ? readFileSync(join(dir, 'src/offscreen/index.html'), 'utf8') : '';
  const offscreen = html === '' ? [] : ['src/offscreen/index.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!).filter((f) => !f.startsWith('assets/browser-'))];
  const added = [
    'voice/espeak-ng-vi.data',
    ...files('assets').filter((f) => /^assets\/worker-/.test(f)),
    ...offscreen,
    ...files('content').filter((f) => /^content\/speech[\w.-]*\.js$/.test(f)),
  ];
  return added.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

export async function benchBrowsers(texts: string[], runs: number): Promise<void> {
  if (!existsSync(join(OUT, 'chrome/manifest.json')) || !existsSync(join(OUT, 'firefox/manifest.json'))) {
    console.log(`\nBrowsers: no build in ${OUT} (npm run build first): skipped.`);
    return;
  }
  const f = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');
  const rows: string[][] = [];
  for (const [name, build] of [['chromium', 'chrome'], ['firefox', 'firefox']] as const) {
    const workerFile = readdirSync(join(OUT, build, 'assets')).find((file) => file.startsWith('worker-'));
    if (workerFile === undefined) throw new Error(`no voice Worker in ${build}`);
    const results: BrowserRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await oneRun(name, texts, `assets/${workerFile}`));
    const pick = (g: (r: BrowserRun) => number) => median(results.map(g));
    rows.push([
      name,
      f(pick((r) => r.builtinCold)),
      f(median(results.flatMap((r) => r.builtinWarm))),
      f(pick((r) => r.voiceCold)),
      f(median(results.flatMap((r) => r.voiceWarm))),
      `${pick((r) => r.speed).toFixed(1)}×`,
      `${(pick((r) => r.peakRss - r.idleRss) / 1024 / 1024).toFixed(0)} MB`,
      `${(addedSize(build) / 1024 / 1024).toFixed(2)} MB`,
    ]);
  }
  const header = ['browser', 'built-in cold', 'built-in warm', 'browser voice cold', 'browser voice warm', 'synthesis', 'memory +', 'added size'];
  console.log(`\nIn the browsers (${runs} launches each; first sound = speak → start on the page's clock; warm = median of the next chunks):`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('Browser voices: speech-dispatcher + espeak-ng on ALSA\'s null device (end comes early: start times only).');
  console.log('Synthesis: seconds of audio per second in the built voice Worker. Memory: all browser processes, highest while speaking minus idle.');
}
