// The built-in voice's host with a fake Worker and a fake AudioContext on a fake clock: start and each word come
// when the AudioContext's clock reaches them (not when the Worker reported them), pause freezes them, resume goes on,
// stop silences, a context that never runs gives 'audio-blocked', a failing Worker 'synthesis-failed'.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VoiceHost } from '../../../src/voice/host';
import type { HostMessage, WorkerReply, WorkerSynthesize } from '../../../src/voice/protocol';

class FakeContext {
  state: 'running' | 'suspended' | 'closed' = 'suspended';
  outputLatency = 0;
  readonly destination = {};
  readonly started: number[] = [];
  stopped = 0;
  private base = 0;
  private since: number | undefined;
  constructor(private readonly canRun = true) {}
  get currentTime(): number {
    return this.base + (this.since === undefined ? 0 : (Date.now() - this.since) / 1000);
  }
  resume(): Promise<void> {
    if (!this.canRun) return new Promise(() => {});
    if (this.state !== 'running') {
      this.state = 'running';
      this.since = Date.now();
    }
    return Promise.resolve();
  }
  suspend(): Promise<void> {
    this.base = this.currentTime;
    this.since = undefined;
    this.state = 'suspended';
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.state = 'closed';
    return Promise.resolve();
  }
  createBuffer(_channels: number, length: number) {
    const data = new Float32Array(length);
    return { getChannelData: () => data };
  }
  createBufferSource() {
    return {
      buffer: null as unknown,
      connect: () => undefined,
      disconnect: () => undefined,
      start: (at: number) => void this.started.push(at),
      stop: () => void this.stopped++,
    };
  }
}

class FakeWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  readonly requests: WorkerSynthesize[] = [];
  postMessage(request: WorkerSynthesize): void {
    this.requests.push(request);
  }
  reply(data: WorkerReply): void {
    this.onmessage?.({ data });
  }
  terminate(): void {}
}

/** 0.5 s pieces of audio at 22,050 Hz, the words of "Xin chào, đây là" inside them. */
function synthesize(worker: FakeWorker, id: number): void {
  const pcm = () => new Int16Array(11_025);
  worker.reply({ type: 'ready', loadMs: 100 });
  worker.reply({ type: 'audio', id, pcm: pcm(), sampleRate: 22_050, time: 0, words: [{ time: 0.02, spokenStart: 0, spokenEnd: 3 }, { time: 0.3, spokenStart: 4, spokenEnd: 8 }] });
  worker.reply({ type: 'audio', id, pcm: pcm(), sampleRate: 22_050, time: 0.5, words: [{ time: 0.7, spokenStart: 10, spokenEnd: 13 }, { time: 0.9, spokenStart: 14, spokenEnd: 16 }] });
  worker.reply({ type: 'done', id, seconds: 1, synthesisMs: 50 });
}

function setup(context = new FakeContext()) {
  const worker = new FakeWorker();
  const messages: Array<HostMessage & { at: number }> = [];
  const host = new VoiceHost({
    emit: (m) => void messages.push({ ...m, at: Date.now() }),
    createWorker: () => worker as unknown as Worker,
    createContext: () => context as unknown as AudioContext,
    audioTimeoutMs: 2000,
  });
  const events = () => messages.flatMap((m) => (m.type === 'event' ? [{ at: m.at, ...m.event }] : []));
  return { worker, host, context, events, messages };
}

describe('VoiceHost', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('reports start, each word and end when the AudioContext clock reaches them', async () => {
    const { worker, host, context, events } = setup();
    host.speak(1, 'Xin chào, đây là', 'vi', 1);
    expect(worker.requests).toEqual([{ type: 'synthesize', id: 1, text: 'Xin chào, đây là', voice: 'vi', rate: 1 }]);
    synthesize(worker, 1);
    await vi.advanceTimersByTimeAsync(0);
    // Everything is synthesised; nothing is heard yet.
    expect(events()).toEqual([]);
    expect(context.started).toEqual([0.05, 0.55]);
    await vi.advanceTimersByTimeAsync(80);
    expect(events().map((e) => e.type)).toEqual(['start', 'word']);
    await vi.advanceTimersByTimeAsync(300);
    expect(events().map((e) => e.type)).toEqual(['start', 'word', 'word']);
    await vi.advanceTimersByTimeAsync(2000);
    const all = events();
    expect(all.map((e) => (e.type === 'word' ? e.spokenStart : e.type))).toEqual(['start', 0, 4, 10, 14, 'end']);
    const t0 = 1_000_000;
    // Heard times: lead 50 ms + word time (ms), within the timers' few ms.
    expect(all.map((e) => e.at - t0)).toEqual([50, 70, 350, 750, 950, 1050].map((ms) => expect.closeTo(ms, -1)));
    expect(all[0]).toMatchObject({ type: 'start', engine: 'builtin' });
  });

  it('pause freezes the clock and the words; resume goes on where it was', async () => {
    const { worker, host, events } = setup();
    host.speak(1, 'Xin chào, đây là', 'vi', 1);
    synthesize(worker, 1);
    await vi.advanceTimersByTimeAsync(400);
    expect(events().filter((e) => e.type === 'word')).toHaveLength(2);
    host.pause();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events().filter((e) => e.type === 'word')).toHaveLength(2);
    host.resume();
    // Paused 0.35 s into the audio: the third word (0.7 s) comes 0.35 s after resume, not before.
    await vi.advanceTimersByTimeAsync(330);
    expect(events().filter((e) => e.type === 'word')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(30);
    expect(events().filter((e) => e.type === 'word')).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events().map((e) => e.type)).toEqual(['start', 'word', 'word', 'word', 'word', 'end']);
  });

  it('stop silences the sources and reports nothing more; a late Worker reply is ignored', async () => {
    const { worker, host, context, events } = setup();
    host.speak(1, 'Xin chào, đây là', 'vi', 1);
    synthesize(worker, 1);
    await vi.advanceTimersByTimeAsync(100);
    host.stop();
    expect(context.stopped).toBe(2);
    worker.reply({ type: 'done', id: 1, seconds: 1, synthesisMs: 1 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(events().map((e) => e.type)).toEqual(['start', 'word']);
    // The next utterance gets its own request number.
    host.speak(2, 'là', 'vi-VN-x-central', 1.5);
    expect(worker.requests[1]).toMatchObject({ id: 2, voice: 'vi-VN-x-central', rate: 1.5 });
  });

  it("an AudioContext that never runs gives 'audio-blocked', not silence", async () => {
    const { worker, host, events } = setup(new FakeContext(false));
    host.speak(3, 'Xin chào', 'vi', 1);
    synthesize(worker, 1);
    await vi.advanceTimersByTimeAsync(2100);
    expect(events()).toMatchObject([{ type: 'error', code: 'audio-blocked' }]);
  });

  it("a Worker error gives 'synthesis-failed'", async () => {
    const { worker, host, events } = setup();
    host.speak(4, 'Xin chào', 'vi', 1);
    worker.reply({ type: 'error', id: 1, message: 'voice data: 404' });
    expect(events()).toMatchObject([{ type: 'error', code: 'synthesis-failed', message: 'voice data: 404' }]);
  });

  it('text with nothing to say starts and ends at once', async () => {
    const { worker, host, events } = setup();
    host.speak(5, ' ', 'vi', 1);
    worker.reply({ type: 'done', id: 1, seconds: 0, synthesisMs: 1 });
    expect(events().map((e) => e.type)).toEqual(['start', 'end']);
  });
});
