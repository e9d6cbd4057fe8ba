// The read-aloud player as a state machine, without the DOM: what is read (a Script of sentences, each spoken as
// one or more chunks), which voice speaks, where it is, and the messages to the voice side over the speech port
// (src/shared/speech-messages.ts). The feature (index.ts) draws it and turns its sentence and word positions into
// highlights. Port and timers are injected: unit tests drive it with a fake port and a fake clock.
//
// States: stopped → playing ⇄ paused → stopped. "playing" begins at play() (before the voice's first sound: the
// reader has asked, the UI says so at once); the engine is the chosen voice's until the voice side's `start` says
// which engine really speaks. Only events of the current utterance count: a new speak stops the previous one.
import {
  BUILTIN_VOICES,
  WordSchedule,
  chooseVoice,
  estimateSourceWords,
  isVietnameseVoice,
  type SpeechChunk,
  type VoiceDescriptor,
} from '../../../core/index';
import type { SpeechErrorCode, SpeechServerMessage } from '../../../shared/speech-messages';
import type { EngineKind, PlayerCallbacks, PlayerOptions, PlayerSnapshot, PlayerState, Script, ScriptSentence, SpeechPort } from './types';

export type { EngineKind, PlayerCallbacks, PlayerOptions, PlayerSnapshot, PlayerState, Script, ScriptSentence, SpeechPort, Timers } from './types';

/** How long play() waits for the voice list before it takes the built-in voice. */
export const VOICES_WAIT_MS = 1500;
/** How long the voice side may take to answer a speak with `start` (the built-in voice's first load included). */
export const START_TIMEOUT_MS = 20_000;

interface Position {
  sentence: number;
  chunk: number;
}

export class Player {
  private port: SpeechPort | null = null;
  private voices: readonly VoiceDescriptor[] | null = null;
  private script: Script | null = null;
  private state: PlayerState = 'stopped';
  private engine: EngineKind | null = null;
  private voice: VoiceDescriptor | null = null;
  private rate = 1;
  private error: PlayerSnapshot['error'] = null;
  private position: Position = { sentence: 0, chunk: 0 };
  private utterance = 0;
  /** The current chunk has been handed to the voice side (pause/resume apply to it; else resume speaks it). */
  private isSpoken = false;
  /** Word events came from the engine for the current chunk: no estimated words. */
  private hasEngineWords = false;
  private schedule: WordSchedule<{ time: number; sourceStart: number; sourceEnd: number }> | null = null;
  private wordTimer = 0;
  private startTimer = 0;
  private voicesTimer = 0;
  /** A play() waiting for the first voice list. */
  private pendingStart: (() => void) | null = null;
  /** The chosen engine failed: the other one speaks the rest of this reading. */
  private fallback: EngineKind | null = null;
  private shownSentence: ScriptSentence | null = null;

  constructor(
    private readonly options: PlayerOptions,
    private readonly callbacks: PlayerCallbacks,
  ) {}

  snapshot(): PlayerSnapshot {
    return {
      state: this.state,
      engine: this.state === 'stopped' ? null : this.engine,
      sentence: this.position.sentence,
      total: this.script?.sentences.length ?? 0,
      voice: this.voice,
      rate: this.rate,
      error: this.error,
    };
  }

  get isActive(): boolean {
    return this.state !== 'stopped';
  }

  get currentScript(): Script | null {
    return this.script;
  }

  /** The voice list as the voice side last sent it (null before it answered). */
  get voiceList(): readonly VoiceDescriptor[] | null {
    return this.voices;
  }

  /** Asks for the voices (opens the port); the answer comes through onVoices. */
  requestVoices(): void {
    this.ensurePort();
  }

