// The voice side of read-aloud, in real Chromium and Firefox, driven through the dedoc-speech port from an extension
// page (as the popup's voice preview does): the voice list (browser voices from a private speech-dispatcher, and the
// built-in ones); the built-in voice (espeak-ng in a Worker, played in Chrome's offscreen document or Firefox's
// background page) gives start, each word at its offsets when it is heard on the AudioContext clock, and end; stop
// silences it; pause holds it and resume goes on; a browser voice speaks through speech-dispatcher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { speechDispatcher } from './support/speechd';
import { useBrowser } from './support/suite';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const HELLO = 'Xin chào, đây là Dễ Đọc';
/** RECIPES: "Xin chào, đây là Dễ Đọc" has words at characters 1, 5, 11, 15, 18, 21 (1-based) and 1.41 s of audio. */
const HELLO_WORDS = ['Xin', 'chào', 'đây', 'là', 'Dễ', 'Đọc'];
const LONG =
  'Ủy ban nhân dân tỉnh Kiên Giang vừa tổ chức hội nghị tổng kết công tác năm hai nghìn không trăm hai mươi lăm ' +
  'và triển khai nhiệm vụ năm mới, với sự tham dự của lãnh đạo các sở, ban, ngành.';

/** speech-dispatcher's voices come 2–5 s after the browser starts on a quiet machine; far later on a loaded one. */
const VOICES_WAIT_MS = 50_000;

interface Logged {
  at: number;
  sent?: { type: string; utterance?: number };
  message?: {
    type: string;
    utterance?: number;
    voices?: Array<{ id: string; lang: string; engine: string; isLocal: boolean }>;
    event?: { type: string; engine?: string; spokenStart?: number; spokenEnd?: number; code?: string; message?: string };
  };
}

/** Opens the port in an extension page and logs everything that comes and goes, with the page's clock. */
async function client(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const w = window as any;
    const log: unknown[] = [];
    const port = api.runtime.connect({ name: 'dedoc-speech' });
    port.onMessage.addListener((message: unknown) => log.push({ at: performance.now(), message }));
    w.__speech = { port, log };
  });
}

function send(page: TestPage, message: Record<string, unknown>): Promise<number> {
  return page.evaluate((m) => {
    const s = (window as any).__speech;
    const at = performance.now();
    s.log.push({ at, sent: m });
    s.port.postMessage(m);
    return at;
  }, message);
}

function log(page: TestPage): Promise<Logged[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as any).__speech.log)) as Logged[]);
}

function eventsOf(entries: Logged[], utterance: number) {
  return entries.filter((e) => e.message?.type === 'event' && e.message.utterance === utterance).map((e) => ({ at: e.at, ...e.message!.event! }));
}

/** Waits until utterance `u` has an event of one of `types`. */
function until(page: TestPage, u: number, types: string[], timeoutMs = 20_000): Promise<void> {
  return page.waitFor(
    ({ u, types }) =>
      ((window as any).__speech.log as Logged[]).some((e) => e.message?.type === 'event' && e.message.utterance === u && types.includes(e.message.event!.type)),
    { u, types },
    timeoutMs,
  );
}

function countWords(page: TestPage, u: number): Promise<number> {
  return page.evaluate(
    (u) => ((window as any).__speech.log as Logged[]).filter((e) => e.message?.utterance === u && e.message.event?.type === 'word').length,
    u,
  );
}

