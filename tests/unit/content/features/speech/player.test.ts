// The read-aloud player's state machine against a fake speech port and a fake clock: what it asks the voice side,
// what it shows (state, engine, sentence, word), and how it answers events, errors and the reader's controls.
import { describe, expect, it } from 'vitest';
import { BUILTIN_VOICES, type VoiceDescriptor } from '../../../../../src/core/index';
import { Player, START_TIMEOUT_MS, VOICES_WAIT_MS, type PlayerSnapshot, type SpeechPort, type Timers } from '../../../../../src/content/features/speech/player';
import { TextScript } from '../../../../../src/content/features/speech/reading';
import type { SpeechClientMessage, SpeechEvent, SpeechServerMessage } from '../../../../../src/shared/speech-messages';

class FakeClock implements Timers {
  time = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(id: number): void {
    this.timers.delete(id);
  }
  /** Moves the clock, running each timer due on the way at its own time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

class FakePort implements SpeechPort {
  sent: SpeechClientMessage[] = [];
  private listener: ((m: SpeechServerMessage) => void) | null = null;
  private disconnectListener: (() => void) | null = null;
  isDisconnected = false;
  post(message: SpeechClientMessage): void {
    this.sent.push(message);
  }
  onMessage(listener: (m: SpeechServerMessage) => void): void {
    this.listener = listener;
  }
  onDisconnect(listener: () => void): void {
    this.disconnectListener = listener;
  }
  disconnect(): void {
    this.isDisconnected = true;
  }
  receive(message: SpeechServerMessage): void {
    this.listener?.(message);
  }
  dropConnection(): void {
    this.disconnectListener?.();
  }
  lastSpeak(): Extract<SpeechClientMessage, { type: 'speak' }> {
    const speaks = this.sent.filter((m): m is Extract<SpeechClientMessage, { type: 'speak' }> => m.type === 'speak');
    const last = speaks[speaks.length - 1];
    if (!last) throw new Error('nothing spoken');
    return last;
  }
  event(event: SpeechEvent, utterance = this.lastSpeak().utterance): void {
    this.receive({ type: 'event', utterance, event });
  }
}

const VI_BROWSER: VoiceDescriptor = { id: 'vi+klatt', name: 'Vietnamese', lang: 'vi', engine: 'browser', isLocal: true, hasWordBoundaries: false };
const ARTICLE = ['Nam Dân vận chính quyền năm 2019', 'Ngày 27-5, UBND tỉnh họp. Có 1.500 người dự.', 'Hết bài.'];

function setup(options: { voiceId?: string; rates?: Record<string, number> } = {}) {
  const clock = new FakeClock();
  const ports: FakePort[] = [];
  const snapshots: PlayerSnapshot[] = [];
  const sentences: Array<number | null> = [];
  const words: Array<{ source: number; start: number; end: number } | null> = [];
  const script = new TextScript(ARTICLE, { resolver: null, rate: 1 });
  const player = new Player(
    {
      connect: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
      timers: clock,
      voiceId: () => options.voiceId ?? '',
      rateFor: (voice) => options.rates?.[voice.lang.slice(0, 2)] ?? 1,
    },
    {
      onChange: (s) => snapshots.push(s),
      onSentence: (s) => sentences.push(s === null ? null : script.sentences.indexOf(s)),
      onWord: (w) => words.push(w),
    },
  );
  const port = (): FakePort => {
    const last = ports[ports.length - 1];
    if (!last) throw new Error('no port');
    return last;
  };
  const last = (): PlayerSnapshot => snapshots[snapshots.length - 1]!;
  return { clock, ports, port, player, script, snapshots, sentences, words, last };
}

describe('read-aloud player', () => {
  it('reads from the first sentence to the end, one speak per chunk, in order, with the normalised text', () => {
    const t = setup();
    t.player.play(t.script);
    expect(t.port().sent[0]).toEqual({ type: 'voices' });
    expect(t.last().state).toBe('playing');
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    const spoken: string[] = [];
    for (let i = 0; i < 10 && t.last().state === 'playing'; i++) {
      const speak = t.port().lastSpeak();
      spoken.push(speak.text);
      expect(speak.voiceId).toBe('builtin:vi');
      t.port().event({ type: 'start', engine: 'builtin' });
      t.port().event({ type: 'end' });
    }
    expect(spoken).toEqual([
      'Nam Dân vận chính quyền năm hai nghìn không trăm mười chín',
      'Ngày hai mươi bảy tháng năm, Ủy ban nhân dân tỉnh họp.',
      'Có một nghìn năm trăm người dự.',
      'Hết bài.',
    ]);
    expect(t.last().state).toBe('stopped');
    expect(t.sentences).toEqual([0, 1, 2, 3, null]);
  });

  it('says which engine speaks: the chosen voice at once, then what the voice side reports', () => {
    const t = setup();
    t.player.play(t.script);
    expect(t.last().engine).toBeNull();
    t.port().receive({ type: 'voices', voices: [VI_BROWSER, ...BUILTIN_VOICES] });
    expect(t.last()).toMatchObject({ state: 'playing', engine: 'browser', voice: { id: 'vi+klatt' } });
    expect(t.port().lastSpeak().voiceId).toBe('vi+klatt');
    t.port().event({ type: 'start', engine: 'browser' });
    expect(t.last().engine).toBe('browser');
    t.player.stop();
    expect(t.last()).toMatchObject({ state: 'stopped', engine: null });
  });

  it('takes the built-in voice when no voice list comes in time', () => {
    const t = setup();
    t.player.play(t.script);
    t.clock.advance(VOICES_WAIT_MS);
    expect(t.port().lastSpeak().voiceId).toBe('builtin:vi');
    expect(t.last().engine).toBe('builtin');
  });

  it('the reader’s chosen voice wins, and its language’s rate is used', () => {
    const t = setup({ voiceId: 'builtin:vi-VN-x-south', rates: { vi: 1.3 } });
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: [VI_BROWSER, ...BUILTIN_VOICES] });
    expect(t.port().lastSpeak()).toMatchObject({ voiceId: 'builtin:vi-VN-x-south', rate: 1.3 });
  });

  it('word events of the engine highlight the page’s own characters of the word (27-5 for “tháng năm”)', () => {
    const t = setup();
    t.player.play(t.script, 1);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    const text = t.port().lastSpeak().text;
    t.port().event({ type: 'start', engine: 'builtin' });
    const at = text.indexOf('tháng');
    t.port().event({ type: 'word', spokenStart: at, spokenEnd: at + 'tháng'.length });
    const word = t.words[t.words.length - 1]!;
    expect(ARTICLE[1]!.slice(word.start, word.end)).toBe('27-5');
    const u = text.indexOf('Ủy');
    t.port().event({ type: 'word', spokenStart: u, spokenEnd: u + 2 });
    const acronym = t.words[t.words.length - 1]!;
    expect(ARTICLE[1]!.slice(acronym.start, acronym.end)).toBe('UBND');
  });

  it('events of an older utterance are ignored', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    const first = t.port().lastSpeak().utterance;
    t.player.next();
    t.port().event({ type: 'end' }, first);
    expect(t.last().sentence).toBe(1);
    expect(t.port().lastSpeak().utterance).toBe(first + 1);
  });

  it('estimates words from syllables on the clock when the voice reports none, and freezes them while paused', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: [VI_BROWSER, ...BUILTIN_VOICES] });
    t.port().event({ type: 'start', engine: 'browser' });
    const text = (w: { source: number; start: number; end: number } | null | undefined): string | null =>
      w ? ARTICLE[w.source]!.slice(w.start, w.end) : null;
    expect(text(t.words[t.words.length - 1])).toBe('Nam');
    t.clock.advance(250);
    expect(text(t.words[t.words.length - 1])).toBe('Dân');
    t.player.pause();
    expect(t.port().sent[t.port().sent.length - 1]).toEqual({ type: 'pause' });
    const count = t.words.length;
    t.clock.advance(5000);
    expect(t.words.length).toBe(count);
    t.player.resume();
    expect(t.port().sent[t.port().sent.length - 1]).toEqual({ type: 'resume' });
    t.clock.advance(200);
    expect(text(t.words[t.words.length - 1])).toBe('vận');
  });

  it('pause keeps the sentence; resume goes on; data for the UI says paused', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.port().event({ type: 'start', engine: 'builtin' });
    t.player.pause();
    expect(t.last()).toMatchObject({ state: 'paused', engine: 'builtin', sentence: 0 });
    expect(t.sentences[t.sentences.length - 1]).toBe(0);
    t.player.resume();
    expect(t.last().state).toBe('playing');
    t.port().event({ type: 'end' });
    expect(t.last().sentence).toBe(1);
  });

  it('next and previous move by sentence; next while paused stays paused and resume speaks the new sentence', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.player.next();
    expect(t.port().sent.slice(-2).map((m) => m.type)).toEqual(['stop', 'speak']);
    expect(t.port().lastSpeak().text).toContain('hai mươi bảy');
    t.player.previous();
    expect(t.port().lastSpeak().text).toContain('Nam Dân');
    t.player.previous();
    expect(t.last().sentence).toBe(0);
    t.player.pause();
    const speaks = t.port().sent.filter((m) => m.type === 'speak').length;
    t.player.next();
    expect(t.last()).toMatchObject({ state: 'paused', sentence: 1 });
    expect(t.port().sent.filter((m) => m.type === 'speak').length).toBe(speaks);
    t.player.resume();
    expect(t.port().lastSpeak().text).toContain('hai mươi bảy');
  });

  it('next on the last sentence stops', () => {
    const t = setup();
    t.player.play(t.script, 3);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.player.next();
    expect(t.last().state).toBe('stopped');
    expect(t.port().sent[t.port().sent.length - 1]).toEqual({ type: 'stop' });
  });

  it('a new rate speaks the current chunk again at that rate', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.player.setRate(1.5);
    expect(t.port().lastSpeak()).toMatchObject({ rate: 1.5, text: expect.stringContaining('Nam Dân') });
    expect(t.last().rate).toBe(1.5);
  });

  it('a failing browser voice hands over to the built-in voice; a failing built-in voice stops and says why', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: [VI_BROWSER, ...BUILTIN_VOICES] });
    t.port().event({ type: 'error', code: 'synthesis-failed', message: 'no speechd' });
    expect(t.port().lastSpeak()).toMatchObject({ voiceId: 'builtin:vi', text: expect.stringContaining('Nam Dân') });
    expect(t.last().engine).toBe('builtin');
    t.port().event({ type: 'error', code: 'synthesis-failed', message: 'espeak' });
    expect(t.last()).toMatchObject({ state: 'stopped', error: 'synthesis-failed' });
    expect(t.sentences[t.sentences.length - 1]).toBeNull();
  });

  it('the built-in voice that cannot play hands over to a local Vietnamese voice of the computer, if there is one', () => {
    const t = setup({ voiceId: 'builtin:vi' });
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: [VI_BROWSER, ...BUILTIN_VOICES] });
    expect(t.port().lastSpeak().voiceId).toBe('builtin:vi');
    t.port().event({ type: 'error', code: 'audio-blocked', message: 'suspended' });
    expect(t.port().lastSpeak()).toMatchObject({ voiceId: 'vi+klatt', text: expect.stringContaining('Nam Dân') });
    expect(t.last()).toMatchObject({ state: 'playing', engine: 'browser' });
    const alone = setup();
    alone.player.play(alone.script);
    alone.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    alone.port().event({ type: 'error', code: 'audio-blocked', message: 'suspended' });
    expect(alone.last()).toMatchObject({ state: 'stopped', error: 'audio-blocked' });
  });

  it('a voice side that never answers a speak stops the reading with an error', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.clock.advance(START_TIMEOUT_MS);
    expect(t.last()).toMatchObject({ state: 'stopped', error: 'no-answer' });
  });

  it('a lost port stops the reading; the next play opens a new one', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.port().dropConnection();
    expect(t.last()).toMatchObject({ state: 'stopped', error: 'interrupted' });
    t.player.play(t.script);
    expect(t.ports.length).toBe(2);
  });

  it('destroy closes the port and stops', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.player.destroy();
    expect(t.port().isDisconnected).toBe(true);
    expect(t.port().sent[t.port().sent.length - 1]).toEqual({ type: 'stop' });
  });

  it('jump goes to any sentence (read from here)', () => {
    const t = setup();
    t.player.play(t.script);
    t.port().receive({ type: 'voices', voices: BUILTIN_VOICES });
    t.player.jump(t.script.sentenceAt(2));
    expect(t.port().lastSpeak().text).toBe('Hết bài.');
    expect(t.last()).toMatchObject({ sentence: 3, total: 4 });
  });
});
