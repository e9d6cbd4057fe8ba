// The read-aloud port as an extension page uses it (the popup's voice list, the welcome page's voice preview): the
// voices as they arrive, and one short text spoken with its events. The page's player has its own client (content
// side); both speak the protocol of src/shared/speech-messages.ts to the same voice side in the background.
import { browser } from './browser';
import type { Runtime } from './browser';
import {
  SPEECH_PORT_NAME,
  type SpeechClientMessage,
  type SpeechErrorCode,
  type SpeechServerMessage,
  type VoiceDescriptor,
} from './speech-messages';

export interface SpokenWord {
  spokenStart: number;
  spokenEnd: number;
}

export interface SpeakHandlers {
  onStart?(engine: 'browser' | 'builtin'): void;
  onWord?(word: SpokenWord): void;
}

/** Why a preview did not finish. */
export class SpeechPreviewError extends Error {
  constructor(
    readonly code: SpeechErrorCode | 'disconnected' | 'stopped',
    message: string,
  ) {
    super(message);
    this.name = 'SpeechPreviewError';
  }
}

interface Pending {
  utterance: number;
  handlers: SpeakHandlers;
  resolve(): void;
  reject(error: SpeechPreviewError): void;
}

/** One port to the voice side, opened on first use and closed by close() (or when the page goes). */
export class SpeechClient {
  private port: Runtime.Port | null = null;
  private voices: readonly VoiceDescriptor[] | null = null;
  private readonly voiceListeners = new Set<(voices: readonly VoiceDescriptor[]) => void>();
  private pending: Pending | null = null;
  private nextUtterance = 1;

  /** Calls `listener` with the voice list now (if known) and whenever it changes; returns the unsubscribe. */
  watchVoices(listener: (voices: readonly VoiceDescriptor[]) => void): () => void {
    this.voiceListeners.add(listener);
    if (this.voices) listener(this.voices);
    this.post({ type: 'voices' });
    return () => this.voiceListeners.delete(listener);
  }

  /** Speaks `text` (already spoken text: normalised, NFC) and resolves when it has been heard to the end. */
  speak(text: string, voiceId: string, rate: number, handlers: SpeakHandlers = {}): Promise<void> {
    this.settle(new SpeechPreviewError('stopped', 'another preview started'));
    const utterance = this.nextUtterance++;
    return new Promise<void>((resolve, reject) => {
      this.pending = { utterance, handlers, resolve, reject };
      this.post({ type: 'speak', utterance, text, voiceId, rate });
    });
  }

  /** Stops the sound at once; a speak() in progress rejects with code 'stopped'. */
  stop(): void {
    if (!this.pending) return;
    this.post({ type: 'stop' });
    this.settle(new SpeechPreviewError('stopped', 'stopped'));
  }

  close(): void {
    this.settle(new SpeechPreviewError('stopped', 'closed'));
    this.port?.disconnect();
    this.port = null;
  }

  private settle(error?: SpeechPreviewError): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (error) pending.reject(error);
    else pending.resolve();
  }

  private post(message: SpeechClientMessage): void {
    this.connect().postMessage(message);
  }

  private connect(): Runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: SPEECH_PORT_NAME });
    port.onMessage.addListener((message: unknown) => this.receive(message as SpeechServerMessage));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      this.settle(new SpeechPreviewError('disconnected', 'the voice side went away'));
    });
    this.port = port;
    return port;
  }

  private receive(message: SpeechServerMessage): void {
    if (message.type === 'voices') {
      this.voices = message.voices;
      for (const listener of this.voiceListeners) listener(message.voices);
      return;
    }
    const pending = this.pending;
    if (message.type !== 'event' || !pending || message.utterance !== pending.utterance) return;
    const event = message.event;
    if (event.type === 'start') pending.handlers.onStart?.(event.engine);
    else if (event.type === 'word') pending.handlers.onWord?.({ spokenStart: event.spokenStart, spokenEnd: event.spokenEnd });
    else if (event.type === 'end') this.settle();
    else this.settle(new SpeechPreviewError(event.code, event.message));
  }
}
