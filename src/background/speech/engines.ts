// What the read-aloud router drives: the built-in voice's host (the Chrome offscreen document, or a VoiceHost in
// Firefox's background page) and the browser's own voices (chrome.tts, speechSynthesis). Each reports events with
// the router's utterance number; the router passes them on to the client that asked.
import type { VoiceDescriptor } from '../../core/index';
import type { SpeechEvent } from '../../shared/speech-messages';
import type { HostCommand, HostStats } from '../../voice/protocol';

export type EngineListener = (utterance: number, event: SpeechEvent) => void;

/** The built-in voice, wherever it plays. `send` keeps commands in order. */
export interface BuiltinHost {
  send(command: HostCommand): void;
  /** The last stats the host reported (bench), per router utterance. */
  readonly stats?: Map<number, HostStats>;
}

export interface BrowserEngine {
  /** The browser's voices now (may grow: voices arrive late and in batches). */
  getVoices(): Promise<VoiceDescriptor[]>;
  /** Called when the browser says its list changed (not every browser does: the router also polls). */
  onVoicesChanged?(listener: () => void): void;
  speak(utterance: number, text: string, voice: VoiceDescriptor, rate: number): void;
  /** Stops at once; no events of the stopped utterance are passed on after this. */
  stop(): void;
}
