// The read-aloud port's other end (protocol: src/shared/speech-messages.ts). One utterance sounds at a time, for
// the whole browser: a speak from any client stops the previous one (its client gets `error` 'interrupted' when it
// was another client). Pause/resume: the built-in voice pauses its AudioContext; a browser voice is stopped and, on
// resume, speaks the same utterance again from its start (browser pause events are unreliable: Firefox fires none,
// speech-dispatcher ignores pause), so the client gets `start` again. A watchdog ends utterances that never end.
import { BUILTIN_VOICES, type VoiceDescriptor } from '../../core/index';
import {
  parseSpeechClientMessage,
  type SpeechEvent,
  type SpeechServerMessage,
  type SpeechSpeakRequest,
} from '../../shared/speech-messages';
import { BUILTIN_VOICE_NAMES } from '../../voice/protocol';
import type { BrowserEngine, BuiltinHost } from './engines';

/** What the router needs of a runtime.Port. */
export interface SpeechPort {
  postMessage(message: SpeechServerMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RouterTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** No start this long after speak: the engine is stuck (speech-dispatcher without a sound server). */
export const START_TIMEOUT_MS = 15_000;
/** After start: twice the slowest plausible duration (8 characters a second × rate) plus this margin. */
export const END_MARGIN_MS = 5_000;
/** Voices: polled this often while clients listen, until the list has not changed this many times. */
export const VOICE_POLL_MS = 500;
export const VOICE_POLL_STABLE = 6;
export const VOICE_POLL_MAX = 60;

interface Client {
  readonly port: SpeechPort;
  wantsVoices: boolean;
  /** The speak waiting for the voice list (the first speak of a browser voice), until stop or a newer speak. */
  pending?: SpeechSpeakRequest;
}

interface Active {
  readonly client: Client;
  readonly request: SpeechSpeakRequest;
  readonly voice: VoiceDescriptor;
  /** The router's number for what is speaking now (a new one for each restart of a browser voice). */
  utterance: number;
  isPaused: boolean;
  watchdog?: unknown;
}

export function estimatedSeconds(text: string, rate: number): number {
  return text.length / (8 * Math.max(0.5, rate));
}

export class SpeechRouter {
  private readonly clients = new Set<Client>();
  private active: Active | undefined;
  private nextUtterance = 1;
  private browserVoices: VoiceDescriptor[] = [];
  private voicesKey = '';
  private polls = 0;
  private stablePolls = 0;
  private pollTimer: unknown;
  private hasVoiceList = false;

  constructor(
    private readonly builtin: BuiltinHost | undefined,
    private readonly browserEngine: BrowserEngine | undefined,
    private readonly timers: RouterTimers = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
  ) {
    browserEngine?.onVoicesChanged?.(() => this.startPolling());
  }

  /** A client connected a port named SPEECH_PORT_NAME. */
  connect(port: SpeechPort): void {
    const client: Client = { port, wantsVoices: false };
    this.clients.add(client);
    port.onMessage.addListener((raw) => this.onMessage(client, raw));
    port.onDisconnect.addListener(() => {
      this.clients.delete(client);
      if (this.active?.client === client) this.stopActive();
    });
  }

  /** An engine's event for the router's utterance `utterance`. */
  readonly onEngineEvent = (utterance: number, event: SpeechEvent): void => {
    const active = this.active;
    if (active === undefined || active.utterance !== utterance) return;
    if (event.type === 'start') {
      this.arm(active, (estimatedSeconds(active.request.text, active.request.rate) * 2 * 1000) + END_MARGIN_MS);
    }
    if (event.type === 'end' || event.type === 'error') {
      this.timers.clearTimeout(active.watchdog);
      this.active = undefined;
    }
    this.send(active.client, { type: 'event', utterance: active.request.utterance, event });
  };

  private send(client: Client, message: SpeechServerMessage): void {
    try {
      client.port.postMessage(message);
    } catch {
      // The port went while we spoke: its onDisconnect cleans up.
    }
  }

  private onMessage(client: Client, raw: unknown): void {
    const message = parseSpeechClientMessage(raw);
    if (message === undefined) {
      const utterance = typeof (raw as { utterance?: unknown })?.utterance === 'number' ? (raw as { utterance: number }).utterance : 0;
      this.send(client, { type: 'event', utterance, event: { type: 'error', code: 'bad-request', message: 'message not understood' } });
      return;
    }
    switch (message.type) {
      case 'voices':
        client.wantsVoices = true;
        void this.refreshVoices().then(() => {
          this.send(client, { type: 'voices', voices: this.voiceList() });
          this.startPolling();
        });
        break;
      case 'speak':
        void this.speak(client, message);
        break;
      case 'stop':
        client.pending = undefined;
        if (this.active?.client === client) this.stopActive();
        break;
      case 'pause':
        if (this.active?.client === client) this.pause(this.active);
        break;
      case 'resume':
        if (this.active?.client === client) this.resume(this.active);
        break;
    }
  }

  voiceList(): VoiceDescriptor[] {
    return [...this.browserVoices, ...BUILTIN_VOICES];
  }

  private async refreshVoices(): Promise<boolean> {
    if (this.browserEngine === undefined) {
      this.hasVoiceList = true;
      return false;
    }
    const voices = await this.browserEngine.getVoices().catch(() => this.browserVoices);
    const key = voices.map((v) => `${v.id}\u0000${v.lang}`).join('\u0001');
    this.hasVoiceList = true;
    if (key === this.voicesKey) return false;
    this.voicesKey = key;
    this.browserVoices = voices;
    return true;
  }

  /** Polls the browser's voices until the list is stable, telling the clients that asked whenever it changes. */
  private startPolling(): void {
    this.stablePolls = 0;
    this.polls = 0;
    if (this.pollTimer !== undefined || this.browserEngine === undefined) return;
    const poll = async (): Promise<void> => {
      this.pollTimer = undefined;
      const changed = await this.refreshVoices();
      this.polls++;
      this.stablePolls = changed ? 0 : this.stablePolls + 1;
      if (changed) {
        for (const client of this.clients) if (client.wantsVoices) this.send(client, { type: 'voices', voices: this.voiceList() });
      }
      // An empty list is not taken as stable: speech-dispatcher's voices come seconds after the browser starts.
      const isStable = this.stablePolls >= VOICE_POLL_STABLE && this.browserVoices.length > 0;
      if (!isStable && this.polls < VOICE_POLL_MAX && this.clients.size > 0) {
        this.pollTimer = this.timers.setTimeout(() => void poll(), VOICE_POLL_MS);
      }
    };
    this.pollTimer = this.timers.setTimeout(() => void poll(), VOICE_POLL_MS);
  }

  private async speak(client: Client, request: SpeechSpeakRequest): Promise<void> {
    const previous = this.active;
    if (previous !== undefined) {
      this.stopActive();
      if (previous.client !== client) {
        this.send(previous.client, {
          type: 'event',
          utterance: previous.request.utterance,
          event: { type: 'error', code: 'interrupted', message: 'another page started reading' },
        });
      }
    }
    client.pending = request;
    let voice = this.findVoice(request.voiceId);
    if (voice === undefined && !this.hasVoiceList) {
      await this.refreshVoices();
      // Stopped, or another speak came, while the voices were read.
      if (client.pending !== request) return;
      voice = this.findVoice(request.voiceId);
    }
    client.pending = undefined;
    const usable = voice !== undefined && (voice.engine === 'builtin' ? this.builtin !== undefined : this.browserEngine !== undefined);
    if (voice === undefined || !usable) {
      this.send(client, {
        type: 'event',
        utterance: request.utterance,
        event: { type: 'error', code: 'no-voice', message: `no voice ${request.voiceId}` },
      });
      return;
    }
    // Another client's speak may have come while the voices were read.
    if (this.active !== undefined) this.stopActive();
    const active: Active = { client, request, voice, utterance: 0, isPaused: false };
    this.active = active;
    this.start(active);
  }

  private findVoice(id: string): VoiceDescriptor | undefined {
    return BUILTIN_VOICES.find((v) => v.id === id) ?? this.browserVoices.find((v) => v.id === id);
  }

  private start(active: Active): void {
    active.utterance = this.nextUtterance++;
    active.isPaused = false;
    this.arm(active, START_TIMEOUT_MS);
    const { text, rate } = active.request;
    if (active.voice.engine === 'builtin') {
      this.builtin!.send({ type: 'speak', utterance: active.utterance, text, voice: BUILTIN_VOICE_NAMES[active.voice.id] ?? 'vi', rate });
    } else {
      this.browserEngine!.speak(active.utterance, text, active.voice, rate);
    }
  }

  private arm(active: Active, ms: number): void {
    this.timers.clearTimeout(active.watchdog);
    active.watchdog = this.timers.setTimeout(() => {
      if (this.active !== active) return;
      const utterance = active.utterance;
      this.stopActive();
      this.onEngineEventAfterStop(active, utterance);
    }, ms);
  }

  /** The watchdog's report: the utterance is stopped already, its client is told. */
  private onEngineEventAfterStop(active: Active, _utterance: number): void {
    this.send(active.client, {
      type: 'event',
      utterance: active.request.utterance,
      event: { type: 'error', code: 'synthesis-failed', message: 'the voice did not finish (watchdog)' },
    });
  }

  private engineStop(active: Active): void {
    if (active.voice.engine === 'builtin') this.builtin?.send({ type: 'stop' });
    else this.browserEngine?.stop();
  }

  private stopActive(): void {
    const active = this.active;
    if (active === undefined) return;
    this.active = undefined;
    this.timers.clearTimeout(active.watchdog);
    this.engineStop(active);
  }

  private pause(active: Active): void {
    if (active.isPaused) return;
    active.isPaused = true;
    this.timers.clearTimeout(active.watchdog);
    if (active.voice.engine === 'builtin') {
      this.builtin!.send({ type: 'pause' });
    } else {
      // Events of the stopped utterance are not passed on: its number is retired.
      active.utterance = 0;
      this.browserEngine!.stop();
    }
  }

  private resume(active: Active): void {
    if (!active.isPaused) return;
    if (active.voice.engine === 'builtin') {
      active.isPaused = false;
      this.arm(active, (estimatedSeconds(active.request.text, active.request.rate) * 2 * 1000) + END_MARGIN_MS);
      this.builtin!.send({ type: 'resume' });
    } else {
      this.start(active);
    }
  }
}
