// The built-in voice's host: one espeak-ng Worker and one AudioContext. It plays each utterance's PCM as the Worker
// makes it and reports `start`, each `word` and `end` when they are HEARD: times come from the Worker's word events
// (seconds into the audio) and are placed on the AudioContext's clock, which stops while the context is suspended
// (pause) — never on the time the events arrived.
//
// Chrome runs it in the offscreen document (src/offscreen), Firefox in its background page. Where the context cannot
// run (Firefox's background page without an audio device), the utterance ends with `error` 'audio-blocked'.
import type { SpeechEvent } from '../shared/speech-messages';
import type { BuiltinVoiceName } from '../core/speech/builtin-voice';
import type { HostCommand, HostMessage, WorkerReply, WorkerWord } from './protocol';

/** Seconds between the first piece arriving and its playback: room for the next pieces to be scheduled. */
const LEAD_SECONDS = 0.05;
/** An utterance whose first audio has not come after this long has failed (cold start measures ~0.2–0.6 s). */
const SYNTHESIS_TIMEOUT_MS = 20_000;
/** How long the AudioContext may take to start running before the audio counts as blocked. */
const AUDIO_TIMEOUT_MS = 2_000;

export interface VoiceHostOptions {
  emit(message: HostMessage): void;
  createWorker?(): Worker;
  createContext?(): AudioContext;
  audioTimeoutMs?: number;
}

interface Playback {
  readonly utterance: number;
  readonly id: number;
  readonly requested: number;
  readonly cold: boolean;
  readonly words: WorkerWord[];
  readonly sources: AudioBufferSourceNode[];
  /** AudioContext time the audio starts at, once the first piece is scheduled. */
  startAt?: number;
  firstAudioMs?: number;
  /** Resolves once the AudioContext runs (true) or will not (false); pieces are scheduled after it, in order. */
  audible?: Promise<boolean>;
  /** Set when the Worker has made all of it. */
  seconds?: number;
  synthesisMs?: number;
  emittedWords: number;
  isStarted: boolean;
  isPaused: boolean;
  timer?: ReturnType<typeof setTimeout>;
  watchdog?: ReturnType<typeof setTimeout>;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

export class VoiceHost {
  private worker: Worker | undefined;
  private isWorkerLoaded = false;
  private context: AudioContext | undefined;
  /** Resolves true once the context runs, false when it did not within the time allowed. */
  private running: Promise<boolean> | undefined;
  private current: Playback | undefined;
  private nextId = 1;

  constructor(private readonly options: VoiceHostOptions) {}

  /** True while an utterance is being synthesised or played (paused included). */
  get isBusy(): boolean {
    return this.current !== undefined;
  }

  handle(command: HostCommand): void {
    switch (command.type) {
      case 'speak':
        this.speak(command.utterance, command.text, command.voice, command.rate);
        break;
      case 'stop':
        this.stop();
        break;
      case 'pause':
        this.pause();
        break;
      case 'resume':
        this.resume();
        break;
    }
  }

  /** Starts the Worker loading the voice now (Chrome's offscreen document exists only to speak: a speak is coming). */
  prepare(): void {
    try {
      this.workerNow().postMessage({ type: 'load' });
    } catch {
      // The speak that follows reports the failure.
    }
  }

  speak(utterance: number, text: string, voice: BuiltinVoiceName, rate: number): void {
    this.stop();
    const playback: Playback = {
      utterance,
      id: this.nextId++,
      requested: performance.now(),
      cold: !this.isWorkerLoaded,
      words: [],
      sources: [],
      emittedWords: 0,
      isStarted: false,
      isPaused: false,
    };
    this.current = playback;
    this.ensureRunning();
    playback.watchdog = setTimeout(() => {
      if (this.current === playback && playback.startAt === undefined) this.fail(playback, 'synthesis-failed', 'the built-in voice made no audio');
    }, SYNTHESIS_TIMEOUT_MS);
    try {
      this.workerNow().postMessage({ type: 'synthesize', id: playback.id, text, voice, rate });
    } catch (error) {
      this.fail(playback, 'synthesis-failed', error instanceof Error ? error.message : String(error));
    }
  }

  stop(): void {
    const playback = this.current;
    if (playback === undefined) return;
    this.current = undefined;
    clearTimeout(playback.timer);
    clearTimeout(playback.watchdog);
    for (const source of playback.sources) {
      try {
        source.stop();
        source.disconnect();
      } catch {
        // Already stopped.
      }
    }
  }

  pause(): void {
    const playback = this.current;
    if (playback === undefined || playback.isPaused) return;
    playback.isPaused = true;
    clearTimeout(playback.timer);
    void this.context?.suspend();
  }

  resume(): void {
    const playback = this.current;
    if (playback === undefined || !playback.isPaused) return;
    playback.isPaused = false;
    const context = this.context;
    if (context === undefined) return;
    void context.resume().then(() => {
      if (this.current === playback && !playback.isPaused) this.tick(playback);
    });
  }

  /** Stops and lets the Worker and the AudioContext go (the offscreen document closes, the background idles). */
  close(): void {
    this.stop();
    this.worker?.terminate();
    this.worker = undefined;
    this.isWorkerLoaded = false;
    void this.context?.close();
    this.context = undefined;
    this.running = undefined;
  }

  private emit(playback: Playback, event: SpeechEvent): void {
    this.options.emit({ type: 'event', utterance: playback.utterance, event });
  }

  private fail(playback: Playback, code: 'synthesis-failed' | 'audio-blocked', message: string): void {
    if (this.current !== playback) return;
    this.stop();
    this.emit(playback, { type: 'error', code, message });
  }

