// The built-in voice synthesizing in Node with the TRIMMED Vietnamese-only data, through the same wrapper a Worker
// uses (module factory and data injected). Checks audio and word positions, not speed (see scripts/speech/bench.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trimInstalledPackage } from '../../../tools/voice-data/build';
import {
  BuiltinSynthesizer,
  BuiltinVoiceError,
  engineText,
  speechText,
  type EspeakModuleFactory,
} from '../../../src/core/speech/index';

let dir: string;
let synthesizer: BuiltinSynthesizer;
let dataBytes: number;

beforeAll(async () => {
  const trimmed = trimInstalledPackage();
  dir = mkdtempSync(join(tmpdir(), 'dedoc-voice-'));
  const loader = join(dir, 'espeak-ng-vi.mjs');
  writeFileSync(loader, trimmed.js);
  const { default: createModule } = (await import(/* @vite-ignore */ pathToFileURL(loader).href)) as { default: EspeakModuleFactory };
  // A fresh ArrayBuffer of exactly the data, as fetch().arrayBuffer() gives one in a Worker.
  const data = trimmed.data.slice().buffer;
  dataBytes = data.byteLength;
  synthesizer = await BuiltinSynthesizer.load({ createModule, data, expectedBytes: 712_024 });
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Synthesis takes about half a second a sentence here; the shared machines can be many times slower.
describe('built-in voice with the trimmed data', { timeout: 30_000 }, () => {
  it('loads the Vietnamese-only data', () => {
    expect(dataBytes).toBe(712_024);
    expect(synthesizer.sampleRate).toBe(22_050);
  });

  it('says "Xin chào, đây là Dễ Đọc": about 1.4 s, words at characters 1, 5, 11, 15, 18, 21', () => {
    const source = 'Xin chào, đây là Dễ Đọc';
    const result = synthesizer.synthesize(speechText(source));
    expect(result.seconds).toBeGreaterThan(1.3);
    expect(result.seconds).toBeLessThan(1.5);
    // espeak counts from 1; the wrapper gives 0-based UTF-16 offsets.
    expect(result.words.map((w) => w.spokenStart + 1)).toEqual([1, 5, 11, 15, 18, 21]);
    expect(result.words.map((w) => source.slice(w.sourceStart, w.sourceEnd))).toEqual(['Xin', 'chào', 'đây', 'là', 'Dễ', 'Đọc']);
    expect(result.words.map((w) => w.time)).toEqual([...result.words.map((w) => w.time)].sort((a, b) => a - b));
  });

  it('streams PCM with the words that start in it, and can be stopped', () => {
    const pieces: number[] = [];
    const result = synthesizer.synthesize(speechText('Hôm qua, 27-5, Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến.'), (audio) => {
      expect(audio.pcm).toBeInstanceOf(Int16Array);
      pieces.push(audio.pcm.length);
      return false;
    });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(result.samples);
    const stopped = synthesizer.synthesize(speechText('Một hai ba bốn năm sáu bảy tám chín mười.'), () => true);
    expect(stopped.isStopped).toBe(true);
    expect(stopped.seconds).toBeLessThan(1);
  });

  it('places words of a normalised text on the page’s own characters', () => {
    const source = 'Hôm qua, 27-5, UBND tỉnh họp.';
    const result = synthesizer.synthesize(speechText(source));
    const highlighted = result.words.map((w) => source.slice(w.sourceStart, w.sourceEnd));
    expect(highlighted.slice(0, 2)).toEqual(['Hôm', 'qua']);
    expect(highlighted.filter((h) => h === '27-5')).toHaveLength(5);
    expect(highlighted).toContain('UBND');
    expect(highlighted.at(-1)).toBe('họp');
  });

  it('counts positions in code points, as espeak-ng does, and maps them to UTF-16', () => {
    const source = '𝐀 bê xê';
    const result = synthesizer.synthesize(speechText(source));
    expect(result.words.map((w) => source.slice(w.sourceStart, w.sourceEnd))).toEqual(['𝐀', 'bê', 'xê']);
  });

  it('speaks slower at a lower rate and switches voices', () => {
    const text = speechText('Cổng thông tin điện tử tỉnh Kiên Giang');
    synthesizer.setRate(1);
    const normal = synthesizer.synthesize(text).seconds;
    synthesizer.setRate(0.5);
    const slow = synthesizer.synthesize(text).seconds;
    synthesizer.setRate(1);
    expect(slow).toBeGreaterThan(normal * 1.5);
    synthesizer.setVoice('vi-VN-x-south');
    expect(synthesizer.synthesize(text).seconds).toBeGreaterThan(0.5);
    synthesizer.setVoice('vi');
    expect(() => synthesizer.setVoice('en' as never)).toThrow(BuiltinVoiceError);
    synthesizer.setVoice('vi');
  });

  it('refuses data of the wrong size', async () => {
    await expect(
      BuiltinSynthesizer.load({ createModule: () => Promise.reject(new Error('not reached')), data: new ArrayBuffer(10), expectedBytes: 712_024 }),
    ).rejects.toThrow(BuiltinVoiceError);
  });

  it('hands the engine NFC text without markup characters', () => {
    expect(engineText('a < b & c > d')).toBe('a   b   c   d');
    expect(() => engineText('Đọc'.normalize('NFD'))).toThrow(BuiltinVoiceError);
  });
});
