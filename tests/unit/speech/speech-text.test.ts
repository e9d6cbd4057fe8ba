// The offset map from spoken text back to the source: building, looking up both ways, slicing.
import { describe, expect, it } from 'vitest';
import { SpeechBuilder, SpeechMap, speechText } from '../../../src/core/speech/index';
import { expectValidSpeech } from './map-invariants';

/** "Hôm qua, 27-5 họp" → "Hôm qua, hai mươi bảy tháng năm họp", built by hand. */
function sample() {
  const source = 'Hôm qua, 27-5 họp';
  const b = new SpeechBuilder();
  b.verbatim(0, 'Hôm');
  b.space(3, 4);
  b.verbatim(4, 'qua,');
  b.space(8, 9);
  b.replace(9, 13, 'hai mươi bảy tháng năm');
  b.space(13, 14);
  b.verbatim(14, 'họp');
  return { source, speech: b.build() };
}

describe('SpeechBuilder', () => {
  it('tiles the spoken text with segments tied to the source', () => {
    const { source, speech } = sample();
    expect(speech.text).toBe('Hôm qua, hai mươi bảy tháng năm họp');
    expectValidSpeech(source, speech);
  });

  it('never doubles a space and drops a trailing one', () => {
    const b = new SpeechBuilder();
    b.space(0, 1);
    b.verbatim(1, 'a');
    b.space(2, 3);
    b.replace(3, 4, ' ');
    b.space(4, 5);
    const speech = b.build();
    expect(speech.text).toBe('a');
    expectValidSpeech(' a   ', speech);
  });

  it('inserts a word gap between glued pieces that are words, mapped to nothing', () => {
    const b = new SpeechBuilder();
    b.replace(0, 1, 'năm');
    b.replace(1, 2, 'phần trăm');
    const speech = b.build();
    expect(speech.text).toBe('năm phần trăm');
    expect(speech.map.segments[1]).toMatchObject({ sourceStart: 1, sourceEnd: 1, isVerbatim: false });
  });

  it('does not split a word the source writes as one (contiguous verbatim pieces)', () => {
    const b = new SpeechBuilder();
    b.verbatim(0, 'Cẩm');
    b.verbatim(3, 'Bình');
    expect(b.build().text).toBe('CẩmBình');
  });

  it('puts a said separator right after the word ("08:34 | 28/05" → "…, …")', () => {
    const b = new SpeechBuilder();
    b.replace(0, 5, 'tám giờ');
    b.space(5, 6);
    b.replace(6, 7, ',');
    b.space(7, 8);
    b.verbatim(8, 'x');
    const speech = b.build();
    expect(speech.text).toBe('tám giờ, x');
    expectValidSpeech('08:34 | x', speech);
  });

  it('refuses source ranges that go backwards', () => {
    const b = new SpeechBuilder();
    b.verbatim(5, 'ab');
    expect(() => b.verbatim(0, 'cd')).toThrow(RangeError);
  });
});

describe('SpeechMap', () => {
  it('maps a verbatim character to itself and a replaced one to its token start', () => {
    const { speech } = sample();
    expect(speech.map.sourceOffset(0)).toBe(0);
    expect(speech.map.sourceOffset(5)).toBe(5); // "u" of "qua"
    const inside = speech.text.indexOf('bảy');
    expect(speech.map.sourceOffset(inside)).toBe(9);
    expect(speech.map.sourceOffset(speech.text.length)).toBe(17);
  });

  it('widens a word inside a replacement to the whole source token', () => {
    const { source, speech } = sample();
    const at = speech.text.indexOf('tháng');
    const range = speech.map.sourceRange(at, at + 'tháng'.length);
    expect(source.slice(range.start, range.end)).toBe('27-5');
    const verbatim = speech.map.sourceRange(4, 7);
    expect(source.slice(verbatim.start, verbatim.end)).toBe('qua');
    const across = speech.map.sourceRange(4, speech.text.indexOf('tháng'));
    expect(source.slice(across.start, across.end)).toBe('qua, 27-5');
  });

  it('finds where a source offset begins to be spoken', () => {
    const { speech } = sample();
    expect(speech.map.spokenOffset(0)).toBe(0);
    expect(speech.map.spokenOffset(4)).toBe(4);
    expect(speech.map.spokenOffset(9)).toBe(speech.text.indexOf('hai'));
    expect(speech.map.spokenOffset(11)).toBe(speech.text.indexOf('hai'));
    expect(speech.map.spokenOffset(14)).toBe(speech.text.indexOf('họp'));
    expect(speech.map.spokenOffset(99)).toBe(speech.text.length);
  });

  it('slices with spoken offsets from 0 and source offsets moved', () => {
    const { source, speech } = sample();
    const from = speech.text.indexOf('hai');
    const slice = speech.map.slice(from, speech.text.length, 100);
    expect(slice.length).toBe(speech.text.length - from);
    expect(slice.sourceRange(0, 3)).toEqual({ start: 109, end: 113 });
    expectValidSpeech(' '.repeat(100) + source, { text: speech.text.slice(from), map: slice });
  });

  it('is empty for empty text', () => {
    const map = new SpeechMap([]);
    expect(map.length).toBe(0);
    expect(map.sourceOffset(0)).toBe(0);
    expect(map.sourceRange(0, 0)).toEqual({ start: 0, end: 0 });
    expect(map.spokenOffset(3)).toBe(0);
  });

  it('maps decomposed source text (NFD) to its own characters', () => {
    const source = 'Ủy ban 27-5'.normalize('NFD');
    const speech = speechText(source);
    expect(speech.text).toBe('Ủy ban hai mươi bảy tháng năm');
    expectValidSpeech(source, speech);
    const range = speech.map.sourceRange(0, 2);
    expect(source.slice(range.start, range.end)).toBe('Ủy'.normalize('NFD'));
  });
});
