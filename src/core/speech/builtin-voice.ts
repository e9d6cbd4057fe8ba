// The built-in voice: espeak-ng compiled to plain JavaScript (@echogarden/espeak-ng-emscripten, GPL-3.0), with
// the Vietnamese-only data the build repacks (tools/voice-data). This wrapper turns spoken text into PCM and word
// times placed in the source text.
//
// Runs anywhere: no DOM, no Node API. The module factory and the data are injected, so a Worker loads them its
// way (import of the built loader, fetch of the data file) and a Node test its own (import + readFile).
import type { SpeechText } from './speech-text';
import type { TimedWord } from './word-clock';

/** One event of the espeak-ng module, as its synthesize() reports it. */
export interface EspeakEvent {
  readonly type: string;
  /** 1-based position in the input, counted in code points. */
  readonly text_position: number;
  /** Length of the word, in code points. */
  readonly word_length: number;
  /** Milliseconds from the start of the utterance's audio. */
  readonly audio_position: number;
}

export interface EspeakWorkerInstance {
  set_voice(name: string): number;
  set_rate(wordsPerMinute: number): unknown;
  /** Calls back with each chunk of Int16 mono PCM and the events inside it; returning true stops synthesis. */
  synthesize(text: string, callback: (pcm: Int16Array, events: EspeakEvent[]) => boolean): void;
  readonly samplerate: number;
}

export interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorkerInstance;
}

export interface EspeakModuleOptions {
  print?(line: string): void;
  printErr?(line: string): void;
  /** Emscripten's hook for a data package the page already has: the module then fetches nothing. */
  getPreloadedPackage?(name: string, size: number): ArrayBuffer;
}

/** The default export of the built loader (espeak-ng-vi.js). */
export type EspeakModuleFactory = (options: EspeakModuleOptions) => Promise<EspeakModule>;

export type BuiltinVoiceName = 'vi' | 'vi-VN-x-central' | 'vi-VN-x-south';

/** espeak-ng's default pace, words a minute: rate 1.0. */
export const ESPEAK_DEFAULT_WPM = 175;
/** espeak-ng accepts 80–450 words a minute. */
const MIN_WPM = 80;
const MAX_WPM = 450;

export interface BuiltinWord extends TimedWord {
  /** Offsets in the spoken text. */
  readonly spokenStart: number;
  readonly spokenEnd: number;
}

export interface BuiltinAudio {
  /** Mono signed 16-bit samples at the synthesizer's sample rate (22,050 Hz). */
  readonly pcm: Int16Array;
  /** Seconds from the start of the utterance where this piece of audio begins. */
  readonly time: number;
  /** Words that start in this piece or before it and were not reported yet. */
  readonly words: readonly BuiltinWord[];
}

export interface SynthesisResult {
  readonly samples: number;
  readonly seconds: number;
  readonly words: readonly BuiltinWord[];
  /** True when the callback asked to stop before the end. */
  readonly isStopped: boolean;
}

export class BuiltinVoiceError extends Error {
  override readonly name = 'BuiltinVoiceError';
}

/**
 * What the engine is given: NFC (decomposed tone marks garble its tones), and no "<", ">", "&", which its SSML
 * reader would take for markup. Each is replaced by a space, so offsets stay the same.
 */
export function engineText(spoken: string): string {
  let out = '';
  const nfc = spoken.normalize('NFC');
  if (nfc.length !== spoken.length) throw new BuiltinVoiceError('spoken text must be NFC (speechText output is)');
  for (const ch of nfc) out += ch === '<' || ch === '>' || ch === '&' ? ' ' : ch;
  return out;
}

/** UTF-16 offset of every code point boundary of `text` (espeak counts positions in code points). */
function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

export class BuiltinSynthesizer {
  private voice: BuiltinVoiceName = 'vi';
  private wordsPerMinute = ESPEAK_DEFAULT_WPM;

