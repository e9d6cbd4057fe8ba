// Try the voice side by hand: `npx tsx scripts/speech/try-voice.ts [--firefox] [--voice ID] [--rate R] [--headed] "text"`
// (build first; DEDOC_OUT names the build). It starts the browser with the built extension and a private
// speech-dispatcher, opens the options page, connects the dedoc-speech port as the player does, prints the voices
// (Vietnamese ones and the built-in ones), speaks the text (already spoken text: normalise it with speechText first
// if it has numbers or acronyms) and prints every event with its time since speak. Default voice: builtin:vi.
//
// The same by hand in any extension page's console (options page → F12):
//   const p = chrome.runtime.connect({ name: 'dedoc-speech' });
//   p.onMessage.addListener((m) => console.log(performance.now().toFixed(0), JSON.stringify(m)));
//   p.postMessage({ type: 'voices' });
//   p.postMessage({ type: 'speak', utterance: 1, text: 'Xin chào, đây là Dễ Đọc', voiceId: 'builtin:vi', rate: 1 });
//   p.postMessage({ type: 'pause' }); p.postMessage({ type: 'resume' }); p.postMessage({ type: 'stop' });
import { launch } from '../../tests/e2e/support/browsers';
import { speechDispatcher } from '../../tests/e2e/support/speechd';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string): boolean => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const isFirefox = flag('--firefox');
const isHeaded = flag('--headed');
const voiceId = option('--voice') ?? 'builtin:vi';
const rate = Number(option('--rate') ?? '1');
const text = args.join(' ') || 'Xin chào, đây là Dễ Đọc';

const speechd = speechDispatcher();
await speechd.start();
const harness = await launch(isFirefox ? 'firefox' : 'chromium', {
  env: speechd.env,
  extraArgs: speechd.chromiumArgs,
  isHeaded,
  ...(isFirefox && !isHeaded ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {}),
});
try {
  const page = await harness.openExtensionPage('src/options/index.html');
  await page.evaluate(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const log: unknown[] = [];
    const port = api.runtime.connect({ name: 'dedoc-speech' });
    port.onMessage.addListener((message: unknown) => log.push({ at: performance.now(), message }));
    (window as any).__speech = { port, log };
  });
  await page.evaluate(() => (window as any).__speech.port.postMessage({ type: 'voices' }));
  // Voices arrive in batches over a few seconds.
  await page.waitFor(() => (window as any).__speech.log.filter((e: any) => e.message.type === 'voices').length >= 2, undefined, 15_000).catch(() => undefined);
  const voices = await page.evaluate(() => {
    const lists = (window as any).__speech.log.filter((e: any) => e.message.type === 'voices');
    return (lists[lists.length - 1]?.message.voices ?? []) as Array<{ id: string; lang: string; engine: string; isLocal: boolean }>;
  });
  const shown = voices.filter((v) => v.engine === 'builtin' || v.lang.toLowerCase().startsWith('vi'));
  console.log(`${voices.length} voices, ${shown.length} Vietnamese or built-in, e.g.:`);
  for (const v of shown.slice(0, 8)) console.log(`  ${v.engine.padEnd(7)} ${v.lang.padEnd(16)} ${v.isLocal ? 'local ' : 'remote'} ${v.id}`);
  const sentAt = await page.evaluate(
    ({ text, voiceId, rate }) => {
      (window as any).__speech.port.postMessage({ type: 'speak', utterance: 1, text, voiceId, rate });
      return performance.now();
    },
    { text, voiceId, rate },
  );
  await page.waitFor(() => (window as any).__speech.log.some((e: any) => e.message.utterance === 1 && ['end', 'error'].includes(e.message.event.type)), undefined, 60_000);
  const events = await page.evaluate(() => (window as any).__speech.log.filter((e: any) => e.message.type === 'event'));
  for (const e of events as Array<{ at: number; message: { event: { type: string; spokenStart?: number; spokenEnd?: number } } }>) {
    const { event } = e.message;
    const word = event.type === 'word' ? ` "${text.slice(event.spokenStart, event.spokenEnd)}"` : '';
    console.log(`${String(Math.round(e.at - sentAt)).padStart(6)} ms  ${JSON.stringify(event)}${word}`);
  }
} finally {
  await harness.close();
  speechd.stop();
}
