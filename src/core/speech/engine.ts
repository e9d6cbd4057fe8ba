// The one interface every voice engine implements, and which voice speaks.
//
// Two engines sit behind it: the browser's voices (chrome.tts in Chrome, speechSynthesis in Firefox) and the
// built-in voice (espeak-ng compiled to JavaScript, in a Worker). The player sees only this file's types.
import type { SpeechChunk } from './chunk';

export type SpeechEngineKind = 'browser' | 'builtin';

export interface VoiceDescriptor {
  /** Stable id, remembered in settings: the browser's voice name (voiceURI where there is one), or "builtin:vi". */
  readonly id: string;
  /** Shown in the UI ("Microsoft An", "Giọng đọc có sẵn (miền Bắc)"). */
  readonly name: string;
  /** BCP 47 tag as the browser reports it: "vi", "vi-VN", "vi-VN-X-CENTRAL" (case varies). */
  readonly lang: string;
  readonly engine: SpeechEngineKind;
  /** False for network voices ("… Online (Natural)", Google's): they send the text to a server. */
  readonly isLocal: boolean;
  /** True when the engine reports word boundaries for this voice (chrome.tts eventTypes includes "word"). */
  readonly hasWordBoundaries: boolean;
  readonly isDefault?: boolean;
}

export interface SpeakSettings {
  readonly voice: VoiceDescriptor;
  /** 0.5–2, 1 = the voice's normal pace. */
  readonly rate: number;
}

/** What an engine reports while it speaks one chunk. Offsets are in the chunk's SOURCE text (see SpeechChunk). */
export type SpeechEngineEvent =
  /** Audio started (browser: the utterance's start event; built-in: the first buffer is scheduled). */
  | { readonly type: 'start' }
  | {
      readonly type: 'word';
      /** Offsets in chunk.speech.text. */
      readonly spokenStart: number;
      readonly spokenEnd: number;
      /** Offsets in the text the chunk was cut from (chunk.speech.map applied). */
      readonly sourceStart: number;
      readonly sourceEnd: number;
      /** Seconds from the start of the chunk's audio, when the engine knows it ahead (the built-in voice). */
      readonly audioTime?: number;
    }
  /** The chunk has been spoken completely. */
  | { readonly type: 'end' };

export interface SpeechEngine {
  readonly kind: SpeechEngineKind;
  /** The voices this engine offers now; browser voices may arrive late and in batches (ask again). */
  listVoices(): Promise<readonly VoiceDescriptor[]>;
  /**
   * Speaks one chunk. The iterator yields start, word events (if any) and end, then finishes; it throws when the
   * engine fails. Aborting `signal` stops the sound at once and finishes the iterator without an end event.
   */
  speak(chunk: SpeechChunk, signal: AbortSignal, settings: SpeakSettings): AsyncIterable<SpeechEngineEvent>;
}

/** The built-in voice's three variants (espeak-ng names; they set_voice case-insensitively). */
export const BUILTIN_VOICES: readonly VoiceDescriptor[] = [
  { id: 'builtin:vi', name: 'vi', lang: 'vi', engine: 'builtin', isLocal: true, hasWordBoundaries: true, isDefault: true },
  { id: 'builtin:vi-VN-x-central', name: 'vi-VN-x-central', lang: 'vi-VN-x-central', engine: 'builtin', isLocal: true, hasWordBoundaries: true },
  { id: 'builtin:vi-VN-x-south', name: 'vi-VN-x-south', lang: 'vi-VN-x-south', engine: 'builtin', isLocal: true, hasWordBoundaries: true },
];

/** True for a Vietnamese voice: "vi", "vi-VN", "vi_VN" (Android), "vi-VN-X-SOUTH"; not "vie-x" or "vo". */
export function isVietnameseVoice(voice: Pick<VoiceDescriptor, 'lang'>): boolean {
  const lang = voice.lang.toLowerCase();
  return lang === 'vi' || lang.startsWith('vi-') || lang.startsWith('vi_');
}

/** Ranks Vietnamese browser voices: word boundaries first, then the standard tag, then the browser's default. */
function rank(voice: VoiceDescriptor): number {
  const lang = voice.lang.toLowerCase().replace('_', '-');
  let score = 0;
  if (voice.hasWordBoundaries) score += 4;
  if (lang === 'vi-vn' || lang === 'vi') score += 2;
  if (voice.isDefault === true) score += 1;
  return score;
}

export type VoiceChoiceReason = 'chosen' | 'vietnamese' | 'builtin';

export interface VoiceChoice {
  readonly voice: VoiceDescriptor;
  readonly reason: VoiceChoiceReason;
}

/**
 * Which voice speaks: the user's chosen voice when it is available; else the best local Vietnamese browser voice;
 * else the built-in voice. Network voices are used only when the user chose one: choosing for the user must not
 * send the article to a server. Pure; `browserVoices` may be a partial list while voices are still arriving.
 */
export function chooseVoice(
  browserVoices: readonly VoiceDescriptor[],
  chosenId: string | undefined,
  builtin: readonly VoiceDescriptor[] = BUILTIN_VOICES,
): VoiceChoice {
  if (chosenId !== undefined) {
    const chosen = browserVoices.find((v) => v.id === chosenId) ?? builtin.find((v) => v.id === chosenId);
    if (chosen !== undefined) return { voice: chosen, reason: 'chosen' };
  }
  let best: VoiceDescriptor | undefined;
  for (const voice of browserVoices) {
    if (!isVietnameseVoice(voice) || !voice.isLocal) continue;
    if (best === undefined || rank(voice) > rank(best)) best = voice;
  }
  if (best !== undefined) return { voice: best, reason: 'vietnamese' };
  const fallback = builtin.find((v) => v.isDefault === true) ?? builtin[0];
  if (fallback === undefined) throw new Error('no built-in voice');
  return { voice: fallback, reason: 'builtin' };
}
