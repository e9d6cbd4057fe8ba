// Messages inside the built-in voice: the host (offscreen document in Chrome, background page in Firefox) and its
// espeak-ng Worker; and the background and the Chrome offscreen host (a port named VOICE_HOST_PORT_NAME, opened by
// the offscreen document when it loads). The clients' protocol is src/shared/speech-messages.ts.
import type { BuiltinVoiceName } from '../core/index';
import type { SpeechEvent } from '../shared/speech-messages';

/** Where the build puts the Vietnamese-only data (tools/voice-data/vite-plugin.ts VOICE_DATA_FILE). */
export const VOICE_DATA_PATH = '/voice/espeak-ng-vi.data';

export interface WorkerSynthesize {
  readonly type: 'synthesize';
  readonly id: number;
  readonly text: string;
  readonly voice: BuiltinVoiceName;
  readonly rate: number;
}

/** Load the module and data now (the host is starting up: the first speak is coming). */
export interface WorkerLoad {
  readonly type: 'load';
}

export type WorkerRequest = WorkerSynthesize | WorkerLoad;

export interface WorkerWord {
  /** Seconds from the start of the utterance's audio. */
  readonly time: number;
  readonly spokenStart: number;
  readonly spokenEnd: number;
}

export type WorkerReply =
  /** The module and data are loaded (sent once, before the first audio). */
  | { readonly type: 'ready'; readonly loadMs: number }
  | {
      readonly type: 'audio';
      readonly id: number;
      /** Mono Int16 samples (transferred). */
      readonly pcm: Int16Array;
      readonly sampleRate: number;
      /** Seconds from the start of the utterance where this piece begins. */
      readonly time: number;
      readonly words: readonly WorkerWord[];
    }
  | { readonly type: 'done'; readonly id: number; readonly seconds: number; readonly synthesisMs: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Port from the Chrome offscreen document to the background. */
export const VOICE_HOST_PORT_NAME = 'dedoc-voice-host';

/** What the background tells a voice host. `utterance` is the background's own number (not a client's). */
export type HostCommand =
  | { readonly type: 'speak'; readonly utterance: number; readonly text: string; readonly voice: BuiltinVoiceName; readonly rate: number }
  | { readonly type: 'stop' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' };

export interface HostStats {
  /** Milliseconds from speak to the first audio piece from the Worker, and to the audio starting. */
  readonly firstAudioMs: number;
  readonly startMs: number;
  /** Was the Worker (module + data) loaded by this speak. */
  readonly cold: boolean;
  /** Seconds of audio per second of synthesis for this utterance. */
  readonly speed?: number;
}

export type HostMessage =
  | { readonly type: 'event'; readonly utterance: number; readonly event: SpeechEvent }
  | { readonly type: 'stats'; readonly utterance: number; readonly stats: HostStats };

export const BUILTIN_VOICE_NAMES: Readonly<Record<string, BuiltinVoiceName>> = {
  'builtin:vi': 'vi',
  'builtin:vi-VN-x-central': 'vi-VN-x-central',
  'builtin:vi-VN-x-south': 'vi-VN-x-south',
};