  /** Reads `script` from sentence `from` (default its first). */
  play(script: Script, from = 0): void {
    this.halt();
    this.script = script;
    this.error = null;
    this.fallback = null;
    this.position = { sentence: Math.max(0, Math.min(from, script.sentences.length - 1)), chunk: 0 };
    if (script.sentences.length === 0) {
      this.finish();
      return;
    }
    this.state = 'playing';
    this.ensurePort();
    const begin = (): void => {
      this.pendingStart = null;
      this.pickVoice();
      this.emit();
      this.speakCurrent();
    };
    if (this.voices !== null) begin();
    else {
      this.pendingStart = begin;
      this.engine = null;
      this.voicesTimer = this.options.timers.setTimeout(() => {
        // No list in time: the built-in voice needs none.
        if (this.pendingStart === begin) {
          this.voices ??= BUILTIN_VOICES;
          begin();
        }
      }, VOICES_WAIT_MS);
      this.emit();
      this.showSentence(this.currentSentence());
    }
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.state = 'paused';
    this.clearWordTimer();
    this.options.timers.clearTimeout(this.startTimer);
    this.schedule?.pause();
    if (this.isSpoken) this.port?.post({ type: 'pause' });
    this.emit();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'playing';
    if (this.pendingStart) {
      this.emit();
      return;
    }
    if (!this.isSpoken) {
      this.emit();
      this.speakCurrent();
      return;
    }
    this.port?.post({ type: 'resume' });
    this.schedule?.resume();
    this.armWordTimer();
    this.emit();
  }

  stop(): void {
    if (this.state === 'stopped') return;
    this.halt();
    this.finish();
  }

  /** Goes to sentence `index` (clamped): spoken at once while playing, shown and kept while paused. */
  jump(index: number): void {
    const script = this.script;
    if (!script || this.state === 'stopped') return;
    const sentence = Math.max(0, Math.min(index, script.sentences.length - 1));
    this.silence();
    this.position = { sentence, chunk: 0 };
    this.callbacks.onWord(null);
    this.showSentence(this.currentSentence());
    this.emit();
    if (this.state === 'playing' && !this.pendingStart) this.speakCurrent();
  }

  next(): void {
    if (!this.script || this.state === 'stopped') return;
    if (this.position.sentence + 1 >= this.script.sentences.length) {
      this.stop();
      return;
    }
    this.jump(this.position.sentence + 1);
  }

  previous(): void {
    this.jump(this.position.sentence - 1);
  }

  /** A new rate (already clamped to the UI's steps): the current chunk starts again at it. */
  setRate(rate: number): void {
    if (rate === this.rate) return;
    this.rate = rate;
    this.restartChunk();
    this.emit();
  }

  /** The reader chose another voice: it speaks from the current chunk on. */
  setVoice(): void {
    if (this.state === 'stopped' || this.pendingStart) {
      this.voice = this.voices ? this.choose() : this.voice;
      if (this.voice) this.rate = this.options.rateFor(this.voice);
      this.emit();
      return;
    }
    this.fallback = null;
    this.pickVoice();
    this.restartChunk();
    this.emit();
  }

  /** Ends everything: the port closes (the voice side stops what this page asked for). */
  destroy(): void {
    this.halt();
    this.state = 'stopped';
    this.script = null;
    this.options.timers.clearTimeout(this.voicesTimer);
    const port = this.port;
    this.port = null;
    port?.disconnect();
  }

  // ---- the port -------------------------------------------------------------------------------------------

  private ensurePort(): SpeechPort {
    if (this.port) return this.port;
    const port = this.options.connect();
    this.port = port;
    port.onMessage((message) => {
      if (this.port === port) this.receive(message);
    });
    port.onDisconnect(() => {
      if (this.port !== port) return;
      // The background went away (extension reloaded, or it crashed): what was playing cannot go on.
      this.port = null;
      this.voices = null;
      if (this.state !== 'stopped') {
        this.halt();
        this.error = 'interrupted';
        this.finish();
      }
    });
    port.post({ type: 'voices' });
    return port;
  }

