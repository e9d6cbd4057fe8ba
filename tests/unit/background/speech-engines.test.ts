// The background's voice engines with the browser faked: Chrome's offscreen document (created on the first speak,
// commands kept in order until it connects, closed after 30 s of silence, created again afterwards), chrome.tts
// (voices described, events passed on with word ends, a stopped utterance silent), speechSynthesis voices
// (speech-dispatcher's counted as local).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChromeTtsEngine, describeTtsVoice, wordEnd, type ChromeTts } from '../../../src/background/speech/chrome-tts';
import { IDLE_CLOSE_MS, OffscreenHost, type ChromeOffscreen } from '../../../src/background/speech/offscreen-host';
import { describeWebVoice } from '../../../src/background/speech/web-speech';
import type { Runtime } from '../../../src/shared/browser';
import type { SpeechEvent } from '../../../src/shared/speech-messages';

function fakeHostPort() {
  const listeners: Array<(m: unknown) => void> = [];
  const posted: unknown[] = [];
  const port = {
    name: 'dedoc-voice-host',
    postMessage: (m: unknown) => void posted.push(m),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (m: unknown) => void) => void listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
  };
  return { port: port as unknown as Runtime.Port, posted, emit: (m: unknown) => listeners.forEach((l) => l(m)), raw: port };
}

describe('OffscreenHost', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates the document on the first speak, sends in order once it connects, closes it after 30 s of silence', async () => {
    let exists = false;
    const offscreen: ChromeOffscreen = {
      createDocument: vi.fn(async () => void (exists = true)),
      closeDocument: vi.fn(async () => void (exists = false)),
      hasDocument: async () => exists,
    };
    const events: Array<[number, SpeechEvent]> = [];
    const host = new OffscreenHost(offscreen, (u, e) => void events.push([u, e]));
    // Nothing there: stop and pause need no document.
    host.send({ type: 'stop' });
    await vi.advanceTimersByTimeAsync(0);
    expect(offscreen.createDocument).not.toHaveBeenCalled();
    host.send({ type: 'speak', utterance: 1, text: 'Xin chào', voice: 'vi', rate: 1 });
    host.send({ type: 'pause' });
    await vi.advanceTimersByTimeAsync(0);
    expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: 'src/offscreen/index.html', reasons: ['AUDIO_PLAYBACK', 'WORKERS'] }));
    const doc = fakeHostPort();
    host.attach(doc.port);
    await vi.advanceTimersByTimeAsync(0);
    expect(doc.posted.map((m) => (m as { type: string }).type)).toEqual(['speak', 'pause']);
    doc.emit({ type: 'event', utterance: 1, event: { type: 'start', engine: 'builtin' } });
    doc.emit({ type: 'stats', utterance: 1, stats: { firstAudioMs: 120, startMs: 180, cold: true } });
    doc.emit({ type: 'event', utterance: 1, event: { type: 'end' } });
    expect(events).toEqual([[1, { type: 'start', engine: 'builtin' }], [1, { type: 'end' }]]);
    expect(host.stats.get(1)).toMatchObject({ firstAudioMs: 120, cold: true });
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS - 100);
    expect(offscreen.closeDocument).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(offscreen.closeDocument).toHaveBeenCalledTimes(1);
    expect(doc.raw.disconnect).toHaveBeenCalled();
    // Speaking again makes a new document.
    host.send({ type: 'speak', utterance: 2, text: 'Xin chào', voice: 'vi', rate: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(2);
  });

  it("a document that never connects fails the speak with 'synthesis-failed'", async () => {
    const offscreen: ChromeOffscreen = { createDocument: async () => undefined, closeDocument: async () => undefined };
    const events: Array<[number, SpeechEvent]> = [];
    const host = new OffscreenHost(offscreen, (u, e) => void events.push([u, e]));
    host.send({ type: 'speak', utterance: 3, text: 'Xin chào', voice: 'vi', rate: 1 });
    await vi.advanceTimersByTimeAsync(11_000);
    expect(events).toMatchObject([[3, { type: 'error', code: 'synthesis-failed' }]]);
  });
});

describe('chrome.tts', () => {
  it('describes voices: name as id, remote ones not local, word boundaries from eventTypes', () => {
    expect(describeTtsVoice({ voiceName: 'Google Tiếng Việt', lang: 'vi-VN', remote: true, eventTypes: ['start', 'end'] }, 0)).toEqual({
      id: 'Google Tiếng Việt',
      name: 'Google Tiếng Việt',
      lang: 'vi-VN',
      engine: 'browser',
      isLocal: false,
      hasWordBoundaries: false,
      isDefault: true,
    });
    expect(describeTtsVoice({ voiceName: 'Microsoft An', lang: 'vi-VN', eventTypes: ['start', 'word', 'end'] }, 3)).toMatchObject({ isLocal: true, hasWordBoundaries: true, isDefault: false });
    expect(describeTtsVoice({ lang: 'vi' }, 0)).toBeUndefined();
    expect(wordEnd('Xin chào bạn', 4)).toBe(8);
    expect(wordEnd('Xin chào bạn', 9)).toBe(12);
  });

  it('passes events on with word ends; a stopped utterance says nothing more', () => {
    let onEvent: ((e: { type: string; charIndex?: number; length?: number }) => void) | undefined;
    const tts: ChromeTts = {
      getVoices: (cb) => cb([]),
      speak: (_text, options) => void (onEvent = options['onEvent'] as typeof onEvent),
      stop: vi.fn(),
    };
    const events: Array<[number, SpeechEvent]> = [];
    const engine = new ChromeTtsEngine(tts, (u, e) => void events.push([u, e]));
    const voice = { id: 'An', name: 'An', lang: 'vi-VN', engine: 'browser' as const, isLocal: true, hasWordBoundaries: true };
    engine.speak(1, 'Xin chào bạn', voice, 1);
    onEvent!({ type: 'start', charIndex: 0 });
    onEvent!({ type: 'word', charIndex: 4 });
    onEvent!({ type: 'word', charIndex: 9, length: 3 });
    engine.stop();
    onEvent!({ type: 'interrupted' });
    expect(events).toEqual([
      [1, { type: 'start', engine: 'browser' }],
      [1, { type: 'word', spokenStart: 4, spokenEnd: 8 }],
      [1, { type: 'word', spokenStart: 9, spokenEnd: 12 }],
    ]);
  });
});

describe('speechSynthesis voices', () => {
  it("counts speech-dispatcher's voices as local (Firefox says they are not) and others as the browser says", () => {
    const voice = (voiceURI: string, localService: boolean) => ({ voiceURI, name: 'n', lang: 'vi', localService, default: false }) as SpeechSynthesisVoice;
    expect(describeWebVoice(voice('urn:moz-tts:speechd:Vietnamese?vi', false)).isLocal).toBe(true);
    expect(describeWebVoice(voice('Microsoft HoaiMy Online (Natural) - Vietnamese (Vietnam)', false)).isLocal).toBe(false);
    expect(describeWebVoice(voice('Linh', true))).toMatchObject({ id: 'Linh', isLocal: true, hasWordBoundaries: false, engine: 'browser' });
  });
});
