// The read-aloud port's background end with its engines faked: voices (late, in batches; polled until stable),
// speak → events with the client's utterance number, one utterance at a time across clients, stop without end,
// pause/resume (built-in: engine pause; browser voice: stop, then the same utterance again with a new start),
// disconnect stops, the watchdog, malformed messages, and the message check itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VoiceDescriptor } from '../../../src/core/index';
import { SpeechRouter, START_TIMEOUT_MS, VOICE_POLL_MS, estimatedSeconds, END_MARGIN_MS, type SpeechPort } from '../../../src/background/speech/router';
import type { BrowserEngine, BuiltinHost } from '../../../src/background/speech/engines';
import { parseSpeechClientMessage, type SpeechServerMessage } from '../../../src/shared/speech-messages';
import type { HostCommand } from '../../../src/voice/protocol';

function fakePort() {
  const messageListeners: Array<(m: unknown) => void> = [];
  const disconnectListeners: Array<() => void> = [];
  const received: SpeechServerMessage[] = [];
  const port: SpeechPort = {
    postMessage: (m) => void received.push(structuredClone(m)),
    onMessage: { addListener: (l) => void messageListeners.push(l) },
    onDisconnect: { addListener: (l) => void disconnectListeners.push(l) },
  };
  return {
    port,
    received,
    send: (m: unknown) => messageListeners.forEach((l) => l(m)),
    disconnect: () => disconnectListeners.forEach((l) => l()),
    events: (utterance: number) =>
      received.flatMap((m) => (m.type === 'event' && m.utterance === utterance ? [m.event] : [])),
  };
}

const VI: VoiceDescriptor = { id: 'vi-voice', name: 'Vietnamese', lang: 'vi', engine: 'browser', isLocal: true, hasWordBoundaries: false };
const EN: VoiceDescriptor = { id: 'en-voice', name: 'English', lang: 'en-US', engine: 'browser', isLocal: true, hasWordBoundaries: true };

function fakeBrowser(voices: VoiceDescriptor[] = [VI]) {
  const spoken: Array<{ utterance: number; text: string; voice: string; rate: number }> = [];
  let stops = 0;
  const engine: BrowserEngine = {
    getVoices: async () => [...voices],
    speak: (utterance, text, voice, rate) => void spoken.push({ utterance, text, voice: voice.id, rate }),
    stop: () => void stops++,
  };
  return { engine, spoken, voices, stops: () => stops };
}

function fakeBuiltin() {
  const commands: HostCommand[] = [];
  const host: BuiltinHost = { send: (c) => void commands.push(c) };
  return { host, commands };
}

const voiceIds = (m: SpeechServerMessage): string[] => (m.type === 'voices' ? m.voices.map((v) => v.id) : []);

