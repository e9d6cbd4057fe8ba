// The read-aloud port as extension pages use it (popup voice list, welcome preview), on a fake port; and the names
// and rates the reader sees.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../../src/shared/browser';
import { SpeechClient, SpeechPreviewError } from '../../../src/shared/speech-client';
import { SPEECH_PORT_NAME, type SpeechServerMessage } from '../../../src/shared/speech-messages';
import { formatRate, voiceLabel, voicesToOffer } from '../../../src/shared/speech-voices';
import { BUILTIN_VOICES, type VoiceDescriptor } from '../../../src/core/index';

function fakePort() {
  const messageListeners: Array<(m: unknown) => void> = [];
  const disconnectListeners: Array<() => void> = [];
  const port = {
    name: SPEECH_PORT_NAME,
    posted: [] as unknown[],
    isDisconnected: false,
    postMessage(m: unknown) {
      port.posted.push(m);
    },
    disconnect() {
      port.isDisconnected = true;
    },
    onMessage: { addListener: (l: (m: unknown) => void) => messageListeners.push(l) },
    onDisconnect: { addListener: (l: () => void) => disconnectListeners.push(l) },
    send(m: SpeechServerMessage) {
      for (const l of messageListeners) l(m);
    },
    drop() {
      for (const l of disconnectListeners) l();
    },
  };
  return port;
}

const runtime = browser.runtime as unknown as { connect: unknown };
const originalConnect = runtime.connect;
afterEach(() => {
  runtime.connect = originalConnect;
});

function withPort() {
  const port = fakePort();
  const connect = vi.fn(() => port);
  runtime.connect = connect;
  return { port, connect };
}

const AN: VoiceDescriptor = { id: 'Microsoft An', name: 'Microsoft An', lang: 'vi-VN', engine: 'browser', isLocal: true, hasWordBoundaries: true };
const HOAIMY: VoiceDescriptor = { id: 'HoaiMy', name: 'Microsoft HoaiMy Online (Natural)', lang: 'vi-VN', engine: 'browser', isLocal: false, hasWordBoundaries: true };
const ENGLISH: VoiceDescriptor = { id: 'David', name: 'Microsoft David', lang: 'en-US', engine: 'browser', isLocal: true, hasWordBoundaries: true };

describe('SpeechClient', () => {
  it('asks for the voices on one port, and tells every change', () => {
    const { port, connect } = withPort();
    const client = new SpeechClient();
    const seen: number[] = [];
    client.watchVoices((voices) => seen.push(voices.length));
    expect(connect).toHaveBeenCalledWith({ name: SPEECH_PORT_NAME });
    expect(port.posted).toEqual([{ type: 'voices' }]);
    port.send({ type: 'voices', voices: BUILTIN_VOICES });
    port.send({ type: 'voices', voices: [AN, ...BUILTIN_VOICES] });
    expect(seen).toEqual([3, 4]);
    // A second listener gets the list at once.
    const late: number[] = [];
    client.watchVoices((voices) => late.push(voices.length));
    expect(late).toEqual([4]);
    expect(connect).toHaveBeenCalledTimes(1);
    client.close();
    expect(port.isDisconnected).toBe(true);
  });

  it('speaks: start and words of its own utterance only, resolves at the end', async () => {
    const { port } = withPort();
    const client = new SpeechClient();
    const events: string[] = [];
    const done = client.speak('xin chào', 'builtin:vi', 1.2, {
      onStart: (engine) => events.push(`start ${engine}`),
      onWord: (w) => events.push(`word ${w.spokenStart}-${w.spokenEnd}`),
    });
    expect(port.posted).toEqual([{ type: 'speak', utterance: 1, text: 'xin chào', voiceId: 'builtin:vi', rate: 1.2 }]);
    port.send({ type: 'event', utterance: 99, event: { type: 'start', engine: 'browser' } });
    port.send({ type: 'event', utterance: 1, event: { type: 'start', engine: 'builtin' } });
    port.send({ type: 'event', utterance: 1, event: { type: 'word', spokenStart: 0, spokenEnd: 3 } });
    port.send({ type: 'event', utterance: 1, event: { type: 'word', spokenStart: 4, spokenEnd: 8 } });
    port.send({ type: 'event', utterance: 1, event: { type: 'end' } });
    await expect(done).resolves.toBeUndefined();
    expect(events).toEqual(['start builtin', 'word 0-3', 'word 4-8']);
  });

  it('an error, a stop, a new preview and a lost port each end the preview with their reason', async () => {
    const { port } = withPort();
    const client = new SpeechClient();
    const failed = client.speak('a', 'x', 1);
    port.send({ type: 'event', utterance: 1, event: { type: 'error', code: 'audio-blocked', message: 'suspended' } });
    await expect(failed).rejects.toMatchObject({ code: 'audio-blocked' });

    const stopped = client.speak('b', 'x', 1);
    client.stop();
    await expect(stopped).rejects.toMatchObject({ code: 'stopped' });
    expect(port.posted.at(-1)).toEqual({ type: 'stop' });

    const replaced = client.speak('c', 'x', 1);
    const next = client.speak('d', 'x', 1);
    await expect(replaced).rejects.toBeInstanceOf(SpeechPreviewError);
    port.drop();
    await expect(next).rejects.toMatchObject({ code: 'disconnected' });
  });
});

describe('voices and rates for the reader', () => {
  it('offers the Vietnamese voices of the computer, then the built-in ones; network voices say so', () => {
    const offered = voicesToOffer([ENGLISH, HOAIMY, AN, ...BUILTIN_VOICES]);
    expect(offered.map((v) => v.id)).toEqual(['HoaiMy', 'Microsoft An', 'builtin:vi', 'builtin:vi-VN-x-central', 'builtin:vi-VN-x-south']);
    expect(voiceLabel(AN)).toBe('Microsoft An');
    expect(voiceLabel(HOAIMY)).not.toBe(HOAIMY.name);
    expect(voiceLabel(BUILTIN_VOICES[2]!)).not.toBe('vi-VN-x-south');
  });

  it('writes a rate with a Vietnamese decimal comma', () => {
    expect([0.5, 0.8, 1, 1.1, 1.2000000000000002, 2].map(formatRate)).toEqual(['0,5', '0,8', '1', '1,1', '1,2', '2']);
  });
});