  private constructor(
    private readonly worker: EspeakWorkerInstance,
    /** The engine's last complaint, for error messages (it prints, it does not throw). */
    private readonly complaints: { last: string },
  ) {}

  /**
   * Starts the module with the Vietnamese-only data. `data` must be exactly the built espeak-ng-vi.data; give
   * `expectedBytes` (from the build's manifest) to have a wrong file refused instead of misread.
   */
  static async load(options: { createModule: EspeakModuleFactory; data: ArrayBuffer; expectedBytes?: number }): Promise<BuiltinSynthesizer> {
    const { data, expectedBytes } = options;
    if (expectedBytes !== undefined && data.byteLength !== expectedBytes) {
      throw new BuiltinVoiceError(`voice data has ${data.byteLength} bytes, expected ${expectedBytes}`);
    }
    const complaints = { last: '' };
    const module = await options.createModule({
      print() {},
      printErr(line: string) {
        complaints.last = line;
      },
      getPreloadedPackage: () => data,
    });
    const synthesizer = new BuiltinSynthesizer(new module.eSpeakNGWorker(), complaints);
    synthesizer.setVoice('vi');
    return synthesizer;
  }

  get sampleRate(): number {
    return this.worker.samplerate;
  }

  setVoice(voice: BuiltinVoiceName): void {
    if (this.worker.set_voice(voice) !== 0) throw new BuiltinVoiceError(`voice ${voice} is not in the voice data ${this.complaints.last}`.trim());
    this.voice = voice;
    // set_voice resets the rate to the voice's default.
    this.worker.set_rate(this.wordsPerMinute);
  }

  get currentVoice(): BuiltinVoiceName {
    return this.voice;
  }

  /** 1 = normal; 0.5–2 as the player offers, clamped to what espeak-ng accepts. */
  setRate(rate: number): void {
    const wpm = Math.round(ESPEAK_DEFAULT_WPM * (Number.isFinite(rate) && rate > 0 ? rate : 1));
    this.wordsPerMinute = Math.min(MAX_WPM, Math.max(MIN_WPM, wpm));
    this.worker.set_rate(this.wordsPerMinute);
  }

  /**
   * Synthesizes `speech.text`. Audio arrives in pieces as it is made (`onAudio`; return true to stop), each with
   * the words that start by then, placed in the source through `speech.map`. Synchronous: in a Worker, post each
   * piece from `onAudio` and it reaches the page while the rest is being made.
   */
  synthesize(speech: SpeechText, onAudio: (audio: BuiltinAudio) => boolean | void = () => false): SynthesisResult {
    const text = engineText(speech.text);
    const offsets = codePointOffsets(text);
    const toUnit = (codePoint: number): number => offsets[Math.min(Math.max(codePoint, 0), offsets.length - 1)]!;
    const rate = this.sampleRate;
    const all: BuiltinWord[] = [];
    let samples = 0;
    let isStopped = false;
    this.worker.synthesize(text, (pcm, events) => {
      const words: BuiltinWord[] = [];
      for (const event of events) {
        if (event.type !== 'word') continue;
        const spokenStart = toUnit(event.text_position - 1);
        const spokenEnd = toUnit(event.text_position - 1 + event.word_length);
        const range = speech.map.sourceRange(spokenStart, spokenEnd);
        const word: BuiltinWord = {
          time: event.audio_position / 1000,
          spokenStart,
          spokenEnd,
          sourceStart: range.start,
          sourceEnd: range.end,
        };
        words.push(word);
        all.push(word);
      }
      // The module reuses its buffer: keep a copy.
      const copy = pcm.slice();
      const time = samples / rate;
      samples += copy.length;
      if (copy.length === 0 && words.length === 0) return false;
      isStopped = onAudio({ pcm: copy, time, words }) === true;
      return isStopped;
    });
    return { samples, seconds: samples / rate, words: all, isStopped };
  }
}
