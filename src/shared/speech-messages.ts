// The read-aloud port: the one channel between whoever wants speech (the content script's player, or an
// extension page such as the popup or welcome page for a voice preview) and the voice side in the background
// (chrome.tts / speechSynthesis for browser voices, the built-in espeak-ng voice in a Worker + AudioContext).
//
//   const port = browser.runtime.connect({ name: SPEECH_PORT_NAME });
//   port.postMessage({ type: 'voices' } satisfies SpeechClientMessage);
//   port.postMessage({ type: 'speak', utterance: 1, text: chunk.speech.text, voiceId, rate: 1 });
//
// Disconnecting the port stops everything for that client (tab closed, navigation, feature switched off).
// Messages are plain JSON (Chrome's ports carry JSON only). The player never sees chrome.tts, speechSynthesis or
// AudioContext; the voice side never sees the DOM or the settings.
import type { VoiceDescriptor } from '../core/index';

export type { VoiceDescriptor };

/** `runtime.connect({ name })` of the read-aloud port. */
export const SPEECH_PORT_NAME = 'dedoc-speech';

/** Rates the voice side accepts (1 = the voice's normal pace); others are clamped. */
export const SPEECH_MIN_RATE = 0.5;
export const SPEECH_MAX_RATE = 2;

// ---- client → background -------------------------------------------------------------------------------------

/** Asks for the voice list; the background answers with `SpeechVoicesMessage` and again whenever it changes. */
export interface SpeechVoicesRequest {
  readonly type: 'voices';
}

/**
 * Speaks one chunk. `text` is ALREADY the normalised spoken text (NFC, chunk.speech.text), under about 12 s.
 * Starting a new speak stops the previous one (its events stop; no `end` for it). `utterance` is the client's own
 * number, echoed in every event of this speak.
 */
export interface SpeechSpeakRequest {
  readonly type: 'speak';
  readonly utterance: number;
  readonly text: string;
  readonly voiceId: string;
  /** 0.5–2, 1 = normal. */
  readonly rate: number;
}

/** Stops at once: no `end` event follows. */
export interface SpeechStopRequest {
  readonly type: 'stop';
}

/**
 * Pause / resume the current utterance. The voice side guarantees the meaning: where the engine pauses, it pauses;
 * where it cannot (Firefox speechSynthesis events), it stops, and `resume` speaks the same utterance again from its
 * start, sending `start` again (with the same utterance number).
 */
export interface SpeechPauseRequest {
  readonly type: 'pause';
}
export interface SpeechResumeRequest {
  readonly type: 'resume';
}

export type SpeechClientMessage =
  | SpeechVoicesRequest
  | SpeechSpeakRequest
  | SpeechStopRequest
  | SpeechPauseRequest
  | SpeechResumeRequest;

// ---- background → client -------------------------------------------------------------------------------------

/** The browser's voices (network ones isLocal:false) followed by BUILTIN_VOICES. */
export interface SpeechVoicesMessage {
  readonly type: 'voices';
  readonly voices: readonly VoiceDescriptor[];
}

export type SpeechErrorCode =
  /** voiceId names no voice the background knows (any more). */
  | 'no-voice'
  /** The engine failed (espeak threw, chrome.tts reported error, the utterance never ended: watchdog). */
  | 'synthesis-failed'
  /** The built-in voice cannot play audio here (Firefox background AudioContext not running): offer the fallback. */
  | 'audio-blocked'
  /** Something outside us stopped the speech (another extension, the OS speech service). */
  | 'interrupted'
  /** The message was not understood (wrong shape). */
  | 'bad-request';

export type SpeechEvent =
  /** Audio starts (browser: the utterance's start; built-in: the first buffer plays). */
  | { readonly type: 'start'; readonly engine: 'browser' | 'builtin' }
  /**
   * A word is HEARD now (built-in: scheduled on the AudioContext clock, not when synthesised). Offsets in the
   * speak's `text` (UTF-16 code units, end exclusive).
   */
  | { readonly type: 'word'; readonly spokenStart: number; readonly spokenEnd: number }
  /** The utterance has been spoken completely. */
  | { readonly type: 'end' }
  | { readonly type: 'error'; readonly code: SpeechErrorCode; readonly message: string };

export interface SpeechEventMessage {
  readonly type: 'event';
  readonly utterance: number;
  readonly event: SpeechEvent;
}

export type SpeechServerMessage = SpeechVoicesMessage | SpeechEventMessage;

// ---- checks (the background trusts nothing that arrives on a port) --------------------------------------------

/** Longest `text` accepted in one speak (12 s of speech is ~200 characters; room for slow rates and long words). */
export const SPEECH_MAX_TEXT = 2000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message as a client message, or undefined when it has the wrong shape. */
export function parseSpeechClientMessage(value: unknown): SpeechClientMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value['type']) {
    case 'voices':
    case 'stop':
    case 'pause':
    case 'resume':
      return { type: value['type'] };
    case 'speak': {
      const { utterance, text, voiceId, rate } = value;
      if (typeof utterance !== 'number' || !Number.isFinite(utterance)) return undefined;
      if (typeof text !== 'string' || text.length > SPEECH_MAX_TEXT) return undefined;
      if (typeof voiceId !== 'string' || voiceId.length === 0 || voiceId.length > 500) return undefined;
      if (typeof rate !== 'number' || !Number.isFinite(rate)) return undefined;
      return { type: 'speak', utterance, text, voiceId, rate: clampSpeechRate(rate) };
    }
    default:
      return undefined;
  }
}

export function clampSpeechRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  return Math.min(SPEECH_MAX_RATE, Math.max(SPEECH_MIN_RATE, rate));
}