  private receive(message: SpeechServerMessage): void {
    if (message.type === 'voices') {
      this.voices = message.voices;
      this.callbacks.onVoices?.(message.voices);
      if (this.pendingStart) {
        this.options.timers.clearTimeout(this.voicesTimer);
        this.pendingStart();
      } else if (this.state === 'stopped') {
        this.voice = this.choose();
        this.rate = this.options.rateFor(this.voice);
        this.emit();
      }
      return;
    }
    if (message.utterance !== this.utterance || this.state === 'stopped') return;
    const event = message.event;
    switch (event.type) {
      case 'start':
        this.options.timers.clearTimeout(this.startTimer);
        if (this.engine !== event.engine) {
          this.engine = event.engine;
          this.emit();
        }
        this.startEstimates();
        break;
      case 'word':
        this.hasEngineWords = true;
        this.clearWordTimer();
        this.schedule = null;
        this.showWord(event.spokenStart, event.spokenEnd);
        break;
      case 'end':
        this.advance();
        break;
      case 'error':
        this.failed(event.code);
        break;
    }
  }

  // ---- speaking -------------------------------------------------------------------------------------------

  private choose(): VoiceDescriptor {
    const all = this.voices ?? BUILTIN_VOICES;
    const browserVoices = all.filter((v) => v.engine === 'browser');
    const builtin = all.filter((v) => v.engine === 'builtin');
    if (this.fallback === 'builtin') return chooseVoice([], undefined, builtin.length > 0 ? builtin : BUILTIN_VOICES).voice;
    // The built-in voice could not play: the best Vietnamese voice of the computer, never one the reader did not choose.
    if (this.fallback === 'browser') return chooseVoice(browserVoices, undefined, builtin.length > 0 ? builtin : BUILTIN_VOICES).voice;
    const chosen = this.options.voiceId();
    return chooseVoice(browserVoices, chosen === '' ? undefined : chosen, builtin.length > 0 ? builtin : BUILTIN_VOICES).voice;
  }

  private hasLocalVietnameseVoice(): boolean {
    return (this.voices ?? []).some((v) => v.engine === 'browser' && v.isLocal && isVietnameseVoice(v));
  }

  private pickVoice(): void {
    const voice = this.choose();
    this.rate = this.options.rateFor(voice);
    this.voice = voice;
    this.engine = voice.engine;
  }

  private currentSentence(): ScriptSentence | null {
    return this.script?.sentences[this.position.sentence] ?? null;
  }

  private currentChunk(): SpeechChunk | undefined {
    if (!this.script) return undefined;
    return this.script.chunksOf(this.position.sentence)[this.position.chunk];
  }

  private speakCurrent(): void {
    const script = this.script;
    const voice = this.voice;
    if (!script || !voice || this.state !== 'playing') return;
    // Sentences with nothing to say (a lone symbol) are passed over.
    while (this.position.sentence < script.sentences.length && script.chunksOf(this.position.sentence).length === 0) {
      this.position = { sentence: this.position.sentence + 1, chunk: 0 };
    }
    const chunk = this.currentChunk();
    if (!chunk) {
      this.finish();
      return;
    }
    if (this.position.chunk === 0) this.showSentence(this.currentSentence());
    this.callbacks.onWord(null);
    this.utterance += 1;
    this.isSpoken = true;
    this.hasEngineWords = false;
    this.schedule = null;
    this.clearWordTimer();
    this.ensurePort().post({ type: 'speak', utterance: this.utterance, text: chunk.speech.text, voiceId: voice.id, rate: this.rate });
    this.options.timers.clearTimeout(this.startTimer);
    this.startTimer = this.options.timers.setTimeout(() => this.failed('no-answer'), START_TIMEOUT_MS);
    this.emit();
  }

  private advance(): void {
    const script = this.script;
    if (!script) return;
    this.clearWordTimer();
    this.schedule = null;
    this.callbacks.onWord(null);
    const chunks = script.chunksOf(this.position.sentence);
    if (this.position.chunk + 1 < chunks.length) {
      this.position = { sentence: this.position.sentence, chunk: this.position.chunk + 1 };
    } else if (this.position.sentence + 1 < script.sentences.length) {
      this.position = { sentence: this.position.sentence + 1, chunk: 0 };
    } else {
      this.isSpoken = false;
      this.finish();
      return;
    }
    this.isSpoken = false;
    this.emit();
    this.speakCurrent();
  }

