// The built-in voice's Worker: espeak-ng (GPL-3.0, plain JavaScript, no eval) with the Vietnamese-only data,
// loaded on the first request. Each request is synthesised at once (synthesis is synchronous, ~20× faster than
// speech), and every PCM piece is posted as soon as it is made, with the word times inside it.
import createModule from 'virtual:dedoc/espeak-vi';
import { BuiltinSynthesizer, type EspeakModuleFactory } from '../core/speech/builtin-voice';
import { SpeechMap, type SpeechText } from '../core/speech/speech-text';
import { VOICE_DATA_PATH, type WorkerReply, type WorkerRequest, type WorkerSynthesize } from './protocol';

/** The Worker scope (the DOM lib types `self` as a Window). */
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let synthesizer: Promise<BuiltinSynthesizer> | undefined;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

async function load(): Promise<BuiltinSynthesizer> {
  const started = performance.now();
  const response = await fetch(VOICE_DATA_PATH);
  if (!response.ok) throw new Error(`voice data: ${response.status}`);
  const data = await response.arrayBuffer();
  const voice = await BuiltinSynthesizer.load({ createModule: createModule as EspeakModuleFactory, data });
  post({ type: 'ready', loadMs: performance.now() - started });
  return voice;
}

/** The text as it is spoken: the client sends spoken text already, so offsets map one to one. */
function spoken(text: string): SpeechText {
  const n = text.length;
  return { text, map: new SpeechMap([{ spokenStart: 0, spokenEnd: n, sourceStart: 0, sourceEnd: n, isVerbatim: true }]) };
}

function loaded(): Promise<BuiltinSynthesizer> {
  synthesizer ??= load();
  return synthesizer;
}

async function synthesize(request: WorkerSynthesize): Promise<void> {
  let voice: BuiltinSynthesizer;
  try {
    voice = await loaded();
  } catch (error) {
    synthesizer = undefined;
    throw error;
  }
  voice.setVoice(request.voice);
  voice.setRate(request.rate);
  const started = performance.now();
  const sampleRate = voice.sampleRate;
  const result = voice.synthesize(spoken(request.text), (audio) => {
    const words = audio.words.map((w) => ({ time: w.time, spokenStart: w.spokenStart, spokenEnd: w.spokenEnd }));
    post({ type: 'audio', id: request.id, pcm: audio.pcm, sampleRate, time: audio.time, words }, [audio.pcm.buffer]);
    return false;
  });
  post({ type: 'done', id: request.id, seconds: result.seconds, synthesisMs: performance.now() - started });
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request?.type === 'load') {
    // A failed load is reported by the next synthesize, which tries again.
    loaded().catch(() => (synthesizer = undefined));
    return;
  }
  if (request?.type !== 'synthesize') return;
  synthesize(request).catch((error: unknown) => {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  });
};
