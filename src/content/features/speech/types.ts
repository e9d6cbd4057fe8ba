// The read-aloud player's vocabulary: what it reads (a Script of sentences, each spoken as chunks), the port and
// timers it is given, and what it tells the feature.
import type { SpeechChunk, VoiceDescriptor } from '../../../core/index';
import type { SpeechClientMessage, SpeechErrorCode, SpeechServerMessage } from '../../../shared/speech-messages';

export type PlayerState = 'stopped' | 'playing' | 'paused';
export type EngineKind = 'browser' | 'builtin';

/** The speech port as the player uses it (browser.runtime.Port in the product, a fake in tests). */
export interface SpeechPort {
  post(message: SpeechClientMessage): void;
  onMessage(listener: (message: SpeechServerMessage) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

export interface Timers {
  /** Milliseconds, monotonic. */
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** One sentence of what is read: offsets in the text of its source (an article block, a selection…). */
export interface ScriptSentence {
  readonly source: number;
  readonly start: number;
  readonly end: number;
}

/** What is read: sentences in order, and the chunks each is spoken as (made when first needed). */
export interface Script {
  readonly sentences: readonly ScriptSentence[];
  chunksOf(sentence: number): readonly SpeechChunk[];
}

export interface PlayerSnapshot {
  state: PlayerState;
  /** The engine speaking (or about to), while playing or paused. */
  engine: EngineKind | null;
  /** Index of the current sentence, and how many there are. */
  sentence: number;
  total: number;
  /** The voice speaking (or chosen for the next play). */
  voice: VoiceDescriptor | null;
  rate: number;
  /** The last error, until the next play. */
  error: SpeechErrorCode | 'no-answer' | null;
}

export interface PlayerCallbacks {
  onChange(snapshot: PlayerSnapshot): void;
  /** The sentence being read (null: none, stopped). */
  onSentence(sentence: ScriptSentence | null): void;
  /** The word being heard, offsets in the sentence's source text (null: none, between chunks or no words). */
  onWord(word: { source: number; start: number; end: number } | null): void;
  /** The voices the voice side offers, whenever the list changes. */
  onVoices?(voices: readonly VoiceDescriptor[]): void;
}

export interface PlayerOptions {
  connect(): SpeechPort;
  timers: Timers;
  /** The reader's chosen voice id ('' = automatic) and the rate for a voice. */
  voiceId(): string;
  rateFor(voice: VoiceDescriptor): number;
}
