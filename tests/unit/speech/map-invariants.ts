// The contract every spoken text's map keeps (src/core/speech/speech-text.ts), checked in one place for the
// normaliser, chunking and synthesis tests.
import { expect } from 'vitest';
import type { SpeechText } from '../../../src/core/speech/index';

/**
 * Segments tile the spoken text in order; source ranges are within the source, in order, never overlapping;
 * verbatim segments are the source's own characters; the text is NFC and has no doubled or edge spaces.
 */
export function expectValidSpeech(source: string, speech: SpeechText, sourceShift = 0): void {
  const { text, map } = speech;
  expect(text.normalize('NFC')).toBe(text);
  expect(text).not.toMatch(/^ | $/);
  expect(text.includes('  ')).toBe(false);
  let spokenAt = 0;
  let sourceAt = -Infinity;
  for (const seg of map.segments) {
    expect(seg.spokenStart).toBe(spokenAt);
    expect(seg.spokenEnd).toBeGreaterThan(seg.spokenStart);
    expect(seg.sourceStart).toBeGreaterThanOrEqual(Math.max(sourceAt, sourceShift));
    expect(seg.sourceEnd).toBeGreaterThanOrEqual(seg.sourceStart);
    expect(seg.sourceEnd).toBeLessThanOrEqual(sourceShift + source.length);
    if (seg.isVerbatim) {
      expect(text.slice(seg.spokenStart, seg.spokenEnd)).toBe(
        source.slice(seg.sourceStart - sourceShift, seg.sourceEnd - sourceShift),
      );
    }
    spokenAt = seg.spokenEnd;
    sourceAt = seg.sourceEnd;
  }
  expect(spokenAt).toBe(text.length);
  expect(map.length).toBe(text.length);
}
