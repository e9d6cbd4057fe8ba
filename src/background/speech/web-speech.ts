// Browser voices in Firefox: speechSynthesis in the background page (Firefox extensions have no tts API). The
// page stays alive while a client's port is open. Linux voices give no word boundaries; pause/resume events do
// not fire in Firefox (RECIPES), so the router pauses by stopping and resumes by speaking the utterance again.
import type { VoiceDescriptor } from '../../core/index';
import type { BrowserEngine, EngineListener } from './engines';

/**
 * Firefox reports every speech-dispatcher voice as not local (localService false), yet speech-dispatcher is a daemon
 * on this machine whose modules (espeak-ng, RHVoice…) synthesise locally: measured on Firefox 153 ESR, Linux.
 */
const SPEECH_DISPATCHER_URI = 'urn:moz-tts:speechd:';

export function describeWebVoice(voice: SpeechSynthesisVoice): VoiceDescriptor {
  return {
    id: voice.voiceURI || voice.name,
    name: voice.name,
    lang: voice.lang,
    engine: 'browser',
    isLocal: voice.localService || voice.voiceURI.startsWith(SPEECH_DISPATCHER_URI),
    hasWordBoundaries: false,
    isDefault: voice.default,
  };
}

export class WebSpeechEngine implements BrowserEngine {
  private current = 0;

  constructor(
    private readonly synthesis: SpeechSynthesis,
    private readonly listener: EngineListener,
  ) {}

  getVoices(): Promise<VoiceDescriptor[]> {
    return Promise.resolve(this.synthesis.getVoices().map(describeWebVoice));
  }

  onVoicesChanged(listener: () => void): void {
    this.synthesis.addEventListener('voiceschanged', listener);
  }

  speak(utterance: number, text: string, voice: VoiceDescriptor, rate: number): void {
    this.current = utterance;
    this.synthesis.cancel();
    const spoken = new SpeechSynthesisUtterance(text);
    const native = this.synthesis.getVoices().find((v) => (v.voiceURI || v.name) === voice.id);
    if (native !== undefined) spoken.voice = native;
    spoken.lang = voice.lang;
    spoken.rate = rate;
    const live = (): boolean => this.current === utterance;
    spoken.onstart = () => {
      if (live()) this.listener(utterance, { type: 'start', engine: 'browser' });
    };
    spoken.onboundary = (event) => {
      if (!live() || event.name !== 'word') return;
      const start = event.charIndex;
      const end = event.charLength > 0 ? start + event.charLength : start + (/^\S*/.exec(text.slice(start))?.[0].length ?? 0);
      this.listener(utterance, { type: 'word', spokenStart: start, spokenEnd: Math.min(end, text.length) });
    };
    spoken.onend = () => {
      if (!live()) return;
      this.current = 0;
      this.listener(utterance, { type: 'end' });
    };
    spoken.onerror = (event) => {
      if (!live()) return;
      this.current = 0;
      const interrupted = event.error === 'interrupted' || event.error === 'canceled';
      this.listener(utterance, {
        type: 'error',
        code: interrupted ? 'interrupted' : 'synthesis-failed',
        message: `speechSynthesis: ${event.error}`,
      });
    };
    this.synthesis.speak(spoken);
  }

  stop(): void {
    this.current = 0;
    this.synthesis.cancel();
  }
}