describe.each(BROWSERS)('read-aloud voices in %s', (name) => {
  const speechd = speechDispatcher();
  beforeAll(() => speechd.start(), 20_000);
  const suite = useBrowser(name, {
    env: speechd.env,
    extraArgs: speechd.chromiumArgs,
    // Headless Firefox has no audio device: its AudioContext stays suspended (also with force_null_context: measured
    // on 153 ESR). cubeb's mock backend, which Firefox's own tests use, plays into nothing on a real clock.
    ...(name === 'firefox' ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {}),
  });
  afterAll(() => speechd.stop());

  async function speaker(): Promise<TestPage> {
    const page = await suite.harness.openExtensionPage('src/options/index.html');
    await client(page);
    return page;
  }

  it('lists the built-in voices and, as they arrive, the browser’s Vietnamese voices', async () => {
    const page = await speaker();
    await send(page, { type: 'voices' });
    await page.waitFor(
      () =>
        ((window as any).__speech.log as Logged[]).some(
          (e) => e.message?.type === 'voices' && e.message.voices!.some((v) => v.engine === 'browser' && v.lang.toLowerCase().startsWith('vi')),
        ),
      undefined,
      VOICES_WAIT_MS,
    );
    const lists = (await log(page)).filter((e) => e.message?.type === 'voices').map((e) => e.message!.voices!);
    const last = lists[lists.length - 1]!;
    expect(last.filter((v) => v.engine === 'builtin').map((v) => v.id)).toEqual(['builtin:vi', 'builtin:vi-VN-x-central', 'builtin:vi-VN-x-south']);
    const vietnamese = last.filter((v) => v.engine === 'browser' && v.lang.toLowerCase().startsWith('vi'));
    expect(vietnamese.length).toBeGreaterThan(0);
    // speech-dispatcher's voices are on this machine.
    expect(vietnamese.every((v) => v.isLocal)).toBe(true);
  });

  it('the built-in voice: start, each word at its offsets when heard, then end', async () => {
    const page = await speaker();
    const sentAt = await send(page, { type: 'speak', utterance: 1, text: HELLO, voiceId: 'builtin:vi', rate: 1 });
    await until(page, 1, ['end', 'error']);
    const events = eventsOf(await log(page), 1);
    expect(events.find((e) => e.type === 'error')).toBeUndefined();
    expect(events[0]).toMatchObject({ type: 'start', engine: 'builtin' });
    const words = events.filter((e) => e.type === 'word');
    expect(words.map((w) => w.spokenStart)).toEqual([0, 4, 10, 14, 17, 20]);
    expect(words.map((w) => HELLO.slice(w.spokenStart, w.spokenEnd))).toEqual(HELLO_WORDS);
    expect(events[events.length - 1]!.type).toBe('end');
    // Heard, not synthesised: synthesis takes ~0.1 s, the audio 1.41 s. Events can only come late, never early.
    const start = events[0]!.at;
    expect(words[words.length - 1]!.at - start).toBeGreaterThan(900);
    expect(events[events.length - 1]!.at - start).toBeGreaterThan(1300);
    console.log(`${name} built-in: first sound ${Math.round(start - sentAt)} ms after speak (cold)`);
  });

  it('stop silences it at once: no word and no end of that utterance once the stop is taken', async () => {
    const page = await speaker();
    await send(page, { type: 'speak', utterance: 2, text: LONG, voiceId: 'builtin:vi', rate: 1 });
    await page.waitFor(() => ((window as any).__speech.log as Logged[]).filter((e) => e.message?.event?.type === 'word').length >= 2, undefined, 20_000);
    const stoppedAt = await send(page, { type: 'stop' });
    // Something else spoken to its end afterwards: time enough for anything of utterance 2 to have come.
    await send(page, { type: 'speak', utterance: 3, text: HELLO, voiceId: 'builtin:vi-VN-x-south', rate: 1.5 });
    await until(page, 3, ['end', 'error']);
    const entries = await log(page);
    // Messages keep their order both ways: whatever of utterance 2 the voice side sent after it took the stop would
    // come after the start of utterance 3, which it took next. Before that, a word already on its way when the stop
    // was sent may still arrive (on a loaded machine the offscreen document → background → page hop takes a while):
    // one at most, as for pause.
    const startOf3 = eventsOf(entries, 3)[0]!.at;
    expect(eventsOf(entries, 2).filter((e) => e.at >= startOf3)).toEqual([]);
    expect(eventsOf(entries, 2).filter((e) => e.at > stoppedAt && e.type === 'word').length).toBeLessThanOrEqual(1);
    expect(eventsOf(entries, 2).some((e) => e.type === 'end')).toBe(false);
    expect(eventsOf(entries, 3).map((e) => e.type)).toEqual(['start', 'word', 'word', 'word', 'word', 'word', 'word', 'end']);
  });

  it('pause holds the place (no word, no end) and resume goes on from there', async () => {
    const page = await speaker();
    await send(page, { type: 'speak', utterance: 4, text: LONG, voiceId: 'builtin:vi', rate: 1 });
    await page.waitFor(() => ((window as any).__speech.log as Logged[]).filter((e) => e.message?.event?.type === 'word').length >= 3, undefined, 20_000);
    const pausedAt = await send(page, { type: 'pause' });
    const heardAtPause = await countWords(page, 4);
    // A second of pause (a measured window, not synchronisation): nothing of utterance 4 may come in it, apart
    // from a word already on its way when the pause was sent.
    await page.waitFor((t) => performance.now() > t + 1000, pausedAt);
    const resumedAt = await send(page, { type: 'resume' });
    await until(page, 4, ['end', 'error'], 30_000);
    const events = eventsOf(await log(page), 4);
    const duringPause = events.filter((e) => e.at > pausedAt + 100 && e.at < resumedAt);
    expect(duringPause).toEqual([]);
    expect(events.filter((e) => e.at <= pausedAt + 100 && e.type === 'word').length).toBeLessThanOrEqual(heardAtPause + 1);
    expect(events.filter((e) => e.type === 'start')).toHaveLength(1);
    const words = events.filter((e) => e.type === 'word');
    // Every word once, in order: resume went on, it did not start over.
    const starts = words.map((w) => w.spokenStart!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    expect(words.filter((w) => w.at > resumedAt).length).toBeGreaterThan(3);
    expect(events[events.length - 1]!.type).toBe('end');
  });

  it('a browser voice speaks through speech-dispatcher: start and end, with the engine named', async () => {
    const page = await speaker();
    await send(page, { type: 'voices' });
    await page.waitFor(
      () =>
        ((window as any).__speech.log as Logged[]).some(
          (e) => e.message?.type === 'voices' && e.message.voices!.some((v) => v.engine === 'browser' && v.lang.toLowerCase() === 'vi'),
        ),
      undefined,
      VOICES_WAIT_MS,
    );
    const voice = (await log(page))
      .filter((e) => e.message?.type === 'voices')
      .flatMap((e) => e.message!.voices!)
      .find((v) => v.engine === 'browser' && v.lang.toLowerCase() === 'vi')!;
    await send(page, { type: 'speak', utterance: 5, text: HELLO, voiceId: voice.id, rate: 1 });
    await until(page, 5, ['end', 'error']);
    const events = eventsOf(await log(page), 5);
    expect(events.map((e) => e.type)).toEqual(['start', 'end']);
    expect(events[0]).toMatchObject({ engine: 'browser' });
  });

  // Chrome only (Firefox plays in its background page): registered for Chromium alone, not skipped elsewhere.
  if (name === 'chromium') it('Chrome: the offscreen document is there while the built-in voice speaks and closes after 30 s of silence', async () => {
    const page = await speaker();
    // The page keeps the browser's count of offscreen documents up to date (getContexts is async: waitFor is not).
    await page.evaluate(() => {
      const w = window as any;
      w.__offscreen = -1;
      setInterval(() => {
        void w.chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((list: unknown[]) => (w.__offscreen = list.length));
      }, 200);
    });
    await send(page, { type: 'speak', utterance: 8, text: HELLO, voiceId: 'builtin:vi', rate: 1 });
    await until(page, 8, ['end', 'error']);
    const endedAt = Date.now();
    expect(eventsOf(await log(page), 8).map((e) => e.type)).toContain('end');
    await page.waitFor(() => (window as any).__offscreen === 1);
    await page.waitFor(() => (window as any).__offscreen === 0, undefined, 50_000);
    // Closed for silence, not at once.
    expect(Date.now() - endedAt).toBeGreaterThan(25_000);
  }, 90_000);

  it('an unknown voice and a malformed message are answered with errors', async () => {
    const page = await speaker();
    await send(page, { type: 'speak', utterance: 6, text: HELLO, voiceId: 'no such voice', rate: 1 });
    await until(page, 6, ['error']);
    await send(page, { type: 'speak', utterance: 7, text: 42, voiceId: 'builtin:vi', rate: 1 });
    await until(page, 7, ['error']);
    const entries = await log(page);
    expect(eventsOf(entries, 6)).toMatchObject([{ type: 'error', code: 'no-voice' }]);
    expect(eventsOf(entries, 7)).toMatchObject([{ type: 'error', code: 'bad-request' }]);
  });
});

describe('read-aloud voices in firefox without an audio device', () => {
  // Headless Firefox as it is (no mock audio backend): its background page's AudioContext never runs. The voice
  // side must say so ('audio-blocked', for the player's fallback) instead of staying silent.
  const suite = useBrowser('firefox');

  it("the built-in voice answers 'audio-blocked' when the background page's AudioContext cannot run", async () => {
    const page = await suite.harness.openExtensionPage('src/options/index.html');
    await client(page);
    await send(page, { type: 'speak', utterance: 1, text: HELLO, voiceId: 'builtin:vi', rate: 1 });
    await until(page, 1, ['end', 'error']);
    expect(eventsOf(await log(page), 1)).toMatchObject([{ type: 'error', code: 'audio-blocked' }]);
  });
});
