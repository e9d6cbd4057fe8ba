// Browser voices in Chrome: chrome.tts (it lists each voice's event types, needs no page gesture, and speaks
// from the service worker). The polyfill does not carry it: the few calls used are typed here.
import type { VoiceDescriptor } from '../../core/index';
import type { BrowserEngine, EngineListener } from './engines';

interface TtsVoice {
  voiceName?: string;
  lang?: string;
  remote?: boolean;
  eventTypes?: string[];
  extensionId?: string;
}

interface TtsEvent {
  type: string;
  charIndex?: number;
  length?: number;
  errorMessage?: string;
}

export interface ChromeTts {
  getVoices(callback: (voices: TtsVoice[]) => void): void;
  speak(text: string, options: Record<string, unknown>, callback?: () => void): void;
  stop(): void;
}

/** chrome.tts, or undefined where it does not exist (Firefox). */
export function chromeTts(): ChromeTts | undefined {
  return (globalThis as { chrome?: { tts?: ChromeTts } }).chrome?.tts;
}

export function describeTtsVoice(voice: TtsVoice, index: number): VoiceDescriptor | undefined {
  const name = voice.voiceName;
  if (name === undefined || name === '') return undefined;
  return {
    id: name,
    name,
    lang: voice.lang ?? '',
    engine: 'browser',
    isLocal: voice.remote !== true,
    hasWordBoundaries: voice.eventTypes?.includes('word') === true,
    isDefault: index === 0,
  };
}

/** End of the word starting at `start` when the engine gives no length: the next space. */
export function wordEnd(text: string, start: number): number {
  const space = text.indexOf(' ', start);
  return space < 0 ? text.length : space;
}

export class ChromeTtsEngine implements BrowserEngine {
  private current = 0;

  constructor(
    private readonly tts: ChromeTts,
    private readonly listener: EngineListener,
  ) {}

  getVoices(): Promise<VoiceDescriptor[]> {
    return new Promise((resolve) => {
      this.tts.getVoices((voices) => {
        resolve((voices ?? []).flatMap((v, i) => describeTtsVoice(v, i) ?? []));
      });
    });
  }

  speak(utterance: number, text: string, voice: VoiceDescriptor, rate: number): void {
    this.current = utterance;
    const events = (event: TtsEvent): void => {
      if (this.current !== utterance) return;
      switch (event.type) {
        case 'start':
          this.listener(utterance, { type: 'start', engine: 'browser' });
          break;
        case 'word': {
          const start = event.charIndex ?? 0;
          const end = event.length !== undefined && event.length > 0 ? start + event.length : wordEnd(text, start);
          this.listener(utterance, { type: 'word', spokenStart: start, spokenEnd: Math.min(end, text.length) });
          break;
        }
        case 'end':
          this.current = 0;
          this.listener(utterance, { type: 'end' });
          break;
        case 'interrupted':
        case 'cancelled':
          this.current = 0;
          this.listener(utterance, { type: 'error', code: 'interrupted', message: `the voice was ${event.type}` });
          break;
        case 'error':
          this.current = 0;
          this.listener(utterance, { type: 'error', code: 'synthesis-failed', message: event.errorMessage ?? 'the voice failed' });
          break;
      }
    };
    this.tts.speak(
      text,
      { voiceName: voice.id, lang: voice.lang || undefined, rate, enqueue: false, onEvent: events },
      () => {
        const error = (globalThis as { chrome?: { runtime?: { lastError?: { message?: string } } } }).chrome?.runtime?.lastError;
        if (error !== undefined && this.current === utterance) {
          this.current = 0;
          this.listener(utterance, { type: 'error', code: 'synthesis-failed', message: error.message ?? 'speak failed' });
        }
      },
    );
  }

  stop(): void {
    this.current = 0;
    this.tts.stop();
  }
}