/** Lets the router's awaited voice reads settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('SpeechRouter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers voices with the browser’s then the built-in ones, and again when the list grows', async () => {
    const browser = fakeBrowser([]);
    const router = new SpeechRouter(fakeBuiltin().host, browser.engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'voices' });
    await settle();
    expect(client.received).toHaveLength(1);
    expect(voiceIds(client.received[0]!)).toEqual(['builtin:vi', 'builtin:vi-VN-x-central', 'builtin:vi-VN-x-south']);
    // speech-dispatcher's voices come seconds later, in batches; an empty list is not taken for the final one.
    await vi.advanceTimersByTimeAsync(VOICE_POLL_MS * 10);
    browser.voices.push(EN);
    await vi.advanceTimersByTimeAsync(VOICE_POLL_MS);
    browser.voices.push(VI);
    await vi.advanceTimersByTimeAsync(VOICE_POLL_MS);
    const lists = client.received.map(voiceIds);
    expect(lists).toHaveLength(3);
    expect(lists[2]).toEqual(['en-voice', 'vi-voice', 'builtin:vi', 'builtin:vi-VN-x-central', 'builtin:vi-VN-x-south']);
    // Stable: polling stops.
    await vi.advanceTimersByTimeAsync(VOICE_POLL_MS * 100);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('speaks with the built-in voice and passes its events on under the client’s number', async () => {
    const builtin = fakeBuiltin();
    const router = new SpeechRouter(builtin.host, fakeBrowser().engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 41, text: 'Xin chào', voiceId: 'builtin:vi-VN-x-south', rate: 3 });
    await settle();
    expect(builtin.commands).toEqual([{ type: 'speak', utterance: 1, text: 'Xin chào', voice: 'vi-VN-x-south', rate: 2 }]);
    router.onEngineEvent(1, { type: 'start', engine: 'builtin' });
    router.onEngineEvent(1, { type: 'word', spokenStart: 0, spokenEnd: 3 });
    router.onEngineEvent(2, { type: 'word', spokenStart: 4, spokenEnd: 8 });
    router.onEngineEvent(1, { type: 'end' });
    router.onEngineEvent(1, { type: 'end' });
    expect(client.events(41)).toEqual([{ type: 'start', engine: 'builtin' }, { type: 'word', spokenStart: 0, spokenEnd: 3 }, { type: 'end' }]);
  });

  it('a new speak stops the previous one; from another client, that client hears it was interrupted', async () => {
    const browser = fakeBrowser();
    const builtin = fakeBuiltin();
    const router = new SpeechRouter(builtin.host, browser.engine);
    const a = fakePort();
    const b = fakePort();
    router.connect(a.port);
    router.connect(b.port);
    a.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'vi-voice', rate: 1 });
    await settle();
    a.send({ type: 'speak', utterance: 2, text: 'hai', voiceId: 'builtin:vi', rate: 1 });
    await settle();
    expect(browser.stops()).toBe(1);
    expect(a.events(1)).toEqual([]);
    b.send({ type: 'speak', utterance: 7, text: 'ba', voiceId: 'vi-voice', rate: 1 });
    await settle();
    expect(builtin.commands.map((c) => c.type)).toEqual(['speak', 'stop']);
    expect(a.events(2)).toMatchObject([{ type: 'error', code: 'interrupted' }]);
    // Events of the stopped utterances go nowhere.
    router.onEngineEvent(1, { type: 'end' });
    router.onEngineEvent(2, { type: 'end' });
    expect(a.events(1)).toEqual([]);
    expect(a.events(2)).toHaveLength(1);
    router.onEngineEvent(3, { type: 'start', engine: 'browser' });
    expect(b.events(7)).toEqual([{ type: 'start', engine: 'browser' }]);
  });

  it('stop sends no end; a client stops only its own speech', async () => {
    const builtin = fakeBuiltin();
    const router = new SpeechRouter(builtin.host, fakeBrowser().engine);
    const a = fakePort();
    const b = fakePort();
    router.connect(a.port);
    router.connect(b.port);
    a.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'builtin:vi', rate: 1 });
    await settle();
    b.send({ type: 'stop' });
    expect(builtin.commands.map((c) => c.type)).toEqual(['speak']);
    a.send({ type: 'stop' });
    expect(builtin.commands.map((c) => c.type)).toEqual(['speak', 'stop']);
    router.onEngineEvent(1, { type: 'end' });
    expect(a.events(1)).toEqual([]);
  });

  it('built-in voice: pause and resume are the engine’s own; no second start', async () => {
    const builtin = fakeBuiltin();
    const router = new SpeechRouter(builtin.host, fakeBrowser().engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 5, text: 'Xin chào', voiceId: 'builtin:vi', rate: 1 });
    await settle();
    router.onEngineEvent(1, { type: 'start', engine: 'builtin' });
    client.send({ type: 'pause' });
    client.send({ type: 'pause' });
    client.send({ type: 'resume' });
    client.send({ type: 'resume' });
    expect(builtin.commands.map((c) => c.type)).toEqual(['speak', 'pause', 'resume']);
    router.onEngineEvent(1, { type: 'end' });
    expect(client.events(5).map((e) => e.type)).toEqual(['start', 'end']);
  });

  it('browser voice: pause stops it, resume speaks the same utterance again from its start', async () => {
    const browser = fakeBrowser();
    const router = new SpeechRouter(fakeBuiltin().host, browser.engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 9, text: 'Xin chào các bạn', voiceId: 'vi-voice', rate: 1.2 });
    await settle();
    router.onEngineEvent(1, { type: 'start', engine: 'browser' });
    client.send({ type: 'pause' });
    expect(browser.stops()).toBe(1);
    // What the stopped utterance reports afterwards (Firefox: error "interrupted") is not passed on.
    router.onEngineEvent(1, { type: 'error', code: 'interrupted', message: 'canceled' });
    client.send({ type: 'resume' });
    expect(browser.spoken).toEqual([
      { utterance: 1, text: 'Xin chào các bạn', voice: 'vi-voice', rate: 1.2 },
      { utterance: 2, text: 'Xin chào các bạn', voice: 'vi-voice', rate: 1.2 },
    ]);
    router.onEngineEvent(2, { type: 'start', engine: 'browser' });
    router.onEngineEvent(2, { type: 'end' });
    expect(client.events(9).map((e) => e.type)).toEqual(['start', 'start', 'end']);
  });

  it('a stop that comes while the first speak waits for the voice list cancels that speak', async () => {
    const browser = fakeBrowser();
    const router = new SpeechRouter(fakeBuiltin().host, browser.engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'vi-voice', rate: 1 });
    client.send({ type: 'stop' });
    client.send({ type: 'speak', utterance: 2, text: 'hai', voiceId: 'vi-voice', rate: 1 });
    client.send({ type: 'speak', utterance: 3, text: 'ba', voiceId: 'vi-voice', rate: 1 });
    await settle();
    expect(browser.spoken.map((s) => s.text)).toEqual(['ba']);
  });

  it('a disconnected client’s speech stops', async () => {
    const builtin = fakeBuiltin();
    const router = new SpeechRouter(builtin.host, fakeBrowser().engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'builtin:vi', rate: 1 });
    await settle();
    client.disconnect();
    expect(builtin.commands.map((c) => c.type)).toEqual(['speak', 'stop']);
  });

  it('the watchdog ends an utterance that never starts, and one that never ends', async () => {
    const browser = fakeBrowser();
    const router = new SpeechRouter(fakeBuiltin().host, browser.engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'vi-voice', rate: 1 });
    await settle();
    await vi.advanceTimersByTimeAsync(START_TIMEOUT_MS + 1);
    expect(client.events(1)).toMatchObject([{ type: 'error', code: 'synthesis-failed' }]);
    expect(browser.stops()).toBe(1);
    const text = 'Xin chào, đây là Dễ Đọc';
    client.send({ type: 'speak', utterance: 2, text, voiceId: 'vi-voice', rate: 1 });
    await settle();
    router.onEngineEvent(2, { type: 'start', engine: 'browser' });
    const limit = estimatedSeconds(text, 1) * 2000 + END_MARGIN_MS;
    await vi.advanceTimersByTimeAsync(limit - 10);
    expect(client.events(2)).toEqual([{ type: 'start', engine: 'browser' }]);
    await vi.advanceTimersByTimeAsync(20);
    expect(client.events(2)).toMatchObject([{ type: 'start' }, { type: 'error', code: 'synthesis-failed' }]);
  });

  it('refuses an unknown voice, a voice whose engine is missing, and malformed messages', async () => {
    const router = new SpeechRouter(undefined, fakeBrowser().engine);
    const client = fakePort();
    router.connect(client.port);
    client.send({ type: 'speak', utterance: 1, text: 'một', voiceId: 'nobody', rate: 1 });
    await settle();
    client.send({ type: 'speak', utterance: 2, text: 'hai', voiceId: 'builtin:vi', rate: 1 });
    client.send({ type: 'speak', utterance: 3, text: 3, voiceId: 'builtin:vi', rate: 1 });
    client.send('speak');
    await settle();
    expect(client.events(1)).toMatchObject([{ type: 'error', code: 'no-voice' }]);
    expect(client.events(2)).toMatchObject([{ type: 'error', code: 'no-voice' }]);
    expect(client.events(3)).toMatchObject([{ type: 'error', code: 'bad-request' }]);
    expect(client.events(0)).toMatchObject([{ type: 'error', code: 'bad-request' }]);
  });
});

describe('parseSpeechClientMessage', () => {
  it('takes the five messages, clamps the rate, and refuses anything else', () => {
    expect(parseSpeechClientMessage({ type: 'voices', extra: 1 })).toEqual({ type: 'voices' });
    expect(parseSpeechClientMessage({ type: 'speak', utterance: 1, text: 'a', voiceId: 'v', rate: 0.1 })).toEqual({ type: 'speak', utterance: 1, text: 'a', voiceId: 'v', rate: 0.5 });
    expect(parseSpeechClientMessage({ type: 'speak', utterance: 1, text: 'a'.repeat(2001), voiceId: 'v', rate: 1 })).toBeUndefined();
    expect(parseSpeechClientMessage({ type: 'speak', utterance: Number.NaN, text: 'a', voiceId: 'v', rate: 1 })).toBeUndefined();
    expect(parseSpeechClientMessage({ type: 'speak', utterance: 1, text: 'a', voiceId: '', rate: 1 })).toBeUndefined();
    expect(parseSpeechClientMessage({ type: 'speak', utterance: 1, text: 'a', voiceId: 'v', rate: Infinity })).toBeUndefined();
    expect(parseSpeechClientMessage(['stop'])).toBeUndefined();
    expect(parseSpeechClientMessage(null)).toBeUndefined();
    expect(parseSpeechClientMessage({ type: 'eval' })).toBeUndefined();
  });
});