  private workerNow(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = (this.options.createWorker ?? defaultWorker)();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.onWorker(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.worker = undefined;
      const playback = this.current;
      if (playback !== undefined) this.fail(playback, 'synthesis-failed', event.message || 'the voice worker failed');
    };
    this.worker = worker;
    return worker;
  }

  private contextNow(): AudioContext {
    this.context ??= (this.options.createContext ?? (() => new AudioContext()))();
    return this.context;
  }

  /** Starts the AudioContext if it is not running (paused by us, or created suspended). */
  private ensureRunning(): void {
    const context = this.contextNow();
    if (context.state === 'running') {
      this.running = Promise.resolve(true);
      return;
    }
    const timeout = this.options.audioTimeoutMs ?? AUDIO_TIMEOUT_MS;
    this.running = Promise.race([
      context.resume().then(
        () => (context.state as string) === 'running',
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve((context.state as string) === 'running'), timeout)),
    ]);
  }

  private onWorker(reply: WorkerReply): void {
    if (reply.type === 'ready') {
      this.isWorkerLoaded = true;
      return;
    }
    const playback = this.current;
    if (playback === undefined || reply.id !== playback.id) return;
    switch (reply.type) {
      case 'audio': {
        playback.words.push(...reply.words);
        const { pcm, sampleRate, time } = reply;
        void this.audible(playback).then((isAudible) => {
          if (isAudible) this.play(playback, pcm, sampleRate, time);
        });
        break;
      }
      case 'done':
        playback.seconds = reply.seconds;
        playback.synthesisMs = reply.synthesisMs;
        if (reply.seconds === 0) {
          // Nothing to say (only spaces or marks): it ends at once.
          this.stop();
          this.emit(playback, { type: 'start', engine: 'builtin' });
          this.emit(playback, { type: 'end' });
        } else {
          // After the pieces: they are scheduled in the order their promises were made.
          void this.audible(playback).then(() => {
            if (playback.startAt !== undefined && !playback.isPaused) this.tick(playback);
          });
        }
        break;
      case 'error':
        this.fail(playback, 'synthesis-failed', reply.message);
        break;
    }
  }

  /** Waits (once per utterance) for the AudioContext to run; reports 'audio-blocked' when it does not. */
  private audible(playback: Playback): Promise<boolean> {
    if (playback.audible !== undefined) return playback.audible;
    playback.firstAudioMs = performance.now() - playback.requested;
    const context = this.contextNow();
    playback.audible = (this.running ?? Promise.resolve(context.state === 'running')).then((isRunning) => {
      if (this.current !== playback) return false;
      if (!isRunning) this.fail(playback, 'audio-blocked', `the AudioContext here stays ${context.state}`);
      return isRunning;
    });
    return playback.audible;
  }

  /** Schedules one piece of PCM at its place in the utterance; the first piece fixes where the utterance starts. */
  private play(playback: Playback, pcm: Int16Array, sampleRate: number, time: number): void {
    if (this.current !== playback || pcm.length === 0) return;
    const context = this.contextNow();
    const buffer = context.createBuffer(1, pcm.length, sampleRate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < pcm.length; i++) channel[i] = pcm[i]! / 32768;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    if (playback.startAt === undefined) {
      playback.startAt = context.currentTime + LEAD_SECONDS - time;
      clearTimeout(playback.watchdog);
    }
    source.start(Math.max(context.currentTime, playback.startAt + time));
    playback.sources.push(source);
    if (!playback.isPaused) this.tick(playback);
  }

  /** Seconds of this utterance's audio heard so far (the output latency taken off). */
  private heard(playback: Playback): number {
    const context = this.context;
    if (context === undefined || playback.startAt === undefined) return -1;
    const latency = Number.isFinite(context.outputLatency) ? context.outputLatency : 0;
    return context.currentTime - latency - playback.startAt;
  }

  /** Sends what has been heard by now and sets a timer for what comes next. */
  private tick(playback: Playback): void {
    if (this.current !== playback || playback.isPaused) return;
    clearTimeout(playback.timer);
    const heard = this.heard(playback);
    if (heard < 0 && !playback.isStarted) {
      playback.timer = setTimeout(() => this.tick(playback), Math.max(4, -heard * 1000));
      return;
    }
    if (!playback.isStarted) {
      playback.isStarted = true;
      this.emit(playback, { type: 'start', engine: 'builtin' });
      this.options.emit({
        type: 'stats',
        utterance: playback.utterance,
        stats: { firstAudioMs: playback.firstAudioMs ?? 0, startMs: performance.now() - playback.requested, cold: playback.cold },
      });
    }
    while (playback.emittedWords < playback.words.length && playback.words[playback.emittedWords]!.time <= heard) {
      const word = playback.words[playback.emittedWords++]!;
      this.emit(playback, { type: 'word', spokenStart: word.spokenStart, spokenEnd: word.spokenEnd });
    }
    const next = playback.words[playback.emittedWords];
    if (playback.seconds !== undefined && next === undefined && heard >= playback.seconds) {
      const speed = playback.synthesisMs ? playback.seconds / (playback.synthesisMs / 1000) : undefined;
      this.stop();
      this.emit(playback, { type: 'end' });
      if (speed !== undefined) {
        this.options.emit({
          type: 'stats',
          utterance: playback.utterance,
          stats: { firstAudioMs: playback.firstAudioMs ?? 0, startMs: 0, cold: playback.cold, speed },
        });
      }
      return;
    }
    const target = next !== undefined ? next.time : playback.seconds;
    // Without a target, the next audio piece or 'done' calls tick again.
    if (target === undefined) return;
    playback.timer = setTimeout(() => this.tick(playback), Math.max(4, (target - heard) * 1000));
  }
}