  private failed(code: SpeechErrorCode | 'no-answer'): void {
    // A browser voice that fails (no such voice any more, the OS service broken): the built-in voice reads on; the
    // built-in voice that cannot play (Firefox's background page without audio): a local Vietnamese voice of the
    // computer reads on, if there is one. Once per reading; anything else stops, and the player says why.
    const other = this.voice?.engine === 'browser' ? 'builtin' : this.hasLocalVietnameseVoice() ? 'browser' : null;
    if (other && this.fallback === null && code !== 'interrupted' && (code !== 'no-answer' || other === 'builtin')) {
      this.fallback = other;
      this.pickVoice();
      this.isSpoken = false;
      this.emit();
      this.speakCurrent();
      return;
    }
    this.halt();
    this.error = code;
    this.finish();
  }

  /** Speaks the current chunk again (new rate or voice), or lets resume do it while paused. */
  private restartChunk(): void {
    if (this.state === 'stopped' || this.pendingStart) return;
    this.silence();
    if (this.state === 'playing') this.speakCurrent();
  }

  /** Stops the sound of the current chunk; the position stays. */
  private silence(): void {
    this.clearWordTimer();
    this.options.timers.clearTimeout(this.startTimer);
    this.schedule = null;
    if (this.isSpoken) this.port?.post({ type: 'stop' });
    this.isSpoken = false;
  }

  private halt(): void {
    this.silence();
    this.pendingStart = null;
    this.options.timers.clearTimeout(this.voicesTimer);
  }

  private finish(): void {
    this.state = 'stopped';
    this.engine = null;
    this.callbacks.onWord(null);
    this.showSentence(null);
    this.emit();
  }

  /** Tells the feature which sentence to highlight, once per change. */
  private showSentence(sentence: ScriptSentence | null): void {
    if (sentence === this.shownSentence) return;
    this.shownSentence = sentence;
    this.callbacks.onSentence(sentence);
  }

  private emit(): void {
    this.callbacks.onChange(this.snapshot());
  }

  // ---- words ----------------------------------------------------------------------------------------------

  private showWord(spokenStart: number, spokenEnd: number): void {
    const chunk = this.currentChunk();
    const sentence = this.currentSentence();
    if (!chunk || !sentence) return;
    const range = chunk.speech.map.sourceRange(spokenStart, spokenEnd);
    if (range.end <= range.start) return;
    this.callbacks.onWord({ source: sentence.source, start: range.start, end: range.end });
  }

  /**
   * A voice that reports no word positions (Linux speech-dispatcher, network voices): the words are estimated from
   * syllables and pauses at the rate, on the timers' clock, from the chunk's start. Replaced by the engine's own
   * words as soon as one arrives.
   */
  private startEstimates(): void {
    if (this.hasEngineWords || this.voice?.hasWordBoundaries) return;
    const chunk = this.currentChunk();
    if (!chunk) return;
    const clock = { now: () => this.options.timers.now() / 1000 };
    const schedule = new WordSchedule<{ time: number; sourceStart: number; sourceEnd: number }>(clock);
    schedule.add(estimateSourceWords(chunk.speech, { rate: this.rate }));
    schedule.begin();
    this.schedule = schedule;
    this.armWordTimer();
  }

  private armWordTimer(): void {
    this.clearWordTimer();
    const schedule = this.schedule;
    if (!schedule || this.state !== 'playing') return;
    const word = schedule.current();
    const sentence = this.currentSentence();
    if (word && sentence && word.sourceEnd > word.sourceStart) {
      this.callbacks.onWord({ source: sentence.source, start: word.sourceStart, end: word.sourceEnd });
    }
    const wait = schedule.secondsToNext();
    if (wait === undefined) return;
    this.wordTimer = this.options.timers.setTimeout(() => {
      this.wordTimer = 0;
      if (this.schedule === schedule) this.armWordTimer();
    }, Math.max(1, Math.ceil(wait * 1000)));
  }

  private clearWordTimer(): void {
    if (this.wordTimer) this.options.timers.clearTimeout(this.wordTimer);
    this.wordTimer = 0;
  }
}
